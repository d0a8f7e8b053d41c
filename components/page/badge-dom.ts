/**
 * Renders a badge view into a shadow-root container with plain DOM and text nodes only (page data is never parsed
 * as HTML). Display-only: the one action, ✎ / "open in side panel", asks the background to show the creator there.
 */
import type { BadgeView } from '../../lib/page-view/schemas';

type OpenPanel = (creatorId: string) => Promise<boolean>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

let popoverIds = 0;

export function renderBadge(container: HTMLElement, view: BadgeView, openPanel: OpenPanel): void {
  const wrap = el('span', 'mt-list-badge');
  const badgeWrap = el('span', 'mt-scoring-badge-wrap');
  const button = el('button', `mt-scoring-badge mt-scoring-badge--${view.verdict}`);
  button.type = 'button';
  button.setAttribute('aria-label', view.ariaLabel);
  button.setAttribute('aria-expanded', 'false');
  if (view.approx) button.append(el('span', 'mt-scoring-badge__approx', '≈'));
  button.append(
    el('span', 'mt-scoring-badge__score', view.scoreText),
    el('span', `mt-scoring-dot mt-scoring-dot--${view.verdict}`),
    el('span', 'mt-scoring-badge__verdict', view.verdictText),
    el('span', 'mt-scoring-badge__tier', view.tierText),
  );
  if (view.marker) button.append(el('span', 'mt-scoring-badge__marker', view.marker));

  const popover = el('div', 'mt-scoring-popover');
  popover.id = `mt-popover-${++popoverIds}`;
  popover.hidden = true;
  popover.tabIndex = -1;
  popover.setAttribute('role', 'region');
  popover.setAttribute('aria-label', view.ariaLabel);
  button.setAttribute('aria-controls', popover.id);
  // The popover's content is built on first open: a 200-row list must not build 200 hidden popovers.
  let built = false;
  const openLink = el('button', 'mt-scoring-link', view.labels.openPanel);
  openLink.type = 'button';
  const closeLink = el('button', 'mt-scoring-link', view.labels.close);
  closeLink.type = 'button';
  const build = () => {
    built = true;
    popover.append(el('p', 'mt-scoring-basis-note', view.checkText));
    if (view.factors.length) {
      popover.append(el('h4', 'mt-scoring-popover__h', view.labels.factors));
      const list = el('ul', 'mt-scoring-popover__list');
      for (const line of view.factors) list.append(el('li', undefined, line));
      popover.append(list);
    }
    popover.append(el('h4', 'mt-scoring-popover__h', view.labels.warnings));
    if (!view.warnings.length) popover.append(el('p', 'mt-scoring-muted', view.labels.noWarnings));
    else {
      const list = el('ul', 'mt-scoring-popover__list');
      for (const w of view.warnings) list.append(el('li', `mt-scoring-signal mt-scoring-signal--${w.severity}`, w.text));
      popover.append(list);
    }
    for (const note of view.footnotes) popover.append(el('p', 'mt-scoring-muted', note));
    popover.append(openLink, closeLink);
  };

  const note = el('button', 'mt-note-button', '✎');
  note.type = 'button';
  note.title = view.labels.openPanel;
  note.setAttribute('aria-label', `${view.labels.openPanel}: ${view.ariaLabel}`);

  const setOpen = (open: boolean) => {
    if (open && !built) build();
    popover.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (!open) return;
    // A badge near the bottom of the window opens its popover upwards instead of off-screen.
    const below = window.innerHeight - button.getBoundingClientRect().bottom;
    popover.toggleAttribute('data-above', below < Math.min(360, popover.scrollHeight + 8));
  };
  const failed = el('span', 'mt-open-failed', view.labels.openFailed);
  failed.setAttribute('role', 'status');
  const open = (event: Event) => {
    // Only the seller's own click counts: a page script's synthetic click does nothing.
    if (!event.isTrusted) return;
    void openPanel(view.creatorId).then((opened) => {
      if (!opened && !failed.isConnected) badgeWrap.append(failed);
    });
  };
  button.addEventListener('click', () => setOpen(popover.hidden));
  closeLink.addEventListener('click', () => {
    setOpen(false);
    button.focus();
  });
  openLink.addEventListener('click', open);
  note.addEventListener('click', open);
  popover.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setOpen(false);
    button.focus();
  });
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popover.hidden) {
      event.preventDefault();
      setOpen(false);
    }
  });

  badgeWrap.append(button, popover);
  wrap.append(badgeWrap, note);
  container.replaceChildren(wrap);
}

/** A card whose data has not arrived (or never will): a plain status line. */
export function renderBadgeStatus(container: HTMLElement, text: string, kind: 'loading' | 'error'): void {
  const span = el('span', `mt-scoring-badge mt-scoring-badge--${kind}`, text);
  span.setAttribute('role', 'status');
  container.replaceChildren(span);
}
