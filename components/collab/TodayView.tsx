/**
 * "Today": next actions due, content due dates reached, samples overdue or ready for their one reminder, sample
 * requests past their approval window, in Tokyo days. For the dashboard and the side panel. The toolbar badge shows
 * the same count (lib/collab countReminders + badgeText).
 */
import { t, type Lang } from '../../lib/i18n';
import { formatDate } from '../../lib/format';
import { todayItems, type TodayItem } from '../../lib/collab';
import { trackedSamples } from '../../lib/samples';
import type { ProtocolClient } from '../../lib/protocol';
import { useFollowUp } from './load';
import './collab.css';

export interface TodayListProps {
  lang: Lang;
  items: readonly TodayItem[];
  names?: ReadonlyMap<string, string>;
  /** opens the creator (side panel: selects them; dashboard: may be left out) */
  onOpenCreator?: (creatorId: string) => void;
}

export function TodayList({ lang, items, names, onOpenCreator }: TodayListProps) {
  if (items.length === 0) return <p class="mt-collab-muted">{t(lang, 'tdEmpty')}</p>;
  return (
    <ul class="mt-today-list" aria-label={t(lang, 'tdTitle')}>
      {items.map((item) => {
        const name = names?.get(item.creatorId) ?? item.creatorId;
        return (
          <li key={`${item.kind}:${item.creatorId}:${item.sampleId ?? ''}`} data-kind={item.kind} class={item.overdue ? 'mt-collab-row--overdue' : undefined}>
            <span class="mt-collab-date">{formatDate(lang, item.at)}</span>
            <strong>{t(lang, `tdKind_${item.kind}`)}</strong>{' '}
            {onOpenCreator ? <button type="button" class="mt-link" onClick={() => onOpenCreator(item.creatorId)}>{name}</button> : <span>{name}</span>}
            {item.overdue ? <span class="mt-collab-overdue"> · {t(lang, 'tdOverdue')}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

export interface TodayViewProps {
  lang: Lang;
  client: ProtocolClient;
  onOpenCreator?: (creatorId: string) => void;
  now?: () => number;
  reloadKey?: number;
}

export function TodayView({ lang, client, onOpenCreator, now = Date.now, reloadKey }: TodayViewProps) {
  const { data, error } = useFollowUp(client, reloadKey);
  if (error) return <p class="mt-collab-error" role="alert">{t(lang, 'storageError', error)}</p>;
  if (!data) return <p class="mt-collab-muted" aria-busy="true">{t(lang, 'loading')}</p>;
  const items = todayItems({ notes: data.notes, samples: trackedSamples(data.samples, data.notes), now: now(), rule: data.settings.samplePostingRule });
  return (
    <section class="mt-collab mt-today" aria-label={t(lang, 'tdTitle')}>
      <h2>{t(lang, 'tdTitle')} <span class="mt-collab-muted">{t(lang, 'tdCount', items.length)}</span></h2>
      <TodayList lang={lang} items={items} names={data.names} onOpenCreator={onOpenCreator} />
    </section>
  );
}
