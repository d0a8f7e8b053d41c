/**
 * Writes that are not lost (issue 13): a store write that fails (the worker stopped mid-ingest, the disk refused) is
 * kept in a small persisted queue, retried with exponential backoff, and, when it keeps failing, kept and reported
 * as failed so the UI can show it and offer "retry" — never dropped.
 *
 * Pure of browser APIs: storage and the timer are injected. In the extension the storage is browser.storage.session
 * (survives a service-worker restart, cleared with the browser session, 10 MB), e.g.
 *   storage: { get: async (k) => (await browser.storage.session.get(k))[k], set: (k, v) => browser.storage.session.set({ [k]: v }) }
 */

export interface RetryStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface RetryEntry<T> {
  id: string;
  item: T;
  /** failed attempts so far */
  attempts: number;
  /** when the next attempt is due, epoch ms; null once it has failed for good */
  nextAt: number | null;
  lastError: string;
  firstFailedAt: number;
}

export interface RetryStatus {
  /** waiting for their next attempt */
  pending: number;
  /** gave up retrying on their own: shown to the seller, kept until retried or discarded */
  failed: Array<{ id: string; attempts: number; lastError: string; firstFailedAt: number }>;
  /** writes refused because the queue was full (each was reported to its caller) */
  refused: number;
}

export interface RetryQueueOptions<T> {
  storage: RetryStorage;
  /** storage key of the queue */
  key: string;
  /** the write; throws (or rejects) on failure */
  run: (item: T) => Promise<void>;
  /** an item read back from storage, or null if it no longer validates (it is then reported as failed, not run) */
  revive: (raw: unknown) => T | null;
  now: () => number;
  /** schedules `fn` after `ms` (setTimeout in production) */
  schedule: (fn: () => void, ms: number) => void;
  /** delay before attempt `attempt + 1` after `attempt` failures; null = stop and mark failed */
  delayMs?: (attempt: number) => number | null;
  /** most entries kept; a write beyond it is refused (and reported), never silently dropped */
  maxEntries?: number;
  /** told after every change, e.g. to show a notice */
  onStatus?: (status: RetryStatus) => void;
}

/** 0.5 s, 1 s, 2 s, … 16 s, then give up (≈ 30 s in all: a restarting worker is back well before). */
export const DEFAULT_RETRY_DELAY = (attempt: number): number | null => (attempt <= 6 ? 500 * 2 ** (attempt - 1) : null);
export const DEFAULT_MAX_RETRY_ENTRIES = 50;

const errorText = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 300);

export function createRetryQueue<T>(options: RetryQueueOptions<T>) {
  const delayMs = options.delayMs ?? DEFAULT_RETRY_DELAY;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_RETRY_ENTRIES;
  let entries: RetryEntry<T>[] = [];
  let refused = 0;
  let nextId = 0;
  let timerDueAt: number | null = null;
  let running: Promise<void> = Promise.resolve();

  const status = (): RetryStatus => ({
    pending: entries.filter((e) => e.nextAt !== null).length,
    failed: entries.filter((e) => e.nextAt === null).map(({ id, attempts, lastError, firstFailedAt }) => ({ id, attempts, lastError, firstFailedAt })),
    refused,
  });

  async function persist(): Promise<void> {
    try {
      await options.storage.set(options.key, entries.map((e) => ({ ...e })));
    } catch {
      // the in-memory queue still holds them; the next change tries to persist again
    }
    options.onStatus?.(status());
  }

  function scheduleNext(): void {
    // writes go in order, so the first one still retrying decides when the queue moves next
    const due = entries.find((e) => e.nextAt !== null)?.nextAt ?? null;
    if (due === null || (timerDueAt !== null && timerDueAt <= due)) return;
    timerDueAt = due;
    options.schedule(() => {
      timerDueAt = null;
      void runDue();
    }, Math.max(0, due - options.now()));
  }

  /** One attempt at an entry; on failure the next attempt is planned or the entry marked failed. */
  async function attempt(entry: RetryEntry<T>): Promise<boolean> {
    try {
      await options.run(entry.item);
      entries = entries.filter((e) => e !== entry);
      return true;
    } catch (error) {
      entry.attempts += 1;
      entry.lastError = errorText(error);
      const delay = delayMs(entry.attempts);
      entry.nextAt = delay === null ? null : options.now() + delay;
      return false;
    }
  }

  /** Runs every entry that is due, oldest first, one at a time (writes keep their order). */
  function runDue(force = false): Promise<void> {
    running = running.then(async () => {
      const now = options.now();
      for (const entry of entries.slice()) {
        if (entry.nextAt === null && !force) continue; // failed for good: waits for the seller's retry
        // in order: a later write never lands before an earlier one that is still waiting or just failed
        if (!force && entry.nextAt !== null && entry.nextAt > now) break;
        if (!(await attempt(entry))) break;
      }
      await persist();
      scheduleNext();
    });
    return running;
  }

  return {
    /**
     * Writes `item` now; if that fails it is queued for retry. Resolves to 'written', 'queued' or 'refused' (the queue
     * is full: the caller must tell the seller).
     */
    async submit(item: T): Promise<'written' | 'queued' | 'refused'> {
      const entry: RetryEntry<T> = { id: `${options.now()}-${nextId++}`, item, attempts: 0, nextAt: 0, lastError: '', firstFailedAt: options.now() };
      // earlier writes still waiting go first, so a newer answer never lands under an older one
      if (entries.some((e) => e.nextAt !== null)) {
        if (entries.length >= maxEntries) {
          refused += 1;
          options.onStatus?.(status());
          return 'refused';
        }
        entry.lastError = 'waiting for earlier writes';
        entry.nextAt = options.now();
        entries.push(entry);
        await runDue();
        return entries.includes(entry) ? 'queued' : 'written';
      }
      if (await attempt(entry)) return 'written';
      if (entries.length >= maxEntries) {
        refused += 1;
        options.onStatus?.(status());
        return 'refused';
      }
      entries.push(entry);
      await persist();
      scheduleNext();
      return 'queued';
    },

    /** After a worker restart: reads the persisted queue and resumes it. Entries that no longer validate are failed. */
    async restore(): Promise<void> {
      let raw: unknown;
      try {
        raw = await options.storage.get(options.key);
      } catch {
        raw = null;
      }
      const restored: RetryEntry<T>[] = [];
      for (const value of Array.isArray(raw) ? raw.slice(0, maxEntries) : []) {
        const e = value as Partial<RetryEntry<unknown>>;
        if (!e || typeof e.id !== 'string') continue;
        const item = options.revive(e.item);
        if (item === null) continue;
        restored.push({
          id: e.id, item, attempts: Number(e.attempts) || 0, nextAt: typeof e.nextAt === 'number' ? e.nextAt : null,
          lastError: String(e.lastError ?? ''), firstFailedAt: Number(e.firstFailedAt) || options.now(),
        });
      }
      entries = restored.concat(entries.filter((e) => !restored.some((r) => r.id === e.id)));
      options.onStatus?.(status());
      await runDue();
    },

    /** The seller's "retry": every entry, failed ones included, is tried again now. */
    retryAll(): Promise<void> {
      return runDue(true);
    },

    /** The seller chose to give up on one failed write. */
    async discard(id: string): Promise<void> {
      entries = entries.filter((e) => e.id !== id);
      await persist();
    },

    status,
    /** resolves once queued work in progress has finished (tests, and before the worker reports a flush) */
    settled: (): Promise<void> => running,
  };
}

export type RetryQueue<T> = ReturnType<typeof createRetryQueue<T>>;
