import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n';
import type { PageState } from './page-state';
import { UnreadNotice } from './UnreadNotice';
import './overlay.css';

interface DockProps {
  lang: Lang;
  state: PageState;
  /** Opens by itself on pages where the panel is the main feature (creator detail). */
  defaultOpen?: boolean;
  /** Changes when something (a list badge's note button) asks the dock to open. */
  openRequest?: number;
  storageError?: string | null;
  onOpenDashboard(): void;
  children?: ComponentChildren;
}

/** The fixed corner launcher and panel: never part of the page's flow, so it cannot shift its layout. */
export function Dock({ lang, state, defaultOpen = false, openRequest = 0, storageError, onOpenDashboard, children }: DockProps) {
  const [open, setOpen] = useState(defaultOpen);
  // The affiliate centre is a single-page app: most creator pages are reached by in-app navigation, not a load,
  // so follow defaultOpen when the page kind changes, as a fresh load of that page would.
  useEffect(() => setOpen(defaultOpen), [defaultOpen]);
  useEffect(() => {
    if (openRequest) setOpen(true);
  }, [openRequest]);
  const creators = state.creators.value.size;
  const products = state.products.value.size;
  const orders = state.orders.value.size;
  const seen = state.responsesRead.value > 0;
  const unread = state.unread.value;
  return (
    <div class="mt-dock" data-open={open ? 'true' : 'false'}>
      {open ? (
        <section class="mt-dock-panel" role="region" aria-label={t(lang, 'dockTitle')}
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <header class="mt-dock-header">
            <h2 class="mt-dock-title">{t(lang, 'dockTitle')}</h2>
            <button type="button" class="mt-icon-button" aria-label={t(lang, 'dockClose')} onClick={() => setOpen(false)}>×</button>
          </header>
          <p class="mt-dock-status" aria-live="polite">
            {seen ? t(lang, 'dockReadCount', creators, products, orders) : t(lang, 'dockNothingYet')}
          </p>
          {storageError ? <p class="mt-error" role="alert">{t(lang, 'storageError', storageError)}</p> : null}
          {unread.length ? <UnreadNotice lang={lang} unread={unread} /> : null}
          <div class="mt-dock-body">{children}</div>
          <footer class="mt-dock-footer">
            <span class="mt-muted">{t(lang, 'dockPrivacy')}</span>
            <button type="button" class="mt-link-button" onClick={onOpenDashboard}>{t(lang, 'openDashboard')}</button>
          </footer>
        </section>
      ) : null}
      <button type="button" class="mt-dock-toggle" aria-expanded={open} aria-label={open ? t(lang, 'dockClose') : t(lang, 'dockOpen')}
        onClick={() => setOpen(!open)}>
        <span class="mt-dock-mark">見</span> Mitate
        {creators ? <span class="mt-dock-count">{creators}</span> : null}
        {unread.length ? <span class="mt-dock-alert" aria-hidden="true">!</span> : null}
      </button>
    </div>
  );
}
