/**
 * Learned commission bands straight from the observations store, read in key-ordered batches: a store of a million
 * observations is learned without holding a million records (lib/commission createBenchmarkLearner keeps only each
 * day's rates), and pages get the small learned summary instead of the observations.
 */
import { createBenchmarkLearner, type LearnedBenchmarks } from '../commission';
import type { MitateDb } from './db';
import type { Observation } from './records';
import { guard } from './errors';

/** [E] Records per read: large enough that a million take ~100 reads, small enough to stay a few MB each. */
export const LEARN_BATCH = 10_000;

export async function learnFromStore(db: MitateDb, batch = LEARN_BATCH): Promise<LearnedBenchmarks> {
  return guard(async () => {
    const learner = createBenchmarkLearner();
    let after: string | null = null;
    for (;;) {
      const rows: Observation[] = await db.getAll('observations', after === null ? undefined : IDBKeyRange.lowerBound(after, true), batch);
      for (const row of rows) learner.add(row);
      if (rows.length < batch) break;
      after = rows[rows.length - 1]!.id;
    }
    return learner.finish();
  });
}
