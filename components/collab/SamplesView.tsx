/**
 * Samples: each sample's state and posting deadline under the seller's rule ([G], lib/samples/rule.ts), the creators
 * who took samples and never posted, and samples per resulting GMV.
 */
import { t, type Lang } from '../../lib/i18n';
import { formatDate, formatJpy, formatPercent } from '../../lib/format';
import { creatorsWhoNeverPosted, sampleStatuses, sampleYield, trackedSamples } from '../../lib/samples';
import type { ProtocolClient } from '../../lib/protocol';
import { useFollowUp } from './load';
import { useState } from 'preact/hooks';
import type { SampleRecord } from '../../lib/store';
import './collab.css';

export interface SamplesViewProps {
  lang: Lang;
  client: ProtocolClient;
  cnyPerJpy?: number | null;
  now?: () => number;
}

export function SamplesView({ lang, client, cnyPerJpy, now = Date.now }: SamplesViewProps) {
  const [reloadKey, setReloadKey] = useState(0);
  const { data, error } = useFollowUp(client, reloadKey);
  if (error) return <p class="mt-collab-error" role="alert">{t(lang, 'storageError', error)}</p>;
  if (!data) return <p class="mt-collab-muted" aria-busy="true">{t(lang, 'loading')}</p>;
  const rule = data.settings.samplePostingRule;
  const at = now();
  const samples = trackedSamples(data.samples, data.notes);
  const rows = sampleStatuses(samples, at, rule).sort((a, b) => (a.due.postBy ?? Infinity) - (b.due.postBy ?? Infinity));
  const never = creatorsWhoNeverPosted(samples, at, rule);
  const yieldRows = sampleYield(samples, data.orders, at, rule);
  const name = (id: string) => data.names.get(id) ?? id;
  const stored = new Map(data.samples.map((record) => [record.id, record]));
  const money = (yen: number) => formatJpy(lang, yen, cnyPerJpy);
  return (
    <section class="mt-collab mt-samples" aria-label={t(lang, 'smTitle')}>
      <h2>{t(lang, 'smTitle')}</h2>
      <p class="mt-collab-muted">{t(lang, 'smRuleNote', rule.approveWithinDays, rule.postWithinDays, rule.refundablePostWithinDays, rule.reminderAfterDays)}</p>
      {rows.length === 0 ? <p class="mt-collab-muted">{t(lang, 'smEmpty')}</p> : (
        <table class="mt-collab-table">
          <thead><tr>
            <th scope="col">{t(lang, 'smColCreator')}</th><th scope="col">{t(lang, 'smColState')}</th>
            <th scope="col">{t(lang, 'smColFrom')}</th><th scope="col">{t(lang, 'smColDue')}</th>
            <th scope="col" class="mt-num">{t(lang, 'smColCost')}</th>
            <th scope="col">{t(lang, 'tlCost')}</th>
          </tr></thead>
          <tbody>
            {rows.map(({ sample, state, due }) => (
              <tr key={sample.id} data-sample={sample.id} data-state={state} class={state === 'overdue' || state === 'approval_overdue' ? 'mt-collab-row--overdue' : undefined}>
                <th scope="row">{name(sample.creatorId)}</th>
                <td>{t(lang, `smState_${state}`)}</td>
                <td>{due.clockBasis ? `${formatDate(lang, due.clockFrom)} (${t(lang, `smBasis_${due.clockBasis}`)})` : '—'}</td>
                <td>{formatDate(lang, due.postBy)}</td>
                <td class="mt-num">{sample.costJpy == null && sample.shippingJpy == null ? '—' : money((sample.costJpy ?? 0) + (sample.shippingJpy ?? 0))}</td>
                <td>{stored.has(sample.id) ? (
                  <SampleCostForm lang={lang} record={stored.get(sample.id)!} label={t(lang, 'smCostFormLabel', name(sample.creatorId))}
                    save={async (record) => {
                      const result = await client.saveSamples({ samples: [{ ...record, updatedAt: now() }] });
                      if (result.ok) setReloadKey((k) => k + 1);
                      return result.ok ? null : result.error.message;
                    }} />
                ) : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t(lang, 'smNeverPosted')}</h3>
      {never.length === 0 ? <p class="mt-collab-muted">{t(lang, 'smNeverPostedNone')}</p> : (
        <ul class="mt-today-list mt-never-posted">
          {never.map((row) => <li key={row.creatorId}><strong>{name(row.creatorId)}</strong> {t(lang, 'smNeverPostedRow', row.overdueSamples, money(row.costJpy))}</li>)}
        </ul>
      )}
      <h3>{t(lang, 'smYield')}</h3>
      <table class="mt-collab-table mt-sample-yield">
        <thead><tr>
          <th scope="col">{t(lang, 'smColCreator')}</th><th scope="col" class="mt-num">{t(lang, 'smColSamples')}</th>
          <th scope="col" class="mt-num">{t(lang, 'smColPosted')}</th><th scope="col" class="mt-num">{t(lang, 'smColCost')}</th>
          <th scope="col" class="mt-num">{t(lang, 'smColGmv')}</th><th scope="col" class="mt-num">{t(lang, 'smColGmvPerSample')}</th>
          <th scope="col" class="mt-num">{t(lang, 'smColCostShare')}</th>
        </tr></thead>
        <tbody>
          {[...yieldRows.rows, yieldRows.total].map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{row.key === 'total' ? t(lang, 'roiTotal') : name(row.key)}</th>
              <td class="mt-num">{row.samples}</td><td class="mt-num">{row.posted}</td>
              <td class="mt-num">{money(row.sampleCostJpy)}</td><td class="mt-num">{money(row.gmvInclTaxJpy)}</td>
              <td class="mt-num">{formatJpy(lang, row.gmvPerSampleJpy, cnyPerJpy)}</td>
              <td class="mt-num">{formatPercent(lang, row.costPerGmv)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The sample's goods cost and shipping, typed by the seller on a sample read from Seller Center's Sample requests page
 * (whole yen; empty = not known). A later read of the page never overwrites them (lib/samples/from-page.ts).
 */
function SampleCostForm({ lang, record, label, save }: { lang: Lang; record: SampleRecord; label: string; save: (record: SampleRecord) => Promise<string | null> }) {
  const [cost, setCost] = useState(record.costJpy == null ? '' : String(record.costJpy));
  const [shipping, setShipping] = useState(record.shippingJpy == null ? '' : String(record.shippingJpy));
  const [message, setMessage] = useState<string | null>(null);
  const yen = (text: string): number | null | undefined => {
    if (text.trim() === '') return null;
    const n = Number(text.trim());
    return Number.isInteger(n) && n >= 0 ? n : undefined;
  };
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const costJpy = yen(cost);
    const shippingJpy = yen(shipping);
    if (costJpy === undefined || shippingJpy === undefined) return setMessage(t(lang, 'tlInvalid'));
    const error = await save({ ...record, costJpy, shippingJpy });
    setMessage(error ? t(lang, 'storageError', error) : t(lang, 'smCostSaved'));
  };
  return (
    <form class="mt-sample-cost" aria-label={label} onSubmit={(e) => void onSubmit(e)}>
      <label>{t(lang, 'tlCost')} <input type="number" min="0" step="1" inputMode="numeric" name="cost" value={cost} onInput={(e) => setCost(e.currentTarget.value)} /></label>
      <label>{t(lang, 'tlShipping')} <input type="number" min="0" step="1" inputMode="numeric" name="shipping" value={shipping} onInput={(e) => setShipping(e.currentTarget.value)} /></label>
      <button type="submit">{t(lang, 'save')}</button>
      {message ? <span role="status">{message}</span> : null}
    </form>
  );
}
