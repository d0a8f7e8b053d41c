import { describe, expect, it } from 'vitest';
import { createRetryQueue, DEFAULT_RETRY_DELAY, type RetryStatus, type RetryStorage } from '../../lib/store/retry-queue';

/** A storage, a clock and a timer under the test's control: time moves only when the test says. */
function harness(failures: Record<string, number> = {}, options: { maxEntries?: number; maxBytes?: number; keyOf?: (item: string) => string } = {}) {
  const saved = new Map<string, unknown>();
  const storage: RetryStorage = {
    get: async (key) => structuredClone(saved.get(key)),
    set: async (key, value) => void saved.set(key, structuredClone(value)),
  };
  let now = 1_000;
  const timers: Array<{ at: number; fn: () => void }> = [];
  const written: string[] = [];
  const left = { ...failures };
  const statuses: RetryStatus[] = [];
  const make = () => createRetryQueue<string>({
    storage, key: 'mitate:retry', now: () => now,
    schedule: (fn, ms) => void timers.push({ at: now + ms, fn }),
    run: async (item) => {
      if ((left[item] ?? 0) > 0) {
        left[item]! -= 1;
        throw new Error(`disk said no to ${item}`);
      }
      written.push(item);
    },
    revive: (raw) => (typeof raw === 'string' ? raw : null),
    onStatus: (s) => statuses.push(s),
    ...options,
  });
  const queue = make();
  /** moves the clock to the next timer and fires it */
  const tick = async (q = queue) => {
    timers.sort((a, b) => a.at - b.at);
    const next = timers.shift();
    if (!next) return false;
    now = Math.max(now, next.at);
    next.fn();
    await q.settled();
    return true;
  };
  return { queue, make, tick, saved, written, statuses, left, timers };
}

describe('retry queue', () => {
  it('writes at once when the write works, and keeps nothing', async () => {
    const h = harness();
    expect(await h.queue.submit('a')).toBe('written');
    expect(h.written).toEqual(['a']);
    expect(h.queue.status()).toEqual({ pending: 0, failed: [], refused: 0 });
  });

  it('keeps a failed write in storage and retries it with backoff until it lands', async () => {
    const h = harness({ a: 2 });
    expect(await h.queue.submit('a')).toBe('queued');
    expect(h.saved.get('mitate:retry')).toMatchObject([{ item: 'a', attempts: 1, lastError: 'disk said no to a' }]);
    expect(h.queue.status().pending).toBe(1);
    const firstDue = h.timers[0]!.at;
    await h.tick(); // second failure
    expect(h.written).toEqual([]);
    const secondDue = h.timers[0]!.at;
    // the wait doubles
    expect(secondDue - firstDue).toBe(DEFAULT_RETRY_DELAY(2)!);
    await h.tick();
    expect(h.written).toEqual(['a']);
    expect(h.saved.get('mitate:retry')).toEqual([]);
    expect(h.queue.status()).toEqual({ pending: 0, failed: [], refused: 0 });
  });

  it('keeps later writes behind an earlier failed one, so an older answer never lands last', async () => {
    const h = harness({ a: 1 });
    await h.queue.submit('a');
    expect(await h.queue.submit('b')).toBe('queued');
    while (await h.tick());
    expect(h.written).toEqual(['a', 'b']);
  });

  it('a write that keeps failing is kept and reported as failed, and the seller can retry it', async () => {
    const h = harness({ a: 100 });
    await h.queue.submit('a');
    while (await h.tick());
    const status = h.queue.status();
    expect(status.pending).toBe(0);
    expect(status.failed).toEqual([expect.objectContaining({ attempts: 7, lastError: 'disk said no to a' })]);
    expect(h.statuses.at(-1)!.failed).toHaveLength(1);
    expect(h.saved.get('mitate:retry')).toHaveLength(1);
    h.left.a = 0;
    await h.queue.retryAll();
    expect(h.written).toEqual(['a']);
    expect(h.queue.status().failed).toEqual([]);
  });

  it('survives a worker restart: a new queue restores the stored entries and finishes them', async () => {
    const h = harness({ a: 1, b: 1 });
    await h.queue.submit('a');
    await h.queue.submit('b');
    h.timers.length = 0; // the old worker is gone, its timers with it
    const revived = h.make();
    await revived.restore();
    while (await h.tick(revived));
    expect(h.written).toEqual(['a', 'b']);
    expect(revived.status()).toEqual({ pending: 0, failed: [], refused: 0 });
  });

  it('refuses (and counts) a write beyond its size instead of dropping one silently', async () => {
    const h = harness({ a: 100, b: 100 }, { maxEntries: 2 });
    await h.queue.submit('a');
    await h.queue.submit('b');
    expect(await h.queue.submit('c')).toBe('refused');
    expect(h.queue.status().refused).toBe(1);
    expect((h.saved.get('mitate:retry') as unknown[]).length).toBe(2);
  });

  it('a discarded failed write is gone from storage', async () => {
    const h = harness({ a: 100 });
    await h.queue.submit('a');
    while (await h.tick());
    await h.queue.discard(h.queue.status().failed[0]!.id);
    expect(h.saved.get('mitate:retry')).toEqual([]);
  });

  it('journals a write before running it: a worker stopped mid-write leaves it for the next worker', async () => {
    const h = harness();
    let journalDuringWrite: unknown = null;
    // the first worker's write never finishes (the worker was stopped while the transaction ran)
    const dying = createRetryQueue<string>({
      storage: { get: async (k) => structuredClone(h.saved.get(k)), set: async (k, v) => void h.saved.set(k, structuredClone(v)) },
      key: 'mitate:retry', now: () => 1_000, schedule: () => undefined, revive: (raw) => (typeof raw === 'string' ? raw : null),
      run: () => {
        journalDuringWrite = structuredClone(h.saved.get('mitate:retry'));
        return new Promise<void>(() => undefined);
      },
    });
    void dying.submit('a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(journalDuringWrite).toMatchObject([{ item: 'a', attempts: 0 }]);
    const next = h.make();
    await next.restore();
    expect(h.written).toEqual(['a']);
    expect(h.saved.get('mitate:retry')).toEqual([]);
  });

  it('a new worker that gets a write before it restored keeps the journal and its order (nothing overwritten)', async () => {
    const h = harness({ a: 1 });
    await h.queue.submit('a');
    h.timers.length = 0;
    const revived = h.make();
    // a capture arrives first in the new worker: the journal is read before anything is written
    expect(await revived.submit('b')).toBe('queued');
    expect((h.saved.get('mitate:retry') as Array<{ item: string }>).map((e) => e.item)).toEqual(['a', 'b']);
    while (await h.tick(revived));
    expect(h.written).toEqual(['a', 'b']);
  });

  it('restoring the same journal twice runs each write once', async () => {
    const h = harness({ a: 1 });
    await h.queue.submit('a');
    const stored = h.saved.get('mitate:retry') as unknown[];
    h.saved.set('mitate:retry', [...stored, ...stored]);
    h.timers.length = 0;
    const revived = h.make();
    await revived.restore();
    await revived.restore();
    while (await h.tick(revived));
    expect(h.written).toEqual(['a']);
  });

  it('the same write still waiting is not queued twice (keyOf)', async () => {
    const h = harness({ a: 1 }, { keyOf: (item) => item });
    await h.queue.submit('a');
    expect(await h.queue.submit('a')).toBe('queued');
    expect((h.saved.get('mitate:retry') as unknown[]).length).toBe(1);
    while (await h.tick());
    expect(h.written).toEqual(['a']);
  });

  it('refuses a write that would take the queue over its byte bound, and counts it', async () => {
    const h = harness({ aaaa: 100 }, { maxBytes: 10 });
    await h.queue.submit('aaaa'); // 6 characters of JSON
    expect(await h.queue.submit('bbbb')).toBe('refused');
    expect(h.queue.status().refused).toBe(1);
    expect(h.statuses.at(-1)!.refused).toBe(1);
  });
});
