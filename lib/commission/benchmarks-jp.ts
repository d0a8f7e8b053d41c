/**
 * Built-in Japan commission benchmark bands by category, as data.
 * No official TikTok Shop JP category statistic exists ("the precise 'average' quoted all over the place isn't
 * sourced to anything": https://earnfacts.com/tiktok-shop-affiliate-commission-rates/), so every band is an estimate [E]
 * built from third-party (mostly US/UK) ranges [S]: https://calculatecreator.com/reference/shop-commission-rates ,
 * https://socialtale.co/blog/tiktok-shop-commission-benchmarks , https://www.hubfluence.io/resources/glossary/affiliate-commission ,
 * earnfacts above, and for Japan "通常5–20%" https://www.cbalist.com/tiktokshop-fees . The seller
 * can override any row in the options page (see overrides.ts), and learned local medians replace a row once
 * enough observations exist (see learn.ts).
 */
import type { Localised } from '../i18n';

/** Bump when any row changes, so stored overrides/learned data can tell which table they were compared against. */
export const BENCHMARK_TABLE_VERSION = '2026-11-24.1';

export const BENCHMARK_CATEGORY_IDS = [
  'beauty', 'fashion', 'home', 'food', 'electronics', 'baby', 'health', 'supplements', 'pet', 'other',
] as const;
export type BenchmarkCategoryId = (typeof BENCHMARK_CATEGORY_IDS)[number];

export interface BenchmarkRow {
  categoryId: BenchmarkCategoryId;
  name: Localised;
  /** lower edge of the typical band, fraction */
  low: number;
  /** a common single setting inside the band, fraction */
  typical: number;
  /** upper edge of the typical band, fraction */
  high: number;
  source: string;
  /** when the figures were compiled (ISO date) */
  asOf: string;
}

export type BenchmarkTable = Record<BenchmarkCategoryId, BenchmarkRow>;

// Shown to sellers as is: names and dates, no file paths or confidence tags. The band is our estimate from these
// public sources (research trail: scoring research notes §4.3).
const RESEARCH = 'Socialtale, Hubfluence, Earnfacts, calculatecreator commission surveys, 2026-11';
const AS_OF = '2026-11-24';

const rows: BenchmarkRow[] = [
  { categoryId: 'beauty', name: { zh_CN: '美妆个护', ja: '美容・パーソナルケア', en: 'Beauty & personal care' }, low: 0.12, typical: 0.15, high: 0.2, source: RESEARCH, asOf: AS_OF },
  { categoryId: 'fashion', name: { zh_CN: '服饰', ja: 'ファッション', en: 'Fashion & apparel' }, low: 0.1, typical: 0.12, high: 0.18, source: RESEARCH, asOf: AS_OF },
  { categoryId: 'home', name: { zh_CN: '家居生活', ja: 'ホーム・キッチン', en: 'Home & living' }, low: 0.08, typical: 0.12, high: 0.15, source: RESEARCH, asOf: AS_OF },
  { categoryId: 'food', name: { zh_CN: '食品饮料', ja: '食品・飲料', en: 'Food & beverages' }, low: 0.08, typical: 0.12, high: 0.15, source: RESEARCH, asOf: AS_OF },
  { categoryId: 'electronics', name: { zh_CN: '数码电子', ja: '家電・電子機器', en: 'Electronics' }, low: 0.05, typical: 0.08, high: 0.1, source: RESEARCH, asOf: AS_OF },
  { categoryId: 'baby', name: { zh_CN: '母婴', ja: 'ベビー・マタニティ', en: 'Mother & baby' }, low: 0.08, typical: 0.1, high: 0.14, source: RESEARCH, asOf: AS_OF },
  { categoryId: 'health', name: { zh_CN: '健康', ja: 'ヘルスケア', en: 'Health' }, low: 0.12, typical: 0.15, high: 0.2, source: RESEARCH, asOf: AS_OF },
  { categoryId: 'supplements', name: { zh_CN: '保健品', ja: 'サプリメント', en: 'Supplements' }, low: 0.15, typical: 0.2, high: 0.25, source: RESEARCH, asOf: AS_OF },
  { categoryId: 'pet', name: { zh_CN: '宠物用品', ja: 'ペット用品', en: 'Pet supplies' }, low: 0.1, typical: 0.15, high: 0.18, source: RESEARCH, asOf: AS_OF },
  {
    categoryId: 'other', name: { zh_CN: '其他类目', ja: 'その他', en: 'Other' }, low: 0.1, typical: 0.15, high: 0.2,
    source: 'cbalist.com TikTok Shop fees guide (JP), 2026-11', asOf: AS_OF,
  },
];

export const BENCHMARKS_JP: Readonly<BenchmarkTable> = Object.freeze(
  Object.fromEntries(rows.map((r) => [r.categoryId, Object.freeze(r)])) as BenchmarkTable,
);
