/**
 * Affiliate-page content script (isolated world): receives the page's own API responses from the page reader,
 * keeps them in page state, sends dated snapshots to the background store, and mounts Mitate's overlays.
 */
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { AFFILIATE_MATCHES } from '../../lib/seller-center/hosts';
import { createPageState } from '../../components/overlay/page-state';
import { OverlayApp } from '../../components/overlay/OverlayApp';
import { createOverlayServices } from '../../components/overlay/services';
import { startInlineOverlays } from '../../components/overlay/inline-overlays';
import { receiveCaptures } from './receive-captures';
import type { CapturedResponse } from '../../lib/bridge';
import '../../components/overlay/overlay.css';

export default defineContentScript({
  matches: AFFILIATE_MATCHES,
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const state = createPageState(location.href);
    const services = createOverlayServices(state);
    // Normalising a 200-creator response takes tens of ms: do it in our own task, not inside the page's fetch
    // handling (where it made one long task of the page's), in arrival order.
    const pending: CapturedResponse[] = [];
    const ingestPending = () => {
      for (let capture = pending.shift(); capture; capture = pending.shift()) {
        const data = state.ingest(capture);
        if (data) services.queueForStore(data);
      }
    };
    // Synchronous, before any page script: see lib/bridge.
    const stop = receiveCaptures((capture) => {
      if (pending.push(capture) === 1) setTimeout(ingestPending, 0);
    });
    ctx.onInvalidated(stop);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      state.url.value = newUrl.href;
    });
    // A seller who glances at a creator and closes the tab within the batch delay must not lose what was read.
    ctx.addEventListener(window, 'pagehide', () => {
      ingestPending();
      services.flushNow();
    });
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState !== 'hidden') return;
      ingestPending();
      services.flushNow();
    });

    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    await services.loadSettings();

    const ui = await createShadowRootUi(ctx, {
      name: 'mitate-dock',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount(container) {
        const root = document.createElement('div');
        container.append(root);
        render(<OverlayApp state={state} services={services} />, root);
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
      },
    });
    ui.mount();

    // Reuse the stylesheet WXT already loaded into the dock for the small in-row hosts.
    const css = Array.from(ui.shadow.querySelectorAll('style'), (style) => style.textContent ?? '').join('\n');
    startInlineOverlays(ctx, state, services, css);
  },
});
