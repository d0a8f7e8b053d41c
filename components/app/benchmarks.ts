import { benchmarkContextFromLearned, type BenchmarkContext } from '../../lib/commission';
import type { ProtocolClient } from '../../lib/protocol';

/**
 * The bands every page uses: the built-in table with the seller's overrides, learned from the rates seen so far.
 * The background learns them from the store (in batches) and sends the small summary, never the observations: a
 * store of a million must not cross the message channel or sit in a page's memory.
 * If the rates can't be read, the built-in bands still apply and the error is returned for the caller to show.
 */
export async function loadBenchmarkContext(client: Pick<ProtocolClient, 'getLearnedBenchmarks'>, overrides: unknown): Promise<{ context: BenchmarkContext; error: string | null }> {
  const learned = await client.getLearnedBenchmarks({});
  return learned.ok
    ? { context: benchmarkContextFromLearned(overrides, learned.data), error: null }
    : { context: benchmarkContextFromLearned(overrides, {}), error: learned.error.message };
}
