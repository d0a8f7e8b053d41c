/**
 * When on-page features update: after the page's DOM settles (debounced, in idle time), when the background says
 * fresher views are ready, on in-app navigation and when settings change. Never on the page's hot path.
 */
/** Long enough for a render burst to settle; a rescan of unchanged badges is cheap (no re-render). */
export const RESCAN_DELAY_MS = 60;

const OUR_HOSTS = new Set(['MITATE-BADGE', 'MITATE-CHIP', 'MITATE-BREAKEVEN']);

function isOurHost(node: Node): boolean {
  return OUR_HOSTS.has((node as Element).tagName);
}

/** Whether a DOM change is only Mitate placing or moving its own hosts (which must not trigger another scan). */
export function isOwnMutation(record: MutationRecord): boolean {
  if (record.type === 'childList') {
    for (const node of Array.from(record.addedNodes)) if (!isOurHost(node)) return false;
    for (const node of Array.from(record.removedNodes)) if (!isOurHost(node)) return false;
    return record.addedNodes.length + record.removedNodes.length > 0;
  }
  return isOurHost(record.target);
}

/** A task after those already queued (unlike nextTask, which may run first where scheduler.yield exists). */
const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Gives the page's own work a turn between chunks (scheduler.yield keeps our place in the queue where it exists). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextMacrotask();
}

/** True from a nextFrameStart callback until the frame it began is rendered: that frame is the next one to finish. */
let frameInProgress = false;

/**
 * Resolves in a task after the browser's next frame (its style and layout done), so geometry read then is already
 * computed; a page in a background tab gets no frames, so after at most `fallbackMs` anyway. Asked during a frame's
 * animation callbacks (see nextFrameStart), that frame is the next: a task posted then runs once it is rendered.
 */
export function afterNextFrame(fallbackMs = 100): Promise<void> {
  if (frameInProgress) return nextMacrotask();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    const fallback = setTimeout(finish, fallbackMs);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(fallback);
      finish();
    }, 0));
  });
}

/**
 * Resolves in the browser's next animation frame callback, just before it styles and lays out that frame: any task
 * after it finds that frame's style computed. A background tab gets no frames: after at most `fallbackMs` then.
 */
export function nextFrameStart(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, fallbackMs);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      frameInProgress = true;
      // a task posted from an animation callback runs after that frame is rendered
      setTimeout(() => {
        frameInProgress = false;
      }, 0);
      resolve();
    });
  });
}

/**
 * Counts the page's changes and whether the browser has rendered a frame since the last one: style read then (from a
 * later task) is already computed, while read right after a change it makes the reader's task restyle what changed.
 */
export function createChangeTracker(afterFrame: () => Promise<void> = nextFrameStart) {
  let version = 0;
  let rendered = 0;
  let watching = false;
  const watch = () => {
    if (watching) return;
    watching = true;
    const seen = version;
    void afterFrame().then(() => {
      watching = false;
      rendered = Math.max(rendered, seen);
      if (version > rendered) watch();
    });
  };
  return {
    changed() {
      version += 1;
      watch();
    },
    get version() {
      return version;
    },
    /** a frame was rendered after the last change */
    get styled() {
      return rendered === version;
    },
    /**
     * Resolves once the page's changes so far are on screen: at once when a frame was rendered after the last one,
     * else after the next frame. Mitate's scans wait for it, so they never hold up the frame that shows the page's own
     * new rows (the badges follow a frame later). After a frame they wait one task more: an answer handed over after
     * the same frame (handOverTime) goes to the background first, as the badges need it there.
     */
    whenRendered(): Promise<void> {
      return rendered === version ? Promise.resolve() : afterNextFrame().then(nextMacrotask);
    },
  };
}

/**
 * When a captured answer goes to the background: after the page's next frame, the one that shows what the page drew
 * from it. Handing over a 0.6 MB list costs the page ~5 ms of cloning, and reading an answer costs the background a
 * core that, on a two-core machine, the page's own frame needs: handed over at once, the frame showing the list's rows
 * ended ~50-80 ms later, and a creator page's ~20-40 ms later, than with the hand-over after it.
 */
export function handOverTime(): Promise<void> {
  return afterNextFrame();
}

/**
 * Runs `scan` at most once at a time; a request while it runs makes it run once more after. A change after a quiet
 * spell is scanned at the next task (the first badges must not wait out a debounce); changes in quick succession are
 * debounced by RESCAN_DELAY_MS. An earlier request moves a pending one forward.
 */
export function createScanScheduler(scan: () => Promise<void>, isValid: () => boolean, now: () => number = () => performance.now()) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = Infinity;
  let running = false;
  let again = false;
  let lastScanEnd = -Infinity;
  const runNow = async () => {
    timer = undefined;
    due = Infinity;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (!isValid()) return;
        await scan();
      } while (again);
    } finally {
      running = false;
      lastScanEnd = now();
    }
  };
  return {
    /** Runs now, in this task (e.g. views just arrived with a message): a timer could wait behind the page's next frame. */
    runNow() {
      if (timer !== undefined) clearTimeout(timer);
      void runNow();
    },
    schedule(delay?: number) {
      const wait = delay ?? (running || now() - lastScanEnd < RESCAN_DELAY_MS ? RESCAN_DELAY_MS : 0);
      const at = now() + wait;
      if (timer !== undefined) {
        if (at >= due) return;
        clearTimeout(timer);
      }
      due = at;
      // A plain timer, not requestIdleCallback: on a busy page idle time comes late, and each scan is already cut
      // into short tasks (see nextTask), so it cannot add a long task.
      timer = setTimeout(() => void runNow(), wait);
    },
  };
}
