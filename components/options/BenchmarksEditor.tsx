/**
 * Commission benchmarks: the built-in Japan table (with source and date), the seller's own overrides, and what
 * was learned from rates seen on the pages; says which one is used for each category.
 */
import { useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { formatDate } from '../../lib/format';
import {
  BENCHMARK_CATEGORY_IDS, BENCHMARK_TABLE_VERSION, BENCHMARKS_JP, commissionOverridesSchema, OVERRIDE_SOURCE, pct,
  type BenchmarkCategoryId, type BenchmarkContext, type CommissionOverrides,
} from '../../lib/commission';

interface Props {
  lang: Lang;
  context: BenchmarkContext;
  overrides: CommissionOverrides;
  onSave(overrides: CommissionOverrides): Promise<string | null>;
}

type Draft = Record<BenchmarkCategoryId, { low: string; typical: string; high: string }>;

const toPercentText = (x: number | undefined) => (x == null ? '' : String(Math.round(x * 1000) / 10));

export function BenchmarksEditor({ lang, context, overrides, onSave }: Props) {
  const [draft, setDraft] = useState<Draft>(() => Object.fromEntries(BENCHMARK_CATEGORY_IDS.map((id) => {
    const o = overrides.find((x) => x.categoryId === id);
    return [id, { low: toPercentText(o?.low), typical: toPercentText(o?.typical), high: toPercentText(o?.high) }];
  })) as Draft);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const save = async () => {
    const list = BENCHMARK_CATEGORY_IDS.flatMap((id) => {
      const row = draft[id];
      const num = (s: string) => (s.trim() === '' ? undefined : Number(s) / 100);
      const entry = { categoryId: id, low: num(row.low), typical: num(row.typical), high: num(row.high), updatedAt: Date.now() };
      return entry.low == null && entry.typical == null && entry.high == null ? [] : [entry];
    });
    const parsed = commissionOverridesSchema.safeParse(list);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const row = typeof issue?.path[0] === 'number' ? list[issue.path[0]] : undefined;
      return setMessage({ kind: 'error', text: `${row ? BENCHMARKS_JP[row.categoryId].name[lang] : ''}: ${t(lang, 'bmInvalid')}` });
    }
    const error = await onSave(parsed.data);
    setMessage(error ? { kind: 'error', text: t(lang, 'storageError', error) } : { kind: 'ok', text: t(lang, 'settingsSaved') });
  };

  return (
    <div class="mt-benchmarks">
      <p class="mt-muted">{t(lang, 'bmIntro', BENCHMARK_TABLE_VERSION)}</p>
      <table class="mt-table">
        <caption class="mt-visually-hidden">{t(lang, 'tabBenchmarks')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'cmCategory')}</th>
            <th scope="col">{t(lang, 'bmBuiltin')}</th>
            <th scope="col">{t(lang, 'bmLearned')}</th>
            <th scope="col">{t(lang, 'bmOverride')}</th>
            <th scope="col">{t(lang, 'bmUsed')}</th>
          </tr>
        </thead>
        <tbody>
          {BENCHMARK_CATEGORY_IDS.map((id) => {
            const builtin = BENCHMARKS_JP[id];
            const learned = context.learned[id];
            const chosen = context.chosen[id];
            const name = builtin.name[lang];
            return (
              <tr key={id}>
                <th scope="row">{name}</th>
                <td>
                  {pct(builtin.low)}–{pct(builtin.high)} <span class="mt-muted">({t(lang, 'bmTypical')} {pct(builtin.typical)})</span>
                  <div class="mt-muted" title={builtin.source}>{builtin.source.slice(0, 60)} · {builtin.asOf}</div>
                </td>
                <td>
                  {learned ? (
                    <>
                      p25 {pct(learned.p25)} · p50 {pct(learned.median)} · p75 {pct(learned.p75)}
                      <div class="mt-muted">n={learned.n} · {formatDate(lang, learned.from)}–{formatDate(lang, learned.to)}</div>
                    </>
                  ) : <span class="mt-muted">{t(lang, 'bmNoneYet')}</span>}
                </td>
                <td class="mt-override">
                  {(['low', 'typical', 'high'] as const).map((field) => (
                    <label key={field}>
                      <span class="mt-visually-hidden">{name} {t(lang, `bm_${field}`)}</span>
                      <input type="number" inputMode="decimal" min="0" max="100" step="0.5" placeholder={t(lang, `bm_${field}`)} value={draft[id][field]}
                        onInput={(e) => setDraft({ ...draft, [id]: { ...draft[id], [field]: (e.currentTarget as HTMLInputElement).value } })} />
                    </label>
                  ))}
                  <span aria-hidden="true">%</span>
                </td>
                <td>{chosen.basis === 'learned' ? t(lang, 'bmUsedLearned', chosen.n ?? 0) : t(lang, chosen.source === OVERRIDE_SOURCE ? 'bmUsedOverride' : 'bmUsedBuiltin')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="mt-actions">
        <button type="button" class="mt-primary" onClick={save}>{t(lang, 'save')}</button>
        {message ? <span role="status" class={message.kind === 'error' ? 'mt-error' : 'mt-ok'}>{message.text}</span> : null}
      </div>
    </div>
  );
}
