import type { MessageTable } from '../index';

/** UI strings of the roi feature. */
export const roi = {
  roiColCreator: { zh_CN: '达人', ja: 'クリエイター', en: 'Creator' },
  roiColProduct: { zh_CN: '商品', ja: '商品', en: 'Product' },
  roiColCollaboration: { zh_CN: '合作', ja: 'コラボ', en: 'Collaboration' },
  roiColPeriod: { zh_CN: '期间', ja: '期間', en: 'Period' },
  roiColGmv: { zh_CN: 'GMV（含税）', ja: 'GMV（税込）', en: 'GMV (tax incl.)' },
  roiColCommission: { zh_CN: '佣金', ja: '報酬', en: 'Commission' },
  roiColRoi: { zh_CN: 'ROI（GMV÷佣金）', ja: 'ROI（GMV÷報酬）', en: 'ROI (GMV ÷ commission)' },
  roiColProfitRoi: { zh_CN: '利润 ROI（净利润÷营销成本）', ja: '利益 ROI（純利益÷マーケ費用）', en: 'Profit ROI (profit ÷ marketing cost)' },
  roiColNetProfit: { zh_CN: '净利润（不含税）', ja: '純利益（税抜）', en: 'Net profit (tax excl.)' },
  roiBasisActual: { zh_CN: '已结算', ja: '確定', en: 'settled' },
  roiBasisEstimated: { zh_CN: '预估', ja: '見込み', en: 'estimated' },
  roiBasisMixed: { zh_CN: '部分结算', ja: '一部確定', en: 'partly settled' },
  roiBasisUnknown: { zh_CN: '未知', ja: '不明', en: 'unknown' },
  roiUnassigned: { zh_CN: '未指定', ja: '未割り当て', en: 'Unassigned' },
  roiTotal: { zh_CN: '合计', ja: '合計', en: 'Total' },
  roiEmpty: { zh_CN: '暂无订单数据', ja: '注文データがまだありません', en: 'No order data yet' },
  roiCogsIncomplete: { zh_CN: '部分商品未填成本，利润未扣除其成本', ja: '一部商品の原価が未入力のため、利益に原価が含まれていません', en: 'Some products have no cost of goods; profit leaves them out' },
  roiTableCaption: { zh_CN: 'ROI 明细（点击表头排序）', ja: 'ROI 明細（見出しで並べ替え）', en: 'ROI by row (select a header to sort)' },
  roiWarningsTitle: { zh_CN: '需要关注', ja: '要確認', en: 'Needs attention' },
  roiChartGmv: { zh_CN: 'GMV（含税）', ja: 'GMV（税込）', en: 'GMV (tax incl.)' },
  roiChartCommission: { zh_CN: '佣金', ja: '報酬', en: 'Commission' },
  roiChartNetProfit: { zh_CN: '净利润', ja: '純利益', en: 'Net profit' },
  roiChartEmpty: { zh_CN: '没有可绘制的数据', ja: '表示できるデータがありません', en: 'Nothing to chart' },
} as const satisfies MessageTable;
