/**
 * Isolated-world receiver at document_start: takes each response the MAIN-world page reader captured (see lib/bridge)
 * and forwards it to the background, which reads, scores and stores it. Tiny on purpose: it runs before the page.
 * A forward that fails (worker restarting, extension reloading) is kept, bounded, and retried with backoff.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { AFFILIATE_MATCHES } from '../lib/seller-center/hosts';
import { receiveCaptures, type ReceivedCapture } from '../components/page/receive-captures';
import { ask } from '../components/page/messaging';
import { handOverTime } from '../components/page/scheduler';

const MAX_WAITING = 20;
const MAX_ATTEMPTS = 6;

export default defineContentScript({
  matches: AFFILIATE_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    const waiting: Array<{ capture: ReceivedCapture; attempt: number }> = [];
    // This page load, for the background's per-visit bound.
    const visit = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
    let timer: ReturnType<typeof setTimeout> | undefined;

    const forward = async (capture: ReceivedCapture, attempt: number) => {
      const reply = await ask({ type: 'capture', ...capture, visit });
      // kept for another try only when the background could not take it (restarting, busy), not when it refused it
      if (reply.ok || reply.refused || ctx.isInvalid) return;
      if (attempt >= MAX_ATTEMPTS) return;
      if (waiting.length >= MAX_WAITING) waiting.shift();
      waiting.push({ capture, attempt: attempt + 1 });
      timer ??= setTimeout(retry, 500 * 2 ** Math.min(attempt, 5));
    };
    const retry = () => {
      timer = undefined;
      for (const item of waiting.splice(0)) void forward(item.capture, item.attempt);
    };

    // Synchronous, before any page script: see lib/bridge. Answers go once the page has drawn them (handOverTime).
    const stop = receiveCaptures((capture) => void handOverTime().then(() => forward(capture, 1)));
    ctx.onInvalidated(stop);
  },
});
