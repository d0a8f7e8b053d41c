import { t, type Lang, type MessageKey } from '../../lib/i18n';
import { basisText, pct, type ChosenBenchmark, type RatePlacement, type RatePosition } from '../../lib/commission';
import './commission.css';

export interface CommissionChipProps {
  lang: Lang;
  /** the commission rate shown, fraction */
  rate: number;
  placement: RatePlacement;
  /** the benchmark the placement was computed against (built-in or learned) */
  basis: ChosenBenchmark;
  /** an extra reference, e.g. the break-even rate */
  compareTo?: { label: string; rate: number };
}

const SHORT_KEY: Record<RatePosition, MessageKey> = { below: 'cmChipBelow', within: 'cmChipWithin', above: 'cmChipAbove' };

/** Small inline chip: "15% · typical", colour by position against the category band; details in the tooltip. */
export function CommissionChip({ lang, rate, placement, basis, compareTo }: CommissionChipProps) {
  const short = t(lang, SHORT_KEY[placement.position]);
  const compare = compareTo ? `${compareTo.label} ${pct(compareTo.rate)}` : null;
  const detail = [placement.label[lang], basisText(lang, basis), compare].filter(Boolean).join('\n');
  return (
    <span
      class={`mt-commission-chip mt-commission-chip--${placement.position}`}
      tabIndex={0}
      title={detail}
      aria-label={t(lang, 'cmChipAria', pct(rate), detail.replace(/\n/g, '; '))}
      data-position={placement.position}
    >
      <span class="mt-commission-chip__rate">{pct(rate)}</span>
      <span aria-hidden="true"> · </span>
      <span class="mt-commission-chip__pos">{short}</span>
      {compare && <span class="mt-commission-chip__compare"> · {compare}</span>}
    </span>
  );
}
