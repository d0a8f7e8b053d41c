import type { MessageTable } from '../index';

/** UI strings of the compliance feature (CopyChecker). */
export const compliance = {
  ccTitle: { zh_CN: '广告文案合规检查', ja: '広告表現チェック', en: 'Ad copy check' },
  ccCategory: { zh_CN: '商品类目', ja: '商品カテゴリ', en: 'Product category' },
  ccKind: { zh_CN: '文案类型', ja: '文章の種類', en: 'Text type' },
  ccKindListing: { zh_CN: '商品页文案', ja: '商品ページ', en: 'Listing' },
  ccKindScript: { zh_CN: '达人脚本', ja: 'クリエイター台本', en: 'Creator script' },
  ccTextLabel: { zh_CN: '要检查的文案', ja: 'チェックする文章', en: 'Copy to check' },
  ccPlaceholder: {
    zh_CN: '粘贴日文广告文案、商品标题或达人脚本（也支持中文、英文）',
    ja: '広告文・商品タイトル・クリエイター台本を貼り付け（中国語・英語も可）',
    en: 'Paste Japanese ad copy, a product title or a creator script (Chinese and English work too)',
  },
  ccHintEmpty: {
    zh_CN: '输入后自动检查：药机法、景品表示法、健康增进法、隐性营销告示和 TikTok Shop 规则。',
    ja: '入力すると自動でチェックします：薬機法・景品表示法・健康増進法・ステマ告示・TikTok Shopポリシー。',
    en: 'Checks as you type: PMD Act, Premiums and Representations Act, Health Promotion Act, stealth-marketing notice and TikTok Shop policy.',
  },
  ccNoIssues: { zh_CN: '未发现问题', ja: '問題は見つかりませんでした', en: 'No issues found' },
  ccNotLegal: {
    zh_CN: '未被标出不等于合法，本工具不构成法律意见。规则版本 $1',
    ja: '指摘がなくても適法とは限りません（法的助言ではありません）。ルール版 $1',
    en: 'Not flagged does not mean legal; this is not legal advice. Ruleset $1',
  },
  ccCounts: { zh_CN: '高 $1 · 中 $2 · 低 $3 · 提示 $4', ja: '高 $1・中 $2・低 $3・情報 $4', en: 'High $1 · Medium $2 · Low $3 · Info $4' },
  ccSevHigh: { zh_CN: '高风险', ja: '高リスク', en: 'High' },
  ccSevMedium: { zh_CN: '中风险', ja: '中リスク', en: 'Medium' },
  ccSevLow: { zh_CN: '低风险', ja: '低リスク', en: 'Low' },
  ccSevInfo: { zh_CN: '提示', ja: '情報', en: 'Info' },
  ccPreview: { zh_CN: '标注结果', ja: 'ハイライト', en: 'Highlighted copy' },
  ccFindings: { zh_CN: '问题列表', ja: '指摘一覧', en: 'Findings' },
  ccWhy: { zh_CN: '原因', ja: '理由', en: 'Why' },
  ccInstead: { zh_CN: '建议改为', ja: '言い換え例', en: 'Write instead' },
  ccLaw: { zh_CN: '依据', ja: '根拠', en: 'Basis' },
  ccStartOfScript: { zh_CN: '（脚本开头）', ja: '（台本の冒頭）', en: '(start of script)' },
  ccEvasion: {
    zh_CN: '检测到规避写法（空格、半角、零宽字符等）',
    ja: '回避表記の疑い（空白・半角・ゼロ幅文字など）',
    en: 'Looks like a dodge (spacing, half-width or zero-width characters)',
  },
  ccShowInText: { zh_CN: '在文中选中', ja: '本文で選択', en: 'Select in text' },
  ccCopySafer: { zh_CN: '复制修改后的文案', ja: '修正版をコピー', en: 'Copy safer version' },
  ccCopied: { zh_CN: '已复制', ja: 'コピーしました', en: 'Copied' },
  ccCopyFailed: { zh_CN: '复制失败，请手动复制', ja: 'コピーできませんでした', en: 'Copy failed' },
} satisfies MessageTable;
