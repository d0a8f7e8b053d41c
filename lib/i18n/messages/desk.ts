/** Strings of the side panel (the seller's desk) and of the display-only views the background sends to pages. */
import type { MessageTable } from '../index';

export const desk = {
  checkQuick: { zh_CN: '快速检查（列表数据）', ja: 'クイックチェック（一覧の数値）', en: 'Quick check (list figures)' },
  checkQuickWhy: {
    zh_CN: '列表只有中位数和平均值；打开达人主页后按视频逐条做完整检查。',
    ja: '一覧には中央値と平均しかありません。クリエイターのページを開くと動画ごとのフルチェックになります。',
    en: 'The list shows medians and averages only; open the creator’s page for the full check from videos.',
  },
  checkQuickMoreSevere: {
    zh_CN: '列表数据显示的问题比视频数据更严重，所以显示这一结果。',
    ja: '一覧の数値の方が動画の数値より深刻な問題を示しているため、こちらを表示しています。',
    en: 'The list figures show a more serious problem than the videos, so this check is shown.',
  },
  checkFull: { zh_CN: '完整检查（视频数据）', ja: 'フルチェック（動画の数値）', en: 'Full check (videos)' },
  badgeOpenPanel: { zh_CN: '在侧边栏打开', ja: 'サイドパネルで開く', en: 'Open in side panel' },
  badgeOpenPanelFailed: {
    zh_CN: '浏览器不允许从这里打开侧边栏：请点击工具栏上的 Mitate 图标，再点“打开 Mitate 侧边栏”。',
    ja: 'ここからはサイドパネルを開けません。ツールバーの Mitate アイコンから「サイドパネルを開く」を押してください。',
    en: 'The browser did not let Mitate open the side panel from here: click the Mitate toolbar icon, then “Open side panel”.',
  },
  deskTitle: { zh_CN: 'Mitate 侧边栏', ja: 'Mitate デスク', en: 'Mitate desk' },
  deskNoTab: {
    zh_CN: '打开 Seller Center 的达人分销页面（找达人、达人主页、订单），这里会显示对应内容。',
    ja: 'Seller Center のアフィリエイトページ（クリエイター検索・クリエイターページ・注文）を開くと、ここに表示されます。',
    en: 'Open an Affiliate Center page in Seller Center (Find creators, a creator’s page, orders) and its desk shows here.',
  },
  deskListHeading: { zh_CN: '本页达人（$1）', ja: 'このページのクリエイター（$1）', en: 'Creators on this page ($1)' },
  deskListEmpty: {
    zh_CN: '还没有读到本页的达人。滚动或翻页后会出现。',
    ja: 'このページのクリエイターはまだ読み取れていません。スクロールやページ送りで表示されます。',
    en: 'No creators read on this page yet. They appear as the page loads them.',
  },
  deskBackToList: { zh_CN: '← 返回本页列表', ja: '← 一覧に戻る', en: '← Back to this page’s list' },
  deskBack: { zh_CN: '← 返回', ja: '← 戻る', en: '← Back' },
  deskOpenCreator: { zh_CN: '打开 @$1', ja: '@$1 を開く', en: 'Open @$1' },
  deskOrdersHeading: { zh_CN: '本页订单的 ROI', ja: 'このページの注文の ROI', en: 'ROI of the orders on this page' },
  deskFeatureFailed: { zh_CN: '“$1”出错，已停用；其他功能照常。', ja: '「$1」でエラーが発生したため停止しました。他の機能は動作しています。', en: '“$1” failed and was stopped; everything else keeps working.' },
  deskUnknownCreator: { zh_CN: '没有这个达人的数据。请先在 Seller Center 打开其主页。', ja: 'このクリエイターのデータがありません。先に Seller Center でページを開いてください。', en: 'No data on this creator yet: open their page in Seller Center first.' },
  popupOpenDesk: { zh_CN: '打开 Mitate 侧边栏', ja: 'サイドパネルを開く', en: 'Open side panel' },
  captureRateNotice: {
    zh_CN: '本页在 $2 秒内发来超过 $1 个数据包，多出的没有读取。',
    ja: 'このページが $2 秒間に $1 件を超えるデータを送ったため、超過分は読み取っていません。',
    en: 'This page sent more than $1 answers in $2 seconds; the rest were not read.',
  },
  boundNotice: {
    zh_CN: '本页数据超过上限（$1），多出的部分没有保存。',
    ja: 'このページのデータが上限（$1）を超えたため、超過分は保存していません。',
    en: 'This page sent more than the limit ($1); the excess was not saved.',
  },
} as const satisfies MessageTable;
