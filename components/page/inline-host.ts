/**
 * Small shadow-root hosts placed inside Seller Center's own rows (badges, commission chips). The host is
 * zero-sized and its content absolutely positioned, so inserting it never moves the page's layout.
 */
export interface InlineHost {
  host: HTMLElement;
  container: HTMLElement;
}

/**
 * Appended after the shared styles (which reset :host with `all: initial !important`). Where a badge sits beside a
 * truncating handle (data-mt-place, see components/page/features/creator-badges.ts) CSS alone puts it there: no
 * geometry is read, so placing badges never forces a layout of the page.
 */
const HOST_BOX = ':host{display:inline-block !important;position:relative !important;width:0 !important;height:0 !important;overflow:visible !important;vertical-align:top !important;}'
  // an item of a flex/grid row: centred on the row's cross axis, the badge centred on it
  + ':host([data-mt-place=row]){align-self:center !important;}'
  // under a block handle: a zero-height block as wide as the handle's box adds no line box and no width
  + ':host([data-mt-place=stacked]){display:block !important;width:auto !important;align-self:stretch !important;}';

export type InlineHosts = ReturnType<typeof createInlineHosts>;

export function createInlineHosts(sharedCss: string) {
  const cssText = `${sharedCss}\n${HOST_BOX}`;
  // parsed on the first host, not at start: most page loads place nothing for a while, some never
  let sheet: CSSStyleSheet | null | undefined;
  const sharedSheet = (): CSSStyleSheet | null => {
    if (sheet !== undefined) return sheet;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(cssText);
    } catch {
      sheet = null; // older engines: fall back to a <style> per host
    }
    return sheet;
  };
  const hosts = new WeakMap<Element, Map<string, InlineHost>>();

  return {
    /** Returns the host of `tag` inside `anchor` (right after `after`, a child of anchor, when given), creating it on first use. */
    ensure(anchor: Element, tag: string, after?: Element): InlineHost {
      let byTag = hosts.get(anchor);
      const existing = byTag?.get(tag);
      if (existing && existing.host.isConnected) return existing;
      const host = document.createElement(tag);
      // Clicks on a badge must not reach the page's own row handlers (which would open the creator).
      for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup']) {
        host.addEventListener(type, (event) => event.stopPropagation());
      }
      const shadow = host.attachShadow({ mode: 'open' });
      const sheet = sharedSheet();
      if (sheet) shadow.adoptedStyleSheets = [sheet];
      else {
        const style = document.createElement('style');
        style.textContent = cssText;
        shadow.append(style);
      }
      const container = document.createElement('div');
      container.className = 'mt-inline';
      shadow.append(container);
      if (after && after.parentElement === anchor) after.after(host);
      else anchor.append(host);
      const created = { host, container };
      if (!byTag) hosts.set(anchor, (byTag = new Map()));
      byTag.set(tag, created);
      return created;
    },
  };
}
