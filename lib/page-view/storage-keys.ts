/**
 * Keys in the browser's extension storage: the per-tab view lives in storage.session under `tab:<id>`, settings
 * changes bump a counter in storage.local that every open page and tab watches, a note saved is announced in
 * storage.session, and text sent from the context menu to the copy check waits in storage.session.
 */
export const TAB_VIEW_KEY_PREFIX = 'tab:';
export const SETTINGS_VERSION_KEY = 'mitate:settingsVersion';

export function tabViewKey(tabId: number): string {
  return `${TAB_VIEW_KEY_PREFIX}${tabId}`;
}

/**
 * storage.session key the background sets after each note save or timeline entry ({ creatorId, revision, editor }):
 * open side panels showing that creator load the newer note, so two windows do not edit apart.
 */
export const NOTE_CHANGED_KEY = 'mitate:noteChanged';

/** storage.session key holding text the seller selected on a page and sent to the copy check. */
export const PENDING_COPY_KEY = 'pendingCopyCheck';
