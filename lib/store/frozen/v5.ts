/**
 * Records as schema version 5 stores them. FROZEN once released: never edit this file (see v1.ts for why).
 * v5 adds only the performance store; every other record is as in v4.
 */

/**
 * An Analytics performance row (lib/model PerformanceRow as of v5) plus its key and save time. Page data, replaced on
 * every re-read, so only its key fields are frozen here.
 */
export interface StoredPerformanceV5 {
  key: string;
  kind: 'creator' | 'product' | 'video' | 'live';
  id: string;
  periodStart: number | null;
  periodEnd: number | null;
  updatedAt: number;
  [field: string]: unknown;
}
