/** Plan results by commission level, and acceptance by commission across plans (the sentence the advisor shows). */
import { t, type Lang } from '../../lib/i18n';
import { formatJpy, formatPercent } from '../../lib/format';
import { acceptanceByCommission, acceptanceSentence, planResultsByCommission } from '../../lib/collab';
import type { ProtocolClient } from '../../lib/protocol';
import { useFollowUp } from './load';
import './collab.css';

export function PlanResults({ lang, client, cnyPerJpy }: { lang: Lang; client: ProtocolClient; cnyPerJpy?: number | null }) {
  const { data, error } = useFollowUp(client);
  if (error) return <p class="mt-collab-error" role="alert">{t(lang, 'storageError', error)}</p>;
  if (!data) return <p class="mt-collab-muted" aria-busy="true">{t(lang, 'loading')}</p>;
  const rows = planResultsByCommission({ collaborations: data.collaborations, notes: data.notes, orders: data.orders, samples: data.samples });
  const acceptance = acceptanceByCommission(rows);
  const sentence = acceptanceSentence(acceptance);
  return (
    <section class="mt-collab mt-plans" aria-label={t(lang, 'plTitle')}>
      <h2>{t(lang, 'plTitle')}</h2>
      {rows.length === 0 ? <p class="mt-collab-muted">{t(lang, 'plEmpty')}</p> : (
        <table class="mt-collab-table">
          <thead><tr>
            <th scope="col">{t(lang, 'plColPlan')}</th><th scope="col" class="mt-num">{t(lang, 'plColRate')}</th>
            <th scope="col" class="mt-num">{t(lang, 'plColInvited')}</th><th scope="col" class="mt-num">{t(lang, 'plColAccepted')}</th>
            <th scope="col" class="mt-num">{t(lang, 'plColPosted')}</th><th scope="col" class="mt-num">{t(lang, 'plColGmv')}</th>
          </tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.planId}:${row.rate}`} data-plan={row.planId}>
                <th scope="row">{row.planName ?? row.planId}</th>
                <td class="mt-num">{formatPercent(lang, row.rate)}</td>
                <td class="mt-num">{row.invited}</td><td class="mt-num">{row.accepted}</td><td class="mt-num">{row.posted}</td>
                <td class="mt-num">{formatJpy(lang, row.gmvInclTaxJpy, cnyPerJpy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t(lang, 'plAcceptance')}</h3>
      {sentence ? <p class="mt-acceptance" data-testid="acceptance-by-commission">{sentence[lang]}</p> : <p class="mt-collab-muted">{t(lang, 'plEmpty')}</p>}
      <p class="mt-collab-muted">{t(lang, 'plAcceptanceNote')}</p>
    </section>
  );
}
