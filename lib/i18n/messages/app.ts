import type { MessageTable } from '../index';

/** Export/import extras, the first-run page and the privacy policy page. */
export const app = {
  exExportXlsx: { zh_CN: '导出 Excel（.xlsx）', ja: 'Excel で書き出す（.xlsx）', en: 'Export Excel (.xlsx)' },
  exListSeparator: { zh_CN: '、', ja: '、', en: ', ' },
  exWhereCsvLine: { zh_CN: 'CSV 第 $1 行', ja: 'CSV の $1 行目', en: 'CSV line $1' },
  exWhereXlsxRow: { zh_CN: 'Excel 第 $1 行', ja: 'Excel の $1 行目', en: 'Excel row $1' },
  exNoName: { zh_CN: '无账号名', ja: 'ハンドルなし', en: 'no handle' },
  exErrorIdRounded: {
    zh_CN: '$1（$2）：表格软件把达人ID改成了 “$3”（只保留了 15 位数字），且没有已保存的达人能按账号对上。请重新导出，或在表格中把“达人ID”列设为文本后再保存。',
    ja: '$1（$2）：表計算ソフトがクリエイターIDを「$3」に変えました（15 桁しか残りません）。ハンドルで一致する保存済みクリエイターもありません。書き出し直すか、「クリエイターID」列を文字列にして保存してください。',
    en: '$1 ($2): a spreadsheet changed the creator ID to "$3" (it keeps only 15 digits) and no saved creator with this handle matches it. Export again, or format the Creator ID column as text before saving.',
  },
  exErrorIdInvalid: {
    zh_CN: '$1：“$2” 不是达人ID。请只导入 Mitate 导出的文件。',
    ja: '$1：「$2」はクリエイターIDではありません。Mitate で書き出したファイルだけを読み込んでください。',
    en: '$1: "$2" is not a creator ID. Import only files exported by Mitate.',
  },
  wcTitle: { zh_CN: '欢迎使用 Mitate 见立', ja: 'Mitate 見立てへようこそ', en: 'Welcome to Mitate' },
  wcWhat: {
    zh_CN: 'Mitate 是 TikTok Shop 日本站卖家的达人分销助手：在达人广场和达人详情页上给出达人质量评分和刷量预警，把佣金率与同类目基准对比，帮你记录每位达人的合作备注、样品和 ROI，并检查日文广告文案是否违反日本的药机法和景品表示法。',
    ja: 'Mitate は TikTok Shop 日本の出品者向けのアフィリエイト補助ツールです。クリエイター一覧と詳細ページに品質スコアと不正エンゲージメントの警告を表示し、報酬率を同じカテゴリーの目安と比べ、クリエイターごとのメモ・サンプル・ROI を記録し、広告文が薬機法・景品表示法に触れないかを確認します。',
    en: 'Mitate helps TikTok Shop Japan sellers work with affiliate creators: it shows a quality score and fake-engagement warnings on the creator list and detail pages, compares commission rates with a benchmark for the category, keeps your notes, samples and ROI per creator, and checks Japanese ad copy against Japan\'s pharmaceutical and labelling laws.',
  },
  wcPrivacyTitle: { zh_CN: '隐私承诺', ja: 'プライバシーのお約束', en: 'Our privacy promise' },
  wcPrivacy1: { zh_CN: '所有数据只保存在这台电脑的浏览器里，不上传到任何服务器。', ja: 'データはすべてこのパソコンのブラウザ内にだけ保存され、どのサーバーにも送られません。', en: 'Everything is stored only in this browser on this computer and is never uploaded anywhere.' },
  wcPrivacy2: { zh_CN: 'Mitate 不发送任何网络请求，没有账号、统计或广告。', ja: 'Mitate は通信を一切行いません。アカウント登録、利用統計、広告もありません。', en: 'Mitate sends no network request: no account, no analytics, no ads.' },
  wcPrivacy3: { zh_CN: '只读取你自己打开的 TikTok Shop 达人分销和卖家中心页面。', ja: '読み取るのは、あなたが開いた TikTok Shop のアフィリエイトセンターとセラーセンターのページだけです。', en: 'It reads only the TikTok Shop Affiliate Center and Seller Center pages you open yourself.' },
  wcPrivacy4: { zh_CN: '你随时可以在工作台导出或删除全部数据。', ja: 'データはいつでもダッシュボードから書き出し・削除できます。', en: 'You can export or delete all of it from the dashboard at any time.' },
  wcPrivacyLink: { zh_CN: '阅读完整的隐私政策', ja: 'プライバシーポリシー全文を読む', en: 'Read the full privacy policy' },
  wcHowTitle: { zh_CN: '如何开始', ja: '使い方', en: 'How to start' },
  wcHowList: {
    zh_CN: '达人广场（找达人）：每位达人旁边会出现 Mitate 标记，显示评分和预警。点击标记上的 ✎，或点击浏览器工具栏的 Mitate 图标，会在浏览器侧边栏打开达人面板、备注和 ROI。',
    ja: 'クリエイターを探す（一覧）：各クリエイターの横に Mitate のバッジが付き、スコアと警告が表示されます。バッジの ✎ か、ツールバーの Mitate アイコンから、ブラウザのサイドパネルでクリエイターパネル・メモ・ROI を開けます。',
    en: 'Find creators (the list): a Mitate badge next to each creator shows the score and warnings. The ✎ on a badge, or the Mitate icon in the toolbar, opens the creator panel, notes and ROI in the browser side panel.',
  },
  wcHowDetail: {
    zh_CN: '达人详情页：评分的每一项依据（互动率、粉丝增长、带货数据），以及与类目基准对比的佣金率。',
    ja: 'クリエイター詳細：スコアの内訳（エンゲージメント率、フォロワーの伸び、販売実績）と、カテゴリーの目安と比べた報酬率。',
    en: 'Creator detail page: what the score is made of (engagement, follower growth, sales) and the commission rate against the category benchmark.',
  },
  wcHowPlans: {
    zh_CN: '合作计划和订单页：每个佣金率旁显示 “偏低 / 典型 / 偏高”；订单汇总到侧边栏的 ROI。',
    ja: 'コラボ計画・注文ページ：報酬率の横に「低め／標準／高め」を表示。注文はサイドパネルの ROI に集計されます。',
    en: 'Collaboration plans and orders: each commission rate is marked low / typical / high; orders add up to ROI in the side panel.',
  },
  wcHowCopy: {
    zh_CN: '文案检查：点击工具栏的 Mitate 图标粘贴日文文案，或在页面上选中文字后右键 “用 Mitate 检查”。',
    ja: '広告文チェック：ツールバーの Mitate アイコンに文を貼り付けるか、ページ上の文字を選んで右クリック「Mitate でチェック」。',
    en: 'Ad-copy check: paste Japanese copy into the Mitate toolbar popup, or select text on a page and right-click "Check with Mitate".',
  },
  wcHowDashboard: {
    zh_CN: '工作台：所有保存的达人、ROI、佣金基准和设置；可导出 Excel/CSV 或完整备份，并导入回来。',
    ja: 'ダッシュボード：保存したクリエイター、ROI、報酬率の目安、設定。Excel・CSV や完全バックアップの書き出しと読み込み。',
    en: 'Dashboard: every saved creator, ROI, benchmarks and settings; export to Excel/CSV or a full backup, and import it back.',
  },
  wcOpenDashboard: { zh_CN: '打开工作台', ja: 'ダッシュボードを開く', en: 'Open the dashboard' },
  wcLanguageTitle: { zh_CN: '界面语言', ja: '表示言語', en: 'Language' },
  wcLanguageHint: {
    zh_CN: '默认跟随浏览器语言。这里选择后，Mitate 的所有页面都会使用所选语言（之后也可以在工作台的设置中修改）。',
    ja: '最初はブラウザの言語に合わせます。ここで選ぶと Mitate のすべての画面がその言語になります（あとからダッシュボードの設定でも変更できます）。',
    en: 'Mitate follows your browser\'s language until you choose one here; your choice applies to every Mitate screen (you can change it later in the dashboard\'s settings).',
  },
  ppTitle: { zh_CN: 'Mitate 隐私政策', ja: 'Mitate プライバシーポリシー', en: 'Mitate privacy policy' },
  ppUpdated: { zh_CN: '最后更新：$1', ja: '最終更新：$1', en: 'Last updated: $1' },
  ppCollectTitle: { zh_CN: 'Mitate 处理哪些数据', ja: 'Mitate が扱うデータ', en: 'What Mitate handles' },
  ppCollect: {
    zh_CN: '当你打开 TikTok Shop 达人分销或卖家中心页面时，Mitate 读取页面已经加载的达人公开资料和指标、商品、合作计划和订单的佣金与金额，以及你自己写的备注、费用和设置。',
    ja: 'TikTok Shop のアフィリエイトセンターやセラーセンターを開いたとき、ページがすでに読み込んだクリエイターの公開プロフィールと指標、商品、コラボ計画、注文の報酬率と金額、そしてあなたが入力したメモ・費用・設定を扱います。',
    en: 'When you open TikTok Shop Affiliate Center or Seller Center pages, Mitate reads what those pages have already loaded: creators\' public profiles and metrics, products, collaboration plans and order commissions and amounts; plus the notes, costs and settings you enter.',
  },
  ppStoreTitle: { zh_CN: '数据保存在哪里', ja: 'データの保存場所', en: 'Where it is kept' },
  ppStore: {
    zh_CN: '只保存在你这台电脑的浏览器扩展存储（IndexedDB）中。Mitate 不发送任何网络请求，没有服务器，也不与任何人共享数据，包括开发者。',
    ja: 'このパソコンのブラウザ拡張機能の保存領域（IndexedDB）にだけ保存されます。Mitate は通信を一切行わず、サーバーを持たず、開発者を含め誰ともデータを共有しません。',
    en: 'Only in this browser\'s extension storage (IndexedDB) on your computer. Mitate makes no network request, has no server, and shares nothing with anyone, its developers included.',
  },
  ppPermTitle: { zh_CN: '为什么需要这些权限', ja: '権限が必要な理由', en: 'Why it asks for its permissions' },
  ppPerm: {
    zh_CN: '访问 TikTok Shop 达人分销和卖家中心网站：读取页面并显示标记。存储和无限存储：在本机保存你的达人和备注。右键菜单：选中文字后检查文案。',
    ja: 'TikTok Shop のアフィリエイトセンターとセラーセンターへのアクセス：ページを読み取りバッジを表示するため。保存領域（上限なし）：クリエイターとメモを端末に保存するため。右クリックメニュー：選んだ文をチェックするため。',
    en: 'Access to the TikTok Shop Affiliate Center and Seller Center sites: to read those pages and show badges. Storage (unlimited): to keep your creators and notes on this computer. Context menu: to check selected text.',
  },
  ppDeleteTitle: { zh_CN: '导出和删除', ja: '書き出しと削除', en: 'Export and deletion' },
  ppDelete: {
    zh_CN: '你可以随时在工作台导出全部数据（Excel、CSV 或 JSON），删除单个达人或旧记录。卸载 Mitate 会删除它保存的所有数据。',
    ja: 'ダッシュボードからいつでも全データを書き出し（Excel・CSV・JSON）、クリエイターや古い記録を削除できます。Mitate をアンインストールすると、保存したデータはすべて削除されます。',
    en: 'From the dashboard you can export everything (Excel, CSV or JSON) at any time and delete single creators or old records. Uninstalling Mitate deletes all the data it kept.',
  },
} as const satisfies MessageTable;
