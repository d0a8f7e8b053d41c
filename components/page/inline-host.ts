/**
 * Small shadow-root hosts placed inside Seller Center's own rows (badges, commission chips). A badge host is
 * zero-sized and its content absolutely positioned, so inserting it never moves the page's rows; a chip host is an
 * inline box of its own right after its figure, so it can never cover the page's text.
 */
export interface InlineHost {
  host: HTMLElement;
  container: HTMLElement;
}

/** Appended after the shared styles (which reset :host with `all: initial !important`). */
const HOST_BOX = ':host{display:inline-block !important;position:relative !important;width:0 !important;height:0 !important;overflow:visible !important;vertical-align:top !important;}'
  // beside a block-level element: a zero-height block adds no line box (an inline-block would add the line's height)
  + ':host([data-mt-block]){display:block !important;}'
  // A chip takes its own place in the line after the figure (a zero-size overlay had to sit on someone's text:
  // in a dense table there is no free space beside a figure). Only the line that holds the figure can grow.
  // a badge with no room beside its handle takes its own place in the line (creator-badges.ts roomBeside)
  + ':host([data-mt-flow]){display:inline-block !important;width:auto !important;height:auto !important;margin:0 0 0 6px !important;vertical-align:middle !important;}'
  + ':host(mitate-chip),:host(mitate-breakeven){display:inline-block !important;width:auto !important;height:auto !important;margin:0 0 0 6px !important;vertical-align:middle !important;}';

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
  /** every host placed, to take them all away when this script stops (those the page removed are dropped as we go) */
  const placed = new Set<HTMLElement>();
  let pruneAt = 2_000;

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
      if (placed.size >= pruneAt) {
        for (const old of placed) if (!old.isConnected) placed.delete(old);
        pruneAt = Math.max(2_000, placed.size * 2);
      }
      placed.add(host);
      const created = { host, container };
      if (!byTag) hosts.set(anchor, (byTag = new Map()));
      byTag.set(tag, created);
      return created;
    },
    /**
     * Removes every host placed. When the extension is updated or reloaded, the old script stops and nothing would
     * move its badges with the page's rows any more: they would sit beside other creators.
     */
    removeAll(): void {
      for (const host of placed) host.remove();
      placed.clear();
    },
  };
}
