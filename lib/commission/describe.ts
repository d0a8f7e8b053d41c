import { t, type Lang } from '../i18n';
import { formatDate } from '../format';
import { pct } from './learn';
import type { ChosenBenchmark } from './learn';

/** Describes where a benchmark comes from, for tooltips. */
export function basisText(lang: Lang, basis: ChosenBenchmark): string {
  if (basis.basis === 'learned') {
    return `${t(lang, 'cmBasisLearned', basis.n ?? 0, formatDate(lang, basis.from), formatDate(lang, basis.to))} · ${pct(basis.low)}–${pct(basis.high)}`;
  }
  return `${t(lang, 'cmBasisBuiltin', basis.source, basis.asOf ?? '—')} · ${pct(basis.low)}–${pct(basis.high)}`;
}
