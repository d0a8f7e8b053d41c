/**
 * What the commission chip and the break-even chip share: where a chip goes beside a page figure, and a text-only
 * chip (no input, no link), so both sit in the line and never on the page's text.
 */
import type { InlineHost, InlineHosts } from './inline-host';

/**
 * The chip's host for a figure: an input's chip goes right after the input's own box (its group with the % suffix),
 * never inside it; a text figure's chip goes inside the figure's element, after its text. Null when detached.
 */
export function chipHost(hosts: InlineHosts, figure: Element, tag: string): InlineHost | null {
  const inputBox = figure instanceof HTMLInputElement ? figure.parentElement : null;
  if (figure instanceof HTMLInputElement && !inputBox) return null;
  const anchor = inputBox ? inputBox.parentElement : figure;
  if (!anchor || !anchor.isConnected) return null;
  return hosts.ensure(anchor, tag, inputBox ?? undefined);
}

/**
 * The chips one feature shows: after each update only those it drew stay. A figure that went away or changed, or
 * whose view is now none (a row reused for a product Mitate does not know), loses its chip instead of keeping the
 * last one's.
 */
export function createShownChips() {
  let shown = new Set<HTMLElement>();
  return {
    keepOnly(drawn: Set<HTMLElement>) {
      for (const host of shown) if (!drawn.has(host)) host.remove();
      shown = drawn;
    },
  };
}

export interface TextChip {
  className: string;
  title: string;
  ariaLabel: string;
  data: Record<string, string>;
  /** the figure (a rate), then the qualifier shown after " · " */
  main: { className: string; text: string };
  qualifier: { className: string; text: string };
}

/** A focusable, text-only chip: page-derived strings only ever land in textContent, title and aria-label. */
export function renderTextChip(spec: TextChip): HTMLElement {
  const chip = document.createElement('span');
  chip.className = spec.className;
  chip.tabIndex = 0;
  chip.title = spec.title;
  for (const [key, value] of Object.entries(spec.data)) chip.dataset[key] = value;
  chip.setAttribute('aria-label', spec.ariaLabel);
  const main = document.createElement('span');
  main.className = spec.main.className;
  main.textContent = spec.main.text;
  const qualifier = document.createElement('span');
  qualifier.className = spec.qualifier.className;
  qualifier.textContent = ` · ${spec.qualifier.text}`;
  chip.append(main, qualifier);
  return chip;
}
