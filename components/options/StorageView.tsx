/**
 * Settings → Storage: space used per kind of data (estimated by the background from its records), the browser's own
 * total, pruning of old snapshots and rate observations, and deleting one creator (the seller's note and costs stay
 * unless the box is ticked; see lib/store/space.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../../lib/i18n';
import { formatBytes, formatCount, formatDateTime } from '../../lib/format';
import type { ProtocolClient } from '../../lib/protocol';
import type { PrunableStore, RetryStatus, SpaceStore, StoreSpace } from '../../lib/store';

const STORE_LABEL: Record<SpaceStore, MessageKey> = {
  creators: 'storageStoreCreators', snapshots: 'storageStoreSnapshots', observations: 'storageStoreObservations', notes: 'storageStoreNotes',
};

type Message = { kind: 'ok' | 'error'; text: string } | null;

interface Props {
  lang: Lang;
  client: Pick<ProtocolClient, 'getStorageSpace' | 'pruneStorage' | 'deleteCreator' | 'getWriteQueue' | 'retryWrites' | 'discardWrite'>;
  /** the browser's usage estimate (navigator.storage.estimate in the extension) */
  estimate?: () => Promise<{ usage?: number }>;
  /** asks before a destructive step (window.confirm in the extension) */
  confirm?: (text: string) => boolean;
  /** data changed: other views reload */
  onChanged?: () => void;
}

export function StorageView({ lang, client, estimate, confirm = (text) => window.confirm(text), onChanged }: Props) {
  const [space, setSpace] = useState<StoreSpace[] | null>(null);
  const [browserTotal, setBrowserTotal] = useState<number | null>(null);
  const [days, setDays] = useState('180');
  const [stores, setStores] = useState<Record<PrunableStore, boolean>>({ snapshots: true, observations: false });
  const [creatorId, setCreatorId] = useState('');
  const [withNotes, setWithNotes] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const load = async () => {
    const reply = await client.getStorageSpace({});
    if (reply.ok) setSpace(reply.data);
    else setMessage({ kind: 'error', text: t(lang, 'storageError', reply.error.message) });
    const usage = await estimate?.().catch(() => null);
    setBrowserTotal(usage?.usage ?? null);
  };
  useEffect(() => {
    void load();
  }, []);

  const prune = async (event: Event) => {
    event.preventDefault();
    const n = Number(days);
    const chosen = (Object.keys(stores) as PrunableStore[]).filter((s) => stores[s]);
    if (!Number.isInteger(n) || n < 0 || n > 36_500 || days.trim() === '' || chosen.length === 0) {
      return setMessage({ kind: 'error', text: t(lang, 'storageInvalidDays') });
    }
    if (!confirm(t(lang, 'storagePruneConfirm', n))) return;
    const reply = await client.pruneStorage({ olderThanDays: n, stores: chosen });
    if (!reply.ok) return setMessage({ kind: 'error', text: t(lang, 'storageError', reply.error.message) });
    setMessage({ kind: 'ok', text: t(lang, 'storagePruned', reply.data.snapshots, reply.data.observations) });
    onChanged?.();
    await load();
  };

  const remove = async (event: Event) => {
    event.preventDefault();
    const id = creatorId.trim();
    if (!id) return;
    if (!confirm(t(lang, 'storageDeleteConfirm', id))) return;
    const reply = await client.deleteCreator({ creatorId: id, withSellerEntries: withNotes });
    if (!reply.ok) return setMessage({ kind: 'error', text: t(lang, 'storageError', reply.error.message) });
    const d = reply.data;
    const nothing = !d.creator && d.snapshots === 0 && d.observations === 0 && !d.note && d.costs === 0;
    setMessage(nothing
      ? { kind: 'error', text: t(lang, 'storageDeleteNotFound') }
      : { kind: 'ok', text: t(lang, 'storageDeleted', d.creator ? 1 : 0, d.snapshots, d.note ? 1 : 0, d.costs) });
    if (!nothing) onChanged?.();
    await load();
  };

  return (
    <section class="mt-storage" aria-labelledby="mt-storage-title">
      <h2 id="mt-storage-title">{t(lang, 'storageTitle')}</h2>
      <p class="mt-muted">{t(lang, 'storageIntro')}</p>
      <UnsavedWrites lang={lang} client={client} confirm={confirm} onChanged={onChanged} />
      <table class="mt-storage-table">
        <thead>
          <tr><th scope="col">{t(lang, 'storageColumnKind')}</th><th scope="col">{t(lang, 'storageColumnCount')}</th><th scope="col">{t(lang, 'storageColumnSize')}</th></tr>
        </thead>
        <tbody>
          {(space ?? []).map((s) => (
            <tr key={s.store} data-store={s.store}>
              <th scope="row">{t(lang, STORE_LABEL[s.store])}</th>
              <td>{formatCount(lang, s.count)}</td>
              <td>{formatBytes(lang, s.approxBytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {browserTotal != null ? <p class="mt-muted">{t(lang, 'storageBrowserTotal', formatBytes(lang, browserTotal))}</p> : null}
      <button type="button" onClick={() => void load()}>{t(lang, 'storageRefresh')}</button>

      <form class="mt-storage-prune" onSubmit={prune}>
        <h3>{t(lang, 'storagePruneTitle')}</h3>
        <label class="mt-field">
          <span>{t(lang, 'storagePruneDays')}</span>
          <input type="number" min="0" max="36500" step="1" value={days} onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)} />
        </label>
        {(['snapshots', 'observations'] as const).map((store) => (
          <label key={store} class="mt-check">
            <input type="checkbox" name={store} checked={stores[store]}
              onChange={(e) => setStores({ ...stores, [store]: (e.currentTarget as HTMLInputElement).checked })} />
            <span>{t(lang, store === 'snapshots' ? 'storagePruneSnapshots' : 'storagePruneObservations')}</span>
          </label>
        ))}
        <button type="submit">{t(lang, 'storagePruneButton')}</button>
      </form>

      <form class="mt-storage-delete" onSubmit={remove}>
        <h3>{t(lang, 'storageDeleteTitle')}</h3>
        <label class="mt-field">
          <span>{t(lang, 'storageDeleteId')}</span>
          <input type="text" inputMode="numeric" maxLength={200} value={creatorId} onInput={(e) => setCreatorId((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="mt-check">
          <input type="checkbox" name="withSellerEntries" checked={withNotes} onChange={(e) => setWithNotes((e.currentTarget as HTMLInputElement).checked)} />
          <span>{t(lang, 'storageDeleteWithNotes')}</span>
        </label>
        <p class="mt-muted">{t(lang, 'storageDeleteKeepsNotes')}</p>
        <button type="submit">{t(lang, 'storageDeleteButton')}</button>
      </form>
      {message ? <p role={message.kind === 'error' ? 'alert' : 'status'} class={`mt-message mt-message--${message.kind}`}>{message.text}</p> : null}
    </section>
  );
}

/**
 * Page answers whose store write is waiting for a retry or failed (lib/store/retry-queue.ts): shown only when there
 * are some, with "retry now" and, per failed batch, "discard". Kept in session storage until then, never dropped.
 */
function UnsavedWrites({ lang, client, confirm, onChanged }: Pick<Props, 'lang' | 'client' | 'onChanged'> & { confirm: (text: string) => boolean }) {
  const [queue, setQueue] = useState<RetryStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const answer = (reply: Awaited<ReturnType<Props['client']['getWriteQueue']>>) => {
    if (reply.ok) {
      setQueue(reply.data);
      setError(null);
    } else setError(reply.error.message);
  };
  useEffect(() => {
    void client.getWriteQueue({}).then(answer);
  }, []);
  if (error) return <p role="alert" class="mt-message mt-message--error">{t(lang, 'storageError', error)}</p>;
  if (!queue || (queue.pending === 0 && queue.failed.length === 0 && queue.refused === 0)) return null;
  const retry = async () => {
    answer(await client.retryWrites({}));
    onChanged?.();
  };
  const discard = async (id: string) => {
    if (!confirm(t(lang, 'storageWritesDiscardConfirm'))) return;
    answer(await client.discardWrite({ id }));
  };
  return (
    <section class="mt-storage-writes" aria-labelledby="mt-storage-writes-title">
      <h3 id="mt-storage-writes-title">{t(lang, 'storageWritesTitle')}</h3>
      <p role="status">{t(lang, 'storageWritesSummary', queue.pending, queue.failed.length, queue.refused)}</p>
      <ul>
        {queue.failed.map((f) => (
          <li key={f.id} data-write={f.id}>
            <span>{t(lang, 'storageWritesFailedItem', formatDateTime(lang, f.firstFailedAt), f.attempts, f.lastError)}</span>{' '}
            <button type="button" onClick={() => void discard(f.id)}>{t(lang, 'storageWritesDiscard')}</button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void retry()}>{t(lang, 'storageWritesRetry')}</button>
    </section>
  );
}
