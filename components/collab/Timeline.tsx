/**
 * One creator's collaboration timeline: every dated status change, oldest first (earlier states are kept), and a
 * form to add the next one. Cost, shipping and tracking can go on any event (normally "sample sent"); a due date on
 * "content due". Pure view: the caller saves through `onAdd` (side panel: client.addTimelineEvent).
 */
import { useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import { formatDate, formatJpy } from '../../lib/format';
import { NOTE_STATUSES, type Note, type NoteStatus, type TimelineEvent } from '../../lib/store';
import { tokyoDay, tokyoNoonOf } from '../../lib/format';
import './collab.css';

export type NewTimelineEvent = Omit<TimelineEvent, 'id' | 'recordedAt'>;

export interface TimelineProps {
  lang: Lang;
  note: Pick<Note, 'timeline' | 'status'> | null;
  /** saves the event; resolves to an error message, or null when saved */
  onAdd(event: NewTimelineEvent): Promise<string | null>;
  cnyPerJpy?: number | null;
  /** the clock, for the date field's default (tests pass a fixed one) */
  now?: () => number;
}

/** The status after `current` in the pipeline, as the form's first choice. */
function nextStatus(current: NoteStatus | undefined): NoteStatus {
  const i = current ? NOTE_STATUSES.indexOf(current) : 0;
  return NOTE_STATUSES[Math.min(i + 1, NOTE_STATUSES.length - 1)]!;
}

const yenOrNull = (text: string): number | null | 'invalid' => {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : 'invalid';
};

export function Timeline({ lang, note, onAdd, cnyPerJpy, now = Date.now }: TimelineProps) {
  const events = note?.timeline ?? [];
  const [status, setStatus] = useState<NoteStatus>(() => nextStatus(note?.status));
  const [date, setDate] = useState(() => tokyoDay(now()));
  const [cost, setCost] = useState('');
  const [shipping, setShipping] = useState('');
  const [tracking, setTracking] = useState('');
  const [due, setDue] = useState('');
  const [memo, setMemo] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const at = tokyoNoonOf(date);
    const costJpy = yenOrNull(cost);
    const shippingJpy = yenOrNull(shipping);
    const dueAt = due.trim() === '' ? null : tokyoNoonOf(due);
    if (at == null || costJpy === 'invalid' || shippingJpy === 'invalid' || (due.trim() !== '' && dueAt == null)) {
      return setMessage({ kind: 'error', text: t(lang, 'tlInvalid') });
    }
    setBusy(true);
    const error = await onAdd({ status, at, costJpy, shippingJpy, trackingNo: tracking.trim() || null, dueAt, memo: memo.trim() });
    setBusy(false);
    if (error) return setMessage({ kind: 'error', text: t(lang, 'errorPrefix', error) });
    setMessage({ kind: 'ok', text: t(lang, 'tlSaved') });
    setCost(''); setShipping(''); setTracking(''); setDue(''); setMemo('');
    setStatus(nextStatus(status));
  };

  const money = (yen: number) => formatJpy(lang, yen, cnyPerJpy);
  return (
    <section class="mt-collab mt-timeline" aria-label={t(lang, 'tlTitle')}>
      <h3>{t(lang, 'tlTitle')}</h3>
      {events.length === 0 ? <p class="mt-collab-muted">{t(lang, 'tlEmpty')}</p> : (
        <ol class="mt-collab-list">
          {events.map((event) => (
            <li key={event.id} data-status={event.status}>
              <span class="mt-collab-date">{formatDate(lang, event.at)}</span>
              <strong>{t(lang, `ntStatus_${event.status}`)}</strong>
              {detailOf(lang, event, money)}
            </li>
          ))}
        </ol>
      )}
      <form class="mt-collab-form" onSubmit={submit}>
        <label>{t(lang, 'tlStatus')}
          <select value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as NoteStatus)}>
            {NOTE_STATUSES.map((s) => <option key={s} value={s}>{t(lang, `ntStatus_${s}`)}</option>)}
          </select>
        </label>
        <label>{t(lang, 'tlDate')}
          <input type="date" value={date} required onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>{t(lang, 'tlCost')}
          <input type="number" inputMode="numeric" min="0" step="1" value={cost} onInput={(e) => setCost((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>{t(lang, 'tlShipping')}
          <input type="number" inputMode="numeric" min="0" step="1" value={shipping} onInput={(e) => setShipping((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>{t(lang, 'tlTracking')}
          <input type="text" maxLength={200} value={tracking} onInput={(e) => setTracking((e.currentTarget as HTMLInputElement).value)} />
        </label>
        {status === 'content_due' ? (
          <label>{t(lang, 'tlDue')}
            <input type="date" value={due} onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)} />
          </label>
        ) : null}
        <label>{t(lang, 'tlMemo')}
          <input type="text" maxLength={2000} value={memo} onInput={(e) => setMemo((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" disabled={busy}>{t(lang, 'tlAdd')}</button>
        {message ? <span role="status" class={message.kind === 'error' ? 'mt-collab-error' : 'mt-collab-ok'}>{message.text}</span> : null}
      </form>
    </section>
  );
}

function detailOf(lang: Lang, event: TimelineEvent, money: (yen: number) => string) {
  const parts: string[] = [];
  if (event.costJpy != null) parts.push(t(lang, 'tlCostLine', money(event.costJpy)));
  if (event.shippingJpy != null) parts.push(t(lang, 'tlShippingLine', money(event.shippingJpy)));
  if (event.trackingNo) parts.push(t(lang, 'tlTrackingLine', event.trackingNo));
  if (event.dueAt != null) parts.push(t(lang, 'tlDueLine', formatDate(lang, event.dueAt)));
  if (event.memo) parts.push(event.memo);
  return parts.length ? <div class="mt-collab-detail">{parts.join(' · ')}</div> : null;
}
