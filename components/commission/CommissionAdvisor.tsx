import { useId, useMemo, useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../../lib/i18n';
import { percentInputValue } from '../../lib/format';
import {
  adviseCommission, BENCHMARK_CATEGORY_IDS, BENCHMARKS_JP, chooseBenchmark, JP_PLATFORM_FEE_RATE, JP_REDUCED_TAX_RATE,
  JP_STANDARD_TAX_RATE, pct, taxRateForCategory, type AdvisorResult, type BenchmarkCategoryId, type ChosenBenchmark,
  type CurvePoint,
} from '../../lib/commission';
import './commission.css';
import { maxOf, minOf } from '../../lib/collections';

/** Form values as typed: strings, so an empty box means "not entered" rather than 0. Rates in percent. */
export interface AdvisorFormValues {
  price: string;
  cogs: string;
  shipping: string;
  feePercent: string;
  returnPercent: string;
  sampleCost: string;
  expectedUnits: string;
  categoryId: BenchmarkCategoryId;
  /** 'auto' = by category */
  tax: 'auto' | 'standard' | 'reduced';
}

export interface CommissionAdvisorProps {
  lang: Lang;
  /** benchmark per category (learned or built-in, from chooseBenchmark); missing ones use the built-in row */
  benchmarks?: Partial<Record<BenchmarkCategoryId, ChosenBenchmark>>;
  initial?: Partial<AdvisorFormValues>;
}

const DEFAULTS: AdvisorFormValues = {
  price: '', cogs: '', shipping: '', feePercent: percentInputValue(JP_PLATFORM_FEE_RATE), returnPercent: '',
  sampleCost: '', expectedUnits: '', categoryId: 'other', tax: 'auto',
};

const toNumber = (s: string): number | null => {
  const trimmed = s.trim().replace(/[,，\s]/g, '');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
};
const fromPercent = (s: string): number | null => {
  const n = toNumber(s);
  return n == null ? null : n / 100;
};

/** Runs the advisor on the form's values; exported for tests. */
export function adviseFromForm(values: AdvisorFormValues, benchmark: ChosenBenchmark): AdvisorResult {
  const taxRate = values.tax === 'standard' ? JP_STANDARD_TAX_RATE : values.tax === 'reduced' ? JP_REDUCED_TAX_RATE : taxRateForCategory(values.categoryId);
  return adviseCommission({
    priceJpy: toNumber(values.price),
    costOfGoodsJpy: toNumber(values.cogs),
    shippingJpy: toNumber(values.shipping),
    platformFeeRate: fromPercent(values.feePercent),
    expectedReturnRate: fromPercent(values.returnPercent),
    sampleCostJpy: toNumber(values.sampleCost),
    expectedUnits: toNumber(values.expectedUnits),
    category: values.categoryId,
    taxRate,
    benchmark,
  });
}

/** Form + live break-even, suggested range and a margin-vs-commission chart. */
export function CommissionAdvisor({ lang, benchmarks, initial }: CommissionAdvisorProps) {
  const [values, setValues] = useState<AdvisorFormValues>({ ...DEFAULTS, ...initial });
  const id = useId();
  const benchmark = benchmarks?.[values.categoryId] ?? chooseBenchmark(BENCHMARKS_JP[values.categoryId], null);
  const result = useMemo(() => adviseFromForm(values, benchmark), [values, benchmark]);
  const set = (key: keyof AdvisorFormValues) => (e: Event) =>
    setValues((v) => ({ ...v, [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value }));

  const numberField = (key: keyof AdvisorFormValues, labelKey: MessageKey, step = '1') => (
    <label class="mt-commission-advisor__field">
      {t(lang, labelKey)}
      <input type="number" inputMode="decimal" min="0" step={step} name={key} value={values[key]} onInput={set(key)} />
    </label>
  );

  return (
    <section class="mt-commission-advisor" aria-labelledby={`${id}-title`}>
      <h3 class="mt-commission-advisor__title" id={`${id}-title`}>{t(lang, 'cmAdvisorTitle')}</h3>
      <p class="mt-commission-advisor__hint">{t(lang, 'cmPriceTaxNote')}</p>
      <div class="mt-commission-advisor__form">
        <label class="mt-commission-advisor__field">
          {t(lang, 'cmCategory')}
          <select name="categoryId" value={values.categoryId} onChange={set('categoryId')}>
            {BENCHMARK_CATEGORY_IDS.map((cid) => <option key={cid} value={cid}>{BENCHMARKS_JP[cid].name[lang]}</option>)}
          </select>
        </label>
        <label class="mt-commission-advisor__field mt-commission-advisor__field--wide">
          {t(lang, 'cmTaxRate')}
          <select name="tax" value={values.tax} onChange={set('tax')}>
            <option value="auto">{t(lang, 'cmTaxAuto')}</option>
            <option value="standard">{t(lang, 'cmTaxStandard')}</option>
            <option value="reduced">{t(lang, 'cmTaxReduced')}</option>
          </select>
        </label>
        {numberField('price', 'cmPrice')}
        {numberField('cogs', 'cmCogs')}
        {numberField('shipping', 'cmShipping')}
        <label class="mt-commission-advisor__field">
          {t(lang, 'cmFeeRate')}
          <input type="number" inputMode="decimal" min="0" max="100" step="0.1" name="feePercent" value={values.feePercent} onInput={set('feePercent')} aria-describedby={`${id}-fee`} />
          <span class="mt-commission-advisor__hint" id={`${id}-fee`}>{t(lang, 'cmFeeHint')}</span>
        </label>
        {numberField('returnPercent', 'cmReturnRate', '0.1')}
        {numberField('sampleCost', 'cmSampleCost')}
        {numberField('expectedUnits', 'cmExpectedUnits')}
      </div>
      <div class="mt-commission-advisor__result" aria-live="polite">
        {result.ok ? <AdvisorResultView lang={lang} result={result} /> : (
          <ul class="mt-commission-advisor__problems">
            {result.problems.map((p) => <li key={p.en}>{p[lang]}</li>)}
          </ul>
        )}
      </div>
    </section>
  );
}

function AdvisorResultView({ lang, result }: { lang: Lang; result: Extract<AdvisorResult, { ok: true }> }) {
  const { breakEvenRate, suggested, benchmark } = result;
  return (
    <>
      <dl class="mt-commission-advisor__figures">
        <div class="mt-commission-advisor__figure">
          <dt>{t(lang, 'cmBreakEven')}</dt>
          <dd data-testid="break-even">{breakEvenRate == null ? t(lang, 'cmNone') : pct(breakEvenRate)}</dd>
        </div>
        <div class="mt-commission-advisor__figure">
          <dt>{t(lang, 'cmSuggested')}</dt>
          <dd data-testid="suggested">{suggested ? `${pct(suggested.low)}–${pct(suggested.high)}` : t(lang, 'cmNone')}</dd>
        </div>
      </dl>
      <p class={`mt-commission-advisor__message${suggested ? '' : ' mt-commission-advisor__message--bad'}`}>{result.message[lang]}</p>
      <p class="mt-commission-advisor__hint">{t(lang, 'cmBenchmarkUsed', benchmark.reason[lang])}</p>
      <MarginChart lang={lang} curve={result.curve} breakEvenRate={breakEvenRate} band={{ low: benchmark.low, high: benchmark.high }} />
      {result.notes.length > 0 && (
        <ul class="mt-commission-advisor__notes">{result.notes.map((n) => <li key={n.en}>{n[lang]}</li>)}</ul>
      )}
    </>
  );
}

/**
 * Chart geometry in viewBox units. Every label has its own place, so none can overlap another at any width:
 * the margin axis title sits above the plot, the y values left of it, the rate ticks under it and the rate axis title
 * on its own row below the ticks; the break-even label turns to the left of its line in the right half.
 */
const CHART = { width: 520, height: 228, left: 52, right: 14, top: 26, bottom: 42 } as const;
const TICK_ROW = 16;
const AXIS_TITLE_ROW = 33;
/** Margins beyond ±100 % are clipped so typical cases stay readable. */
const MARGIN_CLIP = 1;

/** Inline SVG: margin (y) against commission rate (x), zero line, benchmark band and break-even marker. */
export function MarginChart({ lang, curve, breakEvenRate, band }: {
  lang: Lang; curve: CurvePoint[]; breakEvenRate: number | null; band: { low: number; high: number };
}) {
  if (curve.length < 2) return null;
  const maxRate = curve[curve.length - 1]!.rate;
  const clip = (m: number) => Math.max(-MARGIN_CLIP, Math.min(MARGIN_CLIP, m));
  const yMin = minOf(curve.map((p) => clip(p.margin)), 0);
  const yMax = maxOf(curve.map((p) => clip(p.margin)), 0);
  const span = yMax - yMin || 1;
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const plotBottom = CHART.top + plotH;
  const x = (rate: number) => CHART.left + (Math.min(rate, maxRate) / maxRate) * plotW;
  const y = (m: number) => CHART.top + ((yMax - clip(m)) / span) * plotH;
  const points = curve.map((p) => `${x(p.rate).toFixed(1)},${y(p.margin).toFixed(1)}`).join(' ');
  const desc = t(lang, 'cmChartDesc', pct(curve[0]!.margin), pct(curve[curve.length - 1]!.margin));
  const bandLow = Math.min(band.low, maxRate);
  const bandHigh = Math.min(band.high, maxRate);
  const ticks = [0, 0.1, 0.2, 0.3, 0.4].filter((r) => r <= maxRate);
  // y values: the top and bottom of the axis, and 0 when it lies between them with room to spare
  const yLabels = yMax === yMin ? [yMax] : [yMax, yMin];
  if (yMax > 0 && yMin < 0 && y(0) - y(yMax) > 16 && y(yMin) - y(0) > 16) yLabels.push(0);
  const breakEvenRight = breakEvenRate != null && x(breakEvenRate) > CHART.left + plotW / 2;
  return (
    <svg class="mt-commission-advisor__chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={`${t(lang, 'cmChartTitle')}: ${desc}`}>
      <title>{t(lang, 'cmChartTitle')}</title>
      {bandHigh > bandLow && (
        <rect class="mt-commission-advisor__band" x={x(bandLow)} y={CHART.top} width={x(bandHigh) - x(bandLow)} height={plotH} fill="#1a7f37" fill-opacity="0.08" />
      )}
      <line x1={CHART.left} x2={CHART.width - CHART.right} y1={y(0)} y2={y(0)} stroke="#646a73" stroke-width="1" />
      <line x1={CHART.left} x2={CHART.left} y1={CHART.top} y2={CHART.top + plotH} stroke="#e5e6eb" stroke-width="1" />
      {ticks.map((r) => (
        <text key={r} class="mt-commission-advisor__tick" x={x(r)} y={plotBottom + TICK_ROW} text-anchor={r === 0 ? 'start' : r === maxRate ? 'end' : 'middle'}>{pct(r)}</text>
      ))}
      {yLabels.map((m) => (
        <text key={`y${m}`} x={CHART.left - 6} y={y(m)} dominant-baseline="middle" text-anchor="end">{pct(m)}</text>
      ))}
      <text x={CHART.width - CHART.right} y={plotBottom + AXIS_TITLE_ROW} text-anchor="end">{t(lang, 'cmChartAxisRate')}</text>
      <text x={CHART.left} y={CHART.top - 10}>{t(lang, 'cmChartAxisMargin')}</text>
      <polyline class="mt-commission-advisor__line" points={points} fill="none" stroke="#1f6feb" stroke-width="2" />
      {breakEvenRate != null && breakEvenRate <= maxRate && (
        <g class="mt-commission-advisor__break-even">
          <line x1={x(breakEvenRate)} x2={x(breakEvenRate)} y1={CHART.top} y2={CHART.top + plotH} stroke="#c62828" stroke-width="1.5" stroke-dasharray="4 3" />
          <text x={x(breakEvenRate) + (breakEvenRight ? -4 : 4)} y={CHART.top + 12} text-anchor={breakEvenRight ? 'end' : 'start'} style={{ fill: '#c62828' }}>{t(lang, 'cmChartBreakEven', pct(breakEvenRate))}</text>
        </g>
      )}
    </svg>
  );
}
