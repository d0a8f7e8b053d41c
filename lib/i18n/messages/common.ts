import type { MessageTable } from '../index';

export const common = {
  extName: { zh_CN: 'Mitate 见立 · TikTok Shop 达人助手', ja: 'Mitate 見立て · TikTok Shop クリエイター分析', en: 'Mitate · TikTok Shop creator insights' },
  extDescription: {
    zh_CN: '在达人分销页面上显示达人质量评分、刷量预警、佣金基准、备注、ROI 和日本广告文案合规检查。数据只保存在本机。',
    ja: 'アフィリエイトページにクリエイター品質スコア、不正エンゲージメント警告、報酬率ベンチマーク、メモ、ROI、広告表現チェックを表示。データは端末内にのみ保存。',
    en: 'Creator quality scores, fake-engagement warnings, commission benchmarks, notes, ROI and Japanese ad-copy checks on the affiliate pages. Data stays on your machine.',
  },
  loading: { zh_CN: '加载中…', ja: '読み込み中…', en: 'Loading…' },
  unknown: { zh_CN: '未知', ja: '不明', en: 'Unknown' },
  retry: { zh_CN: '重试', ja: '再試行', en: 'Retry' },
  close: { zh_CN: '关闭', ja: '閉じる', en: 'Close' },
  save: { zh_CN: '保存', ja: '保存', en: 'Save' },
  cancel: { zh_CN: '取消', ja: 'キャンセル', en: 'Cancel' },
  language: { zh_CN: '语言', ja: '言語', en: 'Language' },
  errorPrefix: { zh_CN: '出错了：$1', ja: 'エラー：$1', en: 'Error: $1' },
} satisfies MessageTable;
