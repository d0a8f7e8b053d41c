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
/** The part of a badge every badge has, built once and cloned (cloning is far cheaper than building 40 badges). */
let skeleton: HTMLElement | null = null;

function badgeSkeleton(): HTMLElement {
  if (!skeleton) {
    const button = el('button', 'mt-scoring-badge');
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.append(el('span', 'mt-scoring-badge__score'), el('span', 'mt-scoring-dot'), el('span', 'mt-scoring-badge__verdict'), el('span', 'mt-scoring-badge__tier'));
    const popover = el('div', 'mt-scoring-popover');
    popover.hidden = true;
    popover.tabIndex = -1;
    popover.setAttribute('role', 'region');
    const note = el('button', 'mt-note-button', '✎');
    note.type = 'button';
    const badgeWrap = el('span', 'mt-scoring-badge-wrap');
    badgeWrap.append(button, popover);
    skeleton = el('span', 'mt-list-badge');
    skeleton.append(badgeWrap, note);
  }
  return skeleton.cloneNode(true) as HTMLElement;
}

export function renderBadge(container: HTMLElement, view: BadgeView, openPanel: OpenPanel): void {
  const wrap = badgeSkeleton();
  const badgeWrap = wrap.firstElementChild as HTMLElement;
  const button = badgeWrap.firstElementChild as HTMLButtonElement;
  const popover = button.nextElementSibling as HTMLElement;
  const note = wrap.lastElementChild as HTMLButtonElement;
  const [score, dot, verdict, tier] = Array.from(button.children);
  button.classList.add(`mt-scoring-badge--${view.verdict}`);
  button.setAttribute('aria-label', view.ariaLabel);
  if (view.approx) button.prepend(el('span', 'mt-scoring-badge__approx', '≈'));
  score!.textContent = view.scoreText;
  dot!.classList.add(`mt-scoring-dot--${view.verdict}`);
  verdict!.textContent = view.verdictText;
  tier!.textContent = view.tierText;
  if (view.marker) button.append(el('span', 'mt-scoring-badge__marker', view.marker));
  popover.id = `mt-popover-${++popoverIds}`;
  popover.setAttribute('aria-label', view.ariaLabel);
  button.setAttribute('aria-controls', popover.id);
  note.title = view.labels.openPanel;
  note.setAttribute('aria-label', `${view.labels.openPanel}: ${view.ariaLabel}`);

  // The popover's content is built on first open: a 200-row list must not build 200 hidden popovers.
  let openLink: HTMLButtonElement | null = null;
  let closeLink: HTMLButtonElement | null = null;
  const build = () => {
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
    for (const line of view.footnotes) popover.append(el('p', 'mt-scoring-muted', line));
    openLink = el('button', 'mt-scoring-link', view.labels.openPanel);
    openLink.type = 'button';
    closeLink = el('button', 'mt-scoring-link', view.labels.close);
    closeLink.type = 'button';
    popover.append(openLink, closeLink);
  };

  const setOpen = (open: boolean) => {
    if (open && !openLink) build();
    popover.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (!open) return;
    // A badge near the bottom of the window opens its popover upwards instead of off-screen.
    const below = window.innerHeight - button.getBoundingClientRect().bottom;
    popover.toggleAttribute('data-above', below < Math.min(360, popover.scrollHeight + 8));
  };
  let failed: HTMLElement | null = null;
  const open = (event: Event) => {
    // Only the seller's own click counts: a page script's synthetic click does nothing.
    if (!event.isTrusted) return;
    void openPanel(view.creatorId).then((opened) => {
      if (opened || failed?.isConnected) return;
      failed = el('span', 'mt-open-failed', view.labels.openFailed);
      failed.setAttribute('role', 'status');
      badgeWrap.append(failed);
    });
  };
  const close = () => {
    setOpen(false);
    button.focus();
  };
  // One click and one key listener per badge, on its outer element, for all of its controls.
  wrap.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (button.contains(target)) setOpen(popover.hidden);
    else if (target === note || (openLink && target === openLink)) open(event);
    else if (closeLink && target === closeLink) close();
  });
  wrap.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const target = event.target as Element;
    if (popover.contains(target)) {
      event.preventDefault();
      close();
    } else if (target === button && !popover.hidden) {
      event.preventDefault();
      setOpen(false);
    }
  });

  container.replaceChildren(wrap);
}

/** A card whose data has not arrived (or never will): a plain status line. */
export function renderBadgeStatus(container: HTMLElement, text: string, kind: 'loading' | 'error'): void {
  const span = el('span', `mt-scoring-badge mt-scoring-badge--${kind}`, text);
  span.setAttribute('role', 'status');
  container.replaceChildren(span);
}
