import type { MessageTable } from '../index';

/** UI strings of the sellerCenter feature (reading Affiliate Center pages). */
export const sellerCenter = {
  scFormatNotRecognised: {
    zh_CN: '无法识别页面返回的数据格式（TikTok 可能更新了页面）。其他功能仍可使用。',
    ja: 'ページのデータ形式を認識できませんでした（TikTok の仕様変更の可能性があります）。他の機能は引き続き使えます。',
    en: 'The page’s data format was not recognised (TikTok may have changed the page). Other features still work.',
  },
  scCopyDiagnostic: { zh_CN: '复制诊断信息', ja: '診断情報をコピー', en: 'Copy diagnostic' },
  scCopied: { zh_CN: '已复制', ja: 'コピーしました', en: 'Copied' },
  scCopyFailed: { zh_CN: '复制失败，请手动选择文本', ja: 'コピーできませんでした。テキストを手動で選択してください', en: 'Copy failed; select the text manually' },
  scDiagnosticPrivacy: {
    zh_CN: '诊断信息只包含字段名和类型，不含任何数值、ID 或名称。',
    ja: '診断情報には項目名と型のみが含まれ、値・ID・名前は含まれません。',
    en: 'The diagnostic holds only field names and types: no values, ids or names.',
  },
  scSourceApi: { zh_CN: '数据来自页面', ja: 'ページのデータより', en: 'Data from page' },
  scSourceDom: { zh_CN: '从屏幕读取（可能不完整）', ja: '画面から読み取り（不完全な場合があります）', en: 'Read from screen (may be incomplete)' },
  scErrorCode: { zh_CN: '页面返回错误代码 $1', ja: 'ページがエラーコード $1 を返しました', en: 'The page returned error code $1' },
  scNotAuthorised: { zh_CN: '未公开', ja: '非公開', en: 'Not shared' },
  scWaitingForData: { zh_CN: '等待页面数据…', ja: 'ページのデータを待っています…', en: 'Waiting for page data…' },
  scNoCreatorsFound: { zh_CN: '此页面上未找到达人', ja: 'このページにクリエイターが見つかりません', en: 'No creators found on this page' },
} satisfies MessageTable;
