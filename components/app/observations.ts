import type { RateObservation } from '../../lib/commission';
import type { Observation } from '../../lib/store';

/** Stored observations to the commission module's input. */
export function observationsToRates(observations: readonly Observation[]): RateObservation[] {
  return observations.map((o) => ({ category: o.category, rate: o.rate, seenAt: o.seenAt, source: o.source }));
}
