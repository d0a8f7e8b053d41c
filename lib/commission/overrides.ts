/**
 * Seller overrides of the built-in bands. They are edited in the options page and cross a context boundary
 * (storage → content script), so they are validated here and bad entries are dropped one by one.
 */
import * as z from 'zod/mini';
import { BENCHMARK_CATEGORY_IDS, type BenchmarkRow, type BenchmarkTable } from './benchmarks-jp';

// zod 4 numbers reject ±Infinity by default, so no finite check is needed
const rate = z.number().check(z.gt(0), z.maximum(1));

export const commissionOverrideSchema = z
  .object({
    categoryId: z.enum(BENCHMARK_CATEGORY_IDS),
    low: z.optional(rate),
    typical: z.optional(rate),
    high: z.optional(rate),
    /** epoch ms of the seller's edit */
    updatedAt: z.optional(z.nullable(z.number())),
  })
  .check(z.refine((o) => o.low == null || o.high == null || o.low <= o.high, { message: 'low must not exceed high' }));
export type CommissionOverride = z.infer<typeof commissionOverrideSchema>;

export const commissionOverridesSchema = z.array(commissionOverrideSchema);
export type CommissionOverrides = z.infer<typeof commissionOverridesSchema>;

export const OVERRIDE_SOURCE = 'seller override';

/**
 * Returns a new table with valid overrides applied (the input is not changed). An override whose merged row
 * would not satisfy low ≤ typical ≤ high is ignored, as is anything that fails the schema.
 */
export function applyOverrides(table: Readonly<BenchmarkTable>, overrides: unknown): BenchmarkTable {
  const out = { ...table } as BenchmarkTable;
  const list = Array.isArray(overrides) ? overrides : [];
  for (const raw of list) {
    const parsed = commissionOverrideSchema.safeParse(raw);
    if (!parsed.success) continue;
    const o = parsed.data;
    const base = out[o.categoryId];
    const low = o.low ?? base.low;
    const high = o.high ?? base.high;
    const typical = o.typical ?? Math.min(Math.max(base.typical, low), high);
    if (!(low <= typical && typical <= high)) continue;
    const row: BenchmarkRow = {
      ...base, low, typical, high, source: OVERRIDE_SOURCE,
      asOf: o.updatedAt != null ? new Date(o.updatedAt).toISOString().slice(0, 10) : base.asOf,
    };
    out[o.categoryId] = row;
  }
  return out;
}
