import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESCAN_DELAY_MS, afterNextFrame, createChangeTracker, createScanScheduler, handOverTime, isOwnMutation, nextFrameStart } from '../../components/page/scheduler';

describe('scan scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const setup = () => {
    let scans = 0;
    const scheduler = createScanScheduler(async () => void (scans += 1), () => true, () => Date.now());
    return { scheduler, scans: () => scans };
  };
  /** A scheduler whose scans stay running until released. */
  const gatedSetup = () => {
    let scans = 0;
    let release: () => void = () => undefined;
    const scheduler = createScanScheduler(() => {
      scans += 1;
      return new Promise<void>((resolve) => (release = resolve));
    }, () => true, () => Date.now());
    return { scheduler, scans: () => scans, release: () => release() };
  };

  it('scans a change after a quiet spell at the next task, without waiting out the debounce', async () => {
    const { scheduler, scans } = setup();
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(0);
    expect(scans()).toBe(1);
  });

  it('debounces changes in quick succession into one more scan', async () => {
    const { scheduler, scans } = setup();
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 5; i++) {
      scheduler.schedule();
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(scans()).toBe(1);
    await vi.advanceTimersByTimeAsync(RESCAN_DELAY_MS);
    expect(scans()).toBe(2);
  });

  it('an earlier request moves a pending one forward', async () => {
    const { scheduler, scans } = setup();
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.schedule(); // debounced: due in RESCAN_DELAY_MS
    scheduler.schedule(0); // e.g. rows came near the window
    await vi.advanceTimersByTimeAsync(0);
    expect(scans()).toBe(2);
    await vi.advanceTimersByTimeAsync(RESCAN_DELAY_MS * 2);
    expect(scans()).toBe(2);
  });

  it('a request during a scan makes it run once more after', async () => {
    const { scheduler, scans, release } = gatedSetup();
    scheduler.schedule(0);
    await vi.advanceTimersByTimeAsync(0);
    scheduler.schedule(0);
    scheduler.schedule(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(scans()).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(scans()).toBe(2);
  });

  it('runNow starts the scan in the calling task and drops the pending timer; while one runs, it runs once more after', async () => {
    const { scheduler, scans, release } = gatedSetup();
    scheduler.schedule(50);
    scheduler.runNow();
    expect(scans()).toBe(1);
    scheduler.runNow();
    expect(scans()).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(scans()).toBe(2);
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(scans()).toBe(2);
  });
});

describe('isOwnMutation', () => {
  it('is true only for changes that add or remove Mitate hosts alone', () => {
    const host = { tagName: 'MITATE-BREAKEVEN' } as unknown as Node;
    const row = { tagName: 'TR' } as unknown as Node;
    const record = (added: Node[], removed: Node[] = []) => ({ type: 'childList', addedNodes: added, removedNodes: removed, target: row }) as unknown as MutationRecord;
    expect(isOwnMutation(record([host]))).toBe(true);
    expect(isOwnMutation(record([host, row]))).toBe(false);
    expect(isOwnMutation(record([]))).toBe(false);
  });
});

describe('createChangeTracker', () => {
  it('says the page is styled only once a frame was rendered after its last change', async () => {
    const frames: Array<() => void> = [];
    const frame = () => new Promise<void>((resolve) => frames.push(resolve));
    const tracker = createChangeTracker(frame);
    expect(tracker.styled).toBe(true);
    tracker.changed();
    tracker.changed();
    expect(tracker.version).toBe(2);
    expect(tracker.styled).toBe(false);
    expect(frames).toHaveLength(1); // one watch at a time
    // a change after the watch began is not known to be in that frame: another frame is awaited
    frames.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    expect(tracker.styled).toBe(false);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    expect(tracker.styled).toBe(true);
    expect(frames).toHaveLength(0);
  });
});

describe('frames', () => {
  afterEach(() => vi.unstubAllGlobals());
  /** Animation callbacks run only when the test renders a frame; `frames` counts the callbacks asked for. */
  const fakeFrames = () => {
    let callbacks: Array<() => void> = [];
    let asked = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
      asked += 1;
      callbacks.push(callback);
      return asked;
    });
    return {
      frame: () => {
        const due = callbacks;
        callbacks = [];
        for (const callback of due) callback();
      },
      asked: () => asked,
    };
  };

  it('afterNextFrame asked during a frame\'s animation callbacks waits for that frame only, not for another', async () => {
    const frames = fakeFrames();
    const order: string[] = [];
    const inFrame = nextFrameStart(10_000).then(() => {
      order.push('frame start');
      return afterNextFrame(10_000).then(() => order.push('after that frame'));
    });
    frames.frame();
    await inFrame;
    expect(order).toEqual(['frame start', 'after that frame']);
    expect(frames.asked()).toBe(1);
    // outside a frame it asks for the next one and resolves after it
    let after = false;
    const outside = afterNextFrame(10_000).then(() => (after = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(after).toBe(false);
    expect(frames.asked()).toBe(2);
    frames.frame();
    await outside;
    expect(after).toBe(true);
  });

  /** Whether `promise` has settled after the tasks queued so far ran (no frame rendered meanwhile). */
  const settledSoon = async (promise: Promise<unknown>) => {
    let settled = false;
    void promise.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    return settled;
  };

  it('whenRendered waits for the frame that shows the page\'s last change, and not at all once it was rendered', async () => {
    const frames = fakeFrames();
    const changes = createChangeTracker();
    changes.changed();
    const waiting = changes.whenRendered();
    expect(await settledSoon(waiting)).toBe(false);
    frames.frame();
    await waiting;
    expect(changes.styled).toBe(true);
    expect(await settledSoon(changes.whenRendered())).toBe(true);
  });

  it('hands an answer over after the page\'s next frame', async () => {
    const frames = fakeFrames();
    const handOver = handOverTime();
    expect(await settledSoon(handOver)).toBe(false);
    frames.frame();
    await handOver;
  });

  it('after the same frame, an answer is handed over before a scan that waited for the frame starts', async () => {
    const frames = fakeFrames();
    const changes = createChangeTracker();
    const order: string[] = [];
    changes.changed();
    // the scan asks first (the page's change is seen before its answer is read), yet goes second
    const scan = changes.whenRendered().then(() => order.push('scan'));
    const handOver = handOverTime().then(() => order.push('hand over'));
    frames.frame();
    await Promise.all([scan, handOver]);
    expect(order).toEqual(['hand over', 'scan']);
  });
});
