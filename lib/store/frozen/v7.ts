/**
 * Records as schema version 7 stores them. FROZEN once released: never edit this file (see v1.ts for why).
 * v7 adds only the derived `counts` store: how many records a store holds, kept in step by every transaction that
 * adds or deletes such records. In Chromium count() walks every entry (0.1-0.5 s at 50,000 creators), so the
 * dashboard's total reads this row instead. Derived, so neither exported nor imported.
 */

/** Stores whose records are counted. */
export type CountedStoreV7 = 'creators';

export interface CountRowV7 {
  /** key: the counted store's name */
  store: CountedStoreV7;
  count: number;
}
