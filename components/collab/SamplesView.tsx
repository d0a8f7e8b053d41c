/**
 * Samples: each sample's state and posting deadline under the seller's rule ([G], lib/samples/rule.ts), the creators
 * who took samples and never posted, and samples per resulting GMV.
 */
import { t, type Lang } from '../../lib/i18n';
import { formatDate, formatJpy, formatPercent } from '../../lib/format';
import { creatorsWhoNeverPosted, sampleStatuses, sampleYield, trackedSamples } from '../../lib/samples';
import type { ProtocolClient } from '../../lib/protocol';
import { useFollowUp } from './load';
import './collab.css';

export interface SamplesViewProps {
  lang: Lang;
  client: ProtocolClient;
  cnyPerJpy?: number | null;
  now?: () => number;
}

export function SamplesView({ lang, client, cnyPerJpy, now = Date.now }: SamplesViewProps) {
  const { data, error } = useFollowUp(client);
  if (error) return <p class="mt-collab-error" role="alert">{t(lang, 'storageError', error)}</p>;
  if (!data) return <p class="mt-collab-muted" aria-busy="true">{t(lang, 'loading')}</p>;
  const rule = data.settings.samplePostingRule;
  const at = now();
  const samples = trackedSamples(data.samples, data.notes);
  const rows = sampleStatuses(samples, at, rule).sort((a, b) => (a.due.postBy ?? Infinity) - (b.due.postBy ?? Infinity));
  const never = creatorsWhoNeverPosted(samples, at, rule);
  const yieldRows = sampleYield(samples, data.orders, at, rule);
  const name = (id: string) => data.names.get(id) ?? id;
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
          </tr></thead>
          <tbody>
            {rows.map(({ sample, state, due }) => (
              <tr key={sample.id} data-state={state} class={state === 'overdue' || state === 'approval_overdue' ? 'mt-collab-row--overdue' : undefined}>
                <th scope="row">{name(sample.creatorId)}</th>
                <td>{t(lang, `smState_${state}`)}</td>
                <td>{due.clockBasis ? `${formatDate(lang, due.clockFrom)} (${t(lang, `smBasis_${due.clockBasis}`)})` : '—'}</td>
                <td>{formatDate(lang, due.postBy)}</td>
                <td class="mt-num">{sample.costJpy == null && sample.shippingJpy == null ? '—' : money((sample.costJpy ?? 0) + (sample.shippingJpy ?? 0))}</td>
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
