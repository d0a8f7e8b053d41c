import { buildBenchmarkContext, type BenchmarkContext } from '../../lib/commission';
import type { ProtocolClient } from '../../lib/protocol';

/**
 * The bands every page uses: the built-in table with the seller's overrides, learned from the rates seen so far.
 * If the rates can't be read, the built-in bands still apply and the error is returned for the caller to show.
 */
export async function loadBenchmarkContext(client: ProtocolClient, overrides: unknown): Promise<{ context: BenchmarkContext; error: string | null }> {
  const observations = await client.listObservations({});
  return observations.ok
    ? { context: buildBenchmarkContext(overrides, observations.data), error: null }
    : { context: buildBenchmarkContext(overrides, []), error: observations.error.message };
}
