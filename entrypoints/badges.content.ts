/**
 * Display-only marks on Seller Center pages (after the page has loaded): score badges and commission chips, from
 * views the background builds. No editable element and no private data ever goes into the page's DOM; the seller's
 * desk (creator panel, notes, ROI) is the side panel, which the page cannot reach.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { AFFILIATE_MATCHES } from '../lib/seller-center/hosts';
import { pageKindOf } from '../lib/seller-center/endpoints';
import { createInlineHosts } from '../components/page/inline-host';
import { createFeatureRunner } from '../components/page/registry';
import { createChangeTracker, createScanScheduler, isOwnMutation } from '../components/page/scheduler';
import { ask, onRefresh } from '../components/page/messaging';
import { PAGE_FEATURES } from '../components/page/features';
import { acceptRefresh } from '../components/page/features/creator-badges';
import { MAX_PAGE_URL_CHARS, type BadgePush } from '../lib/page-view/push';
import { SETTINGS_VERSION_KEY } from '../lib/page-view/storage-keys';
import css from '../components/page/page.css?inline';

export default defineContentScript({
  matches: AFFILIATE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const hosts = createInlineHosts(css);
    const isValid = () => !ctx.isInvalid;
    // goes up when the background has fresher views (after it read or stored an answer) or settings changed
    let freshness = 0;
    const fresher = (push: BadgePush | null = null) => {
      freshness += 1;
      acceptRefresh(push, freshness);
      // views that came with the message are drawn at once (after the frame showing the page's latest change)
      if (push) schedulers.forEach((own) => own.runNow());
      else scheduler.schedule(0);
    };
    // One scheduler per feature: a feature waiting on a slow answer (chips on a first learn) never holds up another.
    const report = (feature: string, message: string) => void ask({ type: 'reportFeatureFailure', feature, message });
    const schedulers = PAGE_FEATURES.map((feature) => {
      const runner = createFeatureRunner([feature], report);
      const own = createScanScheduler(
        // after the frame that shows the page's latest change: Mitate's work never holds that frame up
        () => changes.whenRendered().then(() => runner.run({
          pageKind: pageKindOf(location.href), url: location.href.slice(0, MAX_PAGE_URL_CHARS), hosts, isValid, requestUpdate: (delay) => own.schedule(delay), freshness,
          pageVersion: changes.version, pageStyled: changes.styled,
        })),
        isValid,
      );
      return own;
    });
    const scheduler = { schedule: (delay?: number) => schedulers.forEach((own) => own.schedule(delay)) };
    // the page's own changes (not our hosts): an update with none since the last reuses what it read
    const changes = createChangeTracker();
    const pageChanged = () => {
      changes.changed();
      scheduler.schedule();
    };
    const observer = new MutationObserver((records) => {
      // Our own hosts changing must not trigger another scan.
      if (records.every(isOwnMutation)) return;
      pageChanged();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
    ctx.onInvalidated(() => {
      observer.disconnect();
      hosts.removeAll();
    });
    // Input values typed by the seller change no attribute.
    ctx.addEventListener(document, 'input', pageChanged, { capture: true });
    ctx.addEventListener(window, 'resize', pageChanged);
    ctx.addEventListener(window, 'wxt:locationchange', pageChanged);
    ctx.onInvalidated(onRefresh(fresher));
    const storage = (globalThis as unknown as { chrome?: { storage?: { onChanged?: { addListener(fn: (changes: Record<string, unknown>) => void): void } } } }).chrome?.storage;
    storage?.onChanged?.addListener((changes) => {
      if (SETTINGS_VERSION_KEY in changes) fresher(null);
    });
    scheduler.schedule(0);
    // Cards still without data when the wait is over turn from "scoring…" to "unavailable".
    ctx.setTimeout(() => scheduler.schedule(0), 8_100);
  },
});
