/**
 * Writes that are not lost (issue 13): every store write is first journalled in a small persisted queue, then run;
 * it leaves the queue only once it has landed. A write that fails (the disk refused, a transaction aborted) is retried
 * with exponential backoff; one that keeps failing is kept and reported as failed so the UI can show it and offer
 * "retry" — never dropped. A write cut off because the worker stopped is still in the journal and runs again when
 * the next worker restores the queue (writes are upserts, so running one twice is harmless).
 *
 * Pure of browser APIs: storage and the timer are injected. In the extension the storage is browser.storage.session
 * (survives a service-worker restart, cleared with the browser session, 10 MB shared with the tab views), e.g.
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
  /** when the write was submitted (named for the seller's view: it only shows once something failed) */
  firstFailedAt: number;
  /** size counted against maxBytes */
  size: number;
}

export interface RetryStatus {
  /** waiting for their next attempt (a write in progress counts here until it lands) */
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
  /** an item read back from storage, or null if it no longer validates (it is then left out) */
  revive: (raw: unknown) => T | null;
  now: () => number;
  /** schedules `fn` after `ms` (setTimeout in production) */
  schedule: (fn: () => void, ms: number) => void;
  /** delay before attempt `attempt + 1` after `attempt` failures; null = stop and mark failed */
  delayMs?: (attempt: number) => number | null;
  /** most entries kept; a write beyond it is refused (and reported), never silently dropped */
  maxEntries?: number;
  /** most total size (sizeOf) kept, so the queue cannot crowd out the rest of session storage */
  maxBytes?: number;
  /** an item's size for maxBytes (default: its JSON length) */
  sizeOf?: (item: T) => number;
  /** two items with the same key are the same write: a second one still waiting is not queued again */
  keyOf?: (item: T) => string;
  /** told after every change, e.g. to update a view */
  onStatus?: (status: RetryStatus) => void;
  /** told once when an entry stops retrying on its own (e.g. to show a notice where it came from) */
  onGaveUp?: (entry: RetryEntry<T>, status: RetryStatus) => void;
}

/** 0.5 s, 1 s, 2 s, … 16 s, then give up (≈ 30 s in all: a restarting worker is back well before). */
export const DEFAULT_RETRY_DELAY = (attempt: number): number | null => (attempt <= 6 ? 500 * 2 ** (attempt - 1) : null);
export const DEFAULT_MAX_RETRY_ENTRIES = 50;
/** [E] Session storage holds 10 MB in Chrome; the tab views need the rest. */
export const DEFAULT_MAX_RETRY_BYTES = 4_000_000;

const errorText = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 300);
const jsonLength = (item: unknown) => {
  try {
    return JSON.stringify(item)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

export function createRetryQueue<T>(options: RetryQueueOptions<T>) {
  const delayMs = options.delayMs ?? DEFAULT_RETRY_DELAY;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_RETRY_ENTRIES;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_RETRY_BYTES;
  const sizeOf = options.sizeOf ?? jsonLength;
  let entries: RetryEntry<T>[] = [];
  let refused = 0;
  let nextId = 0;
  let timerDueAt: number | null = null;
  /** Everything (load, submit, attempts, discards) runs one step at a time on this chain: no write runs twice at once. */
  let running: Promise<unknown> = Promise.resolve();
  let loaded: Promise<void> | null = null;

  const status = (): RetryStatus => ({
    pending: entries.filter((e) => e.nextAt !== null).length,
    failed: entries.filter((e) => e.nextAt === null).map(({ id, attempts, lastError, firstFailedAt }) => ({ id, attempts, lastError, firstFailedAt })),
    refused,
  });

  function serially<R>(step: () => Promise<R>): Promise<R> {
    const next = running.then(step, step);
    running = next.catch(() => undefined);
    return next;
  }

  /** Reads the journal a previous worker left, once, before anything else touches the queue. */
  function load(): Promise<void> {
    loaded ??= (async () => {
      let raw: unknown;
      try {
        raw = await options.storage.get(options.key);
      } catch {
        raw = null;
      }
      const restored: RetryEntry<T>[] = [];
      const seen = new Set(entries.map((e) => e.id));
      for (const value of Array.isArray(raw) ? raw.slice(0, maxEntries) : []) {
        const e = value as Partial<RetryEntry<unknown>> | null;
        if (!e || typeof e !== 'object' || typeof e.id !== 'string' || seen.has(e.id)) continue;
        const item = options.revive(e.item);
        if (item === null) continue;
        seen.add(e.id);
        restored.push({
          id: e.id, item, attempts: Number(e.attempts) || 0, nextAt: typeof e.nextAt === 'number' ? e.nextAt : null,
          lastError: String(e.lastError ?? ''), firstFailedAt: Number(e.firstFailedAt) || options.now(), size: sizeOf(item),
        });
      }
      // the journal's writes are older than anything this worker has seen
      entries = restored.concat(entries);
    })();
    return loaded;
  }

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
      // what the timer was set for is due, even if the clock reads a little earlier (timers may fire early)
      void serially(() => runDue(false, due));
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
      if (delay === null) options.onGaveUp?.(entry, status());
      return false;
    }
  }

  /** Runs every entry that is due, oldest first, one at a time (writes keep their order). Call only on the chain. */
  async function runDue(force: boolean, dueBy = 0): Promise<void> {
    await load();
    const now = Math.max(options.now(), dueBy);
    for (const entry of entries.slice()) {
      if (entry.nextAt === null && !force) continue; // failed for good: waits for the seller's retry
      // in order: a later write never lands before an earlier one that is still waiting or just failed
      if (!force && entry.nextAt !== null && entry.nextAt > now) break;
      if (!(await attempt(entry))) break;
    }
    await persist();
    scheduleNext();
  }

  return {
    /**
     * Journals `item`, then writes it (after any earlier writes still waiting). Resolves to 'written', 'queued' (it
     * failed and will be retried, or waits behind an earlier one) or 'refused' (the queue is full: the caller must
     * tell the seller).
     */
    submit(item: T): Promise<'written' | 'queued' | 'refused'> {
      return serially(async () => {
        await load();
        const key = options.keyOf?.(item);
        if (key !== undefined && entries.some((e) => e.nextAt !== null && options.keyOf!(e.item) === key)) return 'queued';
        const size = sizeOf(item);
        const total = entries.reduce((sum, e) => sum + e.size, 0);
        if (entries.length >= maxEntries || total + size > maxBytes) {
          refused += 1;
          options.onStatus?.(status());
          return 'refused';
        }
        const now = options.now();
        const entry: RetryEntry<T> = { id: `${now}-${nextId++}`, item, attempts: 0, nextAt: now, lastError: '', firstFailedAt: now, size };
        entries.push(entry);
        // written ahead: a worker stopped during the write leaves the entry for the next one
        await persist();
        await runDue(false);
        return entries.includes(entry) ? 'queued' : 'written';
      });
    },

    /** On worker start-up: reads the persisted queue and resumes it. */
    restore(): Promise<void> {
      return serially(() => runDue(false));
    },

    /** The seller's "retry": every entry, failed ones included, is tried again now. */
    retryAll(): Promise<void> {
      return serially(() => runDue(true));
    },

    /** The seller chose to give up on one failed write. */
    discard(id: string): Promise<void> {
      return serially(async () => {
        await load();
        entries = entries.filter((e) => e.id !== id);
        await persist();
      });
    },

    status,
    /** resolves once queued work in progress has finished (tests, and before the worker reports a flush) */
    settled: async (): Promise<void> => {
      await running;
    },
  };
}

export type RetryQueue<T> = ReturnType<typeof createRetryQueue<T>>;
