/**
 * The one place that says what each money figure is computed on, for the advisor and for ROI.
 * Sources: commission base, refunds and the 30-day lock https://seller-vn.tiktok.com/university/essay?knowledge_id=6837840205842177&lang=en
 * and https://seller-us.tiktok.com/university/essay?knowledge_id=6077860360177451 ; JP fee 7 % (3 % promotion)
 * https://baseu.jp/47439 , https://www.cbalist.com/tiktokshop-fees , https://www.huanp.com/tiktokyunying/50000.html ;
 * consumption tax 10 % / 8 % https://stripe.com/resources/more/consumption-tax-reduction-japan ; samples as a cost
 * https://seller-us.tiktok.com/university/essay?knowledge_id=6401096262616878 .
 */
import type { BenchmarkCategoryId } from './benchmarks-jp';

/** JP consumer prices are displayed tax-included by law (総額表示, since 2021-04-01) [S]; so are order amounts. */
export const PRICE_INCLUDES_TAX = true;

/** 販売手数料 7 %, same for all categories, includes payment processing [S ×4 agree]. */
export const JP_PLATFORM_FEE_RATE = 0.07;
/** 3 % for the first 90 days for shops registered in 2025 that list ≥3 products within 45 days [S ×4 agree]. */
export const JP_NEW_SHOP_FEE_RATE = 0.03;
export const JP_NEW_SHOP_FEE_DAYS = 90;

/**
 * Platform fee base: the tax-included price the buyer paid. Sources conflict (cbalist: item price + shipping;
 * huanp: excl. tax and shipping) [G]; we take the tax-included item price, which is the more conservative
 * of the two for an item-only calculation and matches the research's worked example (§5.3).
 */
export const FEE_BASE: 'taxIncluded' | 'taxExcluded' = 'taxIncluded';
/**
 * Commission base: tax-excluded price. The VN help page excludes product tax from the base [C for VN];
 * JP is unconfirmed [G]; §5.3 uses comm_base = net_price.
 */
export const COMMISSION_BASE: 'taxIncluded' | 'taxExcluded' = 'taxExcluded';

/** Japanese consumption tax: 10 % standard, 8 % reduced for food and non-alcoholic drinks [S]. */
export const JP_STANDARD_TAX_RATE = 0.1;
export const JP_REDUCED_TAX_RATE = 0.08;

/**
 * Tax rate by benchmark category. Food → 8 %. Supplements → 8 %: 健康食品 are foods for JCT unless sold as
 * medicines [G]. Alcohol is 10 % but cannot be told apart from the category alone [G].
 */
export function taxRateForCategory(categoryId: BenchmarkCategoryId): number {
  return categoryId === 'food' || categoryId === 'supplements' ? JP_REDUCED_TAX_RATE : JP_STANDARD_TAX_RATE;
}

/** Tax-excluded amount of a tax-included yen amount (not rounded: callers round at display). */
export function excludeTax(amountInclTax: number, taxRate: number): number {
  return amountInclTax / (1 + taxRate);
}

/** Lowest and highest commission TikTok Shop lets a seller set (1–80 %) [C]. */
export const MIN_COMMISSION_RATE = 0.01;
export const MAX_COMMISSION_RATE = 0.8;
