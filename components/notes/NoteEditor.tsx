/**
 * Note editor for one creator: free text, pipeline status, tags, rating, next action, sample details.
 * Saves as the seller types (debounced), one save at a time, each from the revision the last save returned,
 * so an edit from another tab is merged by the store instead of overwritten.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { TIME_ZONE, formatTokyoMinute, localeOf, parseTokyoMinute } from '../../lib/format';
import { MAX_NOTE_TAGS, MAX_TAG_LENGTH, MERGE_SEPARATOR, NOTE_STATUSES, keepBothTexts, rebaseText, type Note, type NotePatch, type NoteStatus } from '../../lib/store';
import type { ProtocolResult, ResponseData } from '../../lib/protocol';
import './notes.css';

/** Wait after the last keystroke before saving; short enough that closing the tab rarely loses anything. */
export const SAVE_DEBOUNCE_MS = 400;

export type SaveResult = ProtocolResult<ResponseData<'saveNote'>>;

export interface NoteEditorProps {
  lang: Lang;
  /** the stored note, null when the creator has none yet */
  note: Note | null;
  /** persists `patch` made on top of `baseRevision`, whose text was `baseText` (e.g. client.saveNote) */
  onSave: (patch: NotePatch, baseRevision: number, baseText: string) => Promise<SaveResult>;
  /** loading state of `note` */
  state?: 'loading' | 'ready' | 'error';
}
// Mount with key={creatorId}: one editor instance edits one creator (pending edits are saved on unmount).

interface Draft {
  text: string;
  status: NoteStatus;
  tagsText: string;
  rating: number | null;
  nextActionAt: number | null;
  sampleCostJpy: number | null;
  sampleTrackingNo: string;
}

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number; merged: boolean }
  | { kind: 'error'; code: string; message: string };

function draftOf(note: Note | null): Draft {
  return {
    text: note?.text ?? '',
    status: note?.status ?? 'candidate',
    tagsText: (note?.tags ?? []).join(', '),
    rating: note?.rating ?? null,
    nextActionAt: note?.nextActionAt ?? null,
    sampleCostJpy: note?.sampleCostJpy ?? null,
    sampleTrackingNo: note?.sampleTrackingNo ?? '',
  };
}

/**
 * The draft showing `saved`, each field kept as typed where it already says what `saved` holds: the seller's own
 * commas between tags and spaces around a tracking number are not rewritten under their fingers after each save.
 */
function draftShowing(current: Draft, saved: Note): Draft {
  const shown = draftOf(saved);
  const sameTags = JSON.stringify(savableTags(splitTags(current.tagsText)).tags) === JSON.stringify(saved.tags);
  const sameTracking = (current.sampleTrackingNo.trim() || null) === saved.sampleTrackingNo;
  return { ...shown, tagsText: sameTags ? current.tagsText : shown.tagsText, sampleTrackingNo: sameTracking ? current.sampleTrackingNo : shown.sampleTrackingNo };
}

/** "美妆, VIP、长期" → ['美妆', 'VIP', '长期']; commas in Chinese and Japanese too. */
export function splitTags(text: string): string[] {
  return [...new Set(text.split(/[,，、]/).map((tag) => tag.trim()).filter((tag) => tag.length > 0))];
}

/** The tags the store accepts (it refuses a whole save with one tag too long): the rest stays in the field, with a hint. */
export function savableTags(tags: readonly string[]): { tags: string[]; dropped: boolean } {
  const kept = tags.filter((tag) => tag.length <= MAX_TAG_LENGTH).slice(0, MAX_NOTE_TAGS);
  return { tags: kept, dropped: kept.length < tags.length };
}

/** The draft with the fields of `patch` (edits not yet saved) taken from `typed` instead. */
function withTyped(draft: Draft, typed: Draft, patch: NotePatch): Draft {
  const next = { ...draft } as unknown as Record<string, unknown>;
  for (const key of Object.keys(patch) as Array<keyof NotePatch>) {
    const draftKey = key === 'tags' ? 'tagsText' : key;
    next[draftKey] = (typed as unknown as Record<string, unknown>)[draftKey];
  }
  return next as unknown as Draft;
}

/**
 * Where the caret goes when the text it is in is replaced by `next` (another window's change merged in): after the
 * same text that followed it, or else after the same text that preceded it, or else at the end.
 */
export function caretAfterReplace(text: string, caret: number, next: string): number {
  const tail = text.slice(caret);
  if (next.endsWith(tail)) return next.length - tail.length;
  return next.startsWith(text.slice(0, caret)) ? caret : next.length;
}

/**
 * `typed` was typed on `textAtSave`, which the store answered with `saved`: the typing on top of `saved`, or null when
 * it clashes with the other window's change. Kept whole beside the other window's text (the store's separator),
 * `textAtSave` is the last part of `saved`, and the typing goes there: a three-way merge could read the other
 * window's copy as the changed part where the two copies start alike.
 */
function textTypedOn(typed: string, textAtSave: string, saved: string): string | null {
  if (saved.endsWith(MERGE_SEPARATOR + textAtSave)) return saved.slice(0, saved.length - textAtSave.length) + typed;
  return rebaseText(typed, textAtSave, saved);
}

/** Error codes of a save the background refuses as it is: saving it again cannot help, so it waits for the next edit. */
const REFUSED = new Set(['bad_request', 'invalid', 'forbidden']);
/** Longest wait between automatic retries of a save that failed for another reason (the worker restarting, a full disk). */
const MAX_RETRY_MS = 30_000;

function timeOfDay(lang: Lang, epochMs: number): string {
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(epochMs);
}

export function NoteEditor({ lang, note, onSave, state = 'ready' }: NoteEditorProps) {
  const [draft, setDraftState] = useState<Draft>(() => draftOf(note));
  // the draft as typed so far, for a save that comes back merged while the seller types on (see flush)
  const draftRef = useRef(draft);
  const textArea = useRef<HTMLTextAreaElement>(null);
  // where the caret goes once a text replaced while the seller types in it is drawn
  const caret = useRef<number | null>(null);
  const setDraft = (next: Draft) => {
    const el = textArea.current;
    // a text replaced from outside while the seller types in it (not the keystroke itself, already shown): the caret
    // stays by the text around it instead of going to the end with the new value
    const shown = next.text.replace(/\r\n?/g, '\n'); // a textarea's value has \n line breaks only
    caret.current = el && document.activeElement === el && el.value !== shown ? caretAfterReplace(el.value, el.selectionEnd, shown) : null;
    draftRef.current = next;
    setDraftState(next);
  };
  useLayoutEffect(() => {
    const at = caret.current;
    caret.current = null;
    if (at !== null) textArea.current?.setSelectionRange(at, at);
  }, [draft.text]);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const revision = useRef(note?.revision ?? 0);
  // the note text at `revision`: what the text typed since was typed on
  const baseText = useRef(note?.text ?? '');
  const pending = useRef<NotePatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const failures = useRef(0);
  const onSaveRef = useRef(onSave);
  onSaveRef.current = onSave;
  const idPrefix = useRef(`mt-notes-${Math.random().toString(36).slice(2, 8)}`).current;

  // A newer note from outside (another window's save, an import) replaces the draft when nothing is waiting to be
  // saved. Edits waiting go to the store from the revision they were typed on, with that text: the store merges them
  // with the newer note (three-way for the text, tags united) and the answer shows the result.
  const latestNote = useRef(note);
  latestNote.current = note;
  const adoptNewer = () => {
    const newer = latestNote.current;
    if (newer && newer.revision > revision.current && Object.keys(pending.current).length === 0 && !inFlight.current) {
      revision.current = newer.revision;
      baseText.current = newer.text;
      setDraft(draftShowing(draftRef.current, newer));
    }
  };
  useEffect(adoptNewer, [note]);

  // Closing the panel (or switching creator) within the debounce window must not drop the last keystrokes: save them
  // now. A closing page runs no unmount cleanup, so it is saved when the page is hidden too.
  useEffect(() => {
    const saveNow = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (Object.keys(pending.current).length > 0) void flushRef.current();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onHidden);
      saveNow();
    };
  }, []);

  const flush = async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return;
    pending.current = {};
    setStatus({ kind: 'saving' });
    const base = revision.current;
    const textAtSave = draftRef.current.text;
    const run = (async () => {
      let result: SaveResult;
      try {
        result = await onSaveRef.current(patch, base, baseText.current);
      } catch (error) {
        result = { ok: false, error: { code: 'unknown', message: String((error as Error)?.message ?? error) } };
      }
      if (result.ok) {
        const saved = result.data.note;
        revision.current = saved.revision;
        baseText.current = saved.text;
        // Show what the store kept (it may hold another window's changes, merged or in fields this save left alone),
        // except fields typed since this save started. Text typed meanwhile was typed on the text saved: it is merged
        // into what the store kept. Where it cannot be (both changed the same words), both are kept whole, one under
        // the other, and saved so from this revision: nothing of either is lost, and nothing is applied twice.
        const current = draftRef.current;
        const next = withTyped(draftShowing(current, saved), current, pending.current);
        let merged = result.data.merged;
        if (pending.current.text !== undefined && saved.text !== textAtSave) {
          const rebased = textTypedOn(current.text, textAtSave, saved.text);
          // both changed the same words: kept whole, one under the other, as the store keeps them
          next.text = rebased ?? keepBothTexts(saved.text, current.text);
          if (rebased === null) merged = true;
          pending.current = { ...pending.current, text: next.text };
        }
        setDraft(next);
        failures.current = 0;
        setStatus({ kind: 'saved', at: saved.updatedAt, merged });
        return true;
      }
      // keep the edit so the next keystroke (or a retry) saves it again
      pending.current = { ...patch, ...pending.current };
      failures.current += 1;
      setStatus({ kind: 'error', code: result.error.code, message: result.error.message });
      return !REFUSED.has(result.error.code);
    })();
    inFlight.current = run.then(() => undefined);
    const retry = await run;
    inFlight.current = null;
    // a newer note that arrived while the save was out (the effect skips it then)
    adoptNewer();
    if (Object.keys(pending.current).length === 0 || timer.current !== null || !retry) return;
    // after a failure, wait longer each time (a restarting worker, a full disk) instead of retrying every 400 ms
    schedule(failures.current === 0 ? SAVE_DEBOUNCE_MS : Math.min(MAX_RETRY_MS, SAVE_DEBOUNCE_MS * 2 ** failures.current));
  };

  const flushRef = useRef(flush);
  flushRef.current = flush;

  const schedule = (delay = SAVE_DEBOUNCE_MS) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void flush();
    }, delay);
  };

  const change = (patch: NotePatch, draftPatch: Partial<Draft>) => {
    pending.current = { ...pending.current, ...patch };
    setDraft({ ...draftRef.current, ...draftPatch });
    setStatus({ kind: 'pending' });
    schedule();
  };

  if (state === 'loading') return <div class="mt-notes-editor mt-notes-editor--loading" aria-busy="true">{t(lang, 'loading')}</div>;
  if (state === 'error') return <div class="mt-notes-editor mt-notes-error" role="alert">{t(lang, 'ntLoadError')}</div>;

  const nextActionDate = draft.nextActionAt === null ? '' : formatTokyoMinute(draft.nextActionAt).slice(0, 10);
  const showSample = draft.status === 'sample_sent' || draft.sampleCostJpy !== null || draft.sampleTrackingNo !== '';

  return (
    <div class="mt-notes-editor">
      <div class="mt-notes-row">
        <label class="mt-notes-field" for={`${idPrefix}-status`}>
          <span class="mt-notes-label">{t(lang, 'ntStatus')}</span>
          <select
            id={`${idPrefix}-status`}
            class="mt-notes-select"
            value={draft.status}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value as NoteStatus;
              change({ status: value }, { status: value });
            }}
          >
            {NOTE_STATUSES.map((value) => (
              <option key={value} value={value}>{t(lang, `ntStatus_${value}`)}</option>
            ))}
          </select>
        </label>
        <label class="mt-notes-field" for={`${idPrefix}-rating`}>
          <span class="mt-notes-label">{t(lang, 'ntRating')}</span>
          <select
            id={`${idPrefix}-rating`}
            class="mt-notes-select"
            value={draft.rating === null ? '' : String(draft.rating)}
            onChange={(event) => {
              const raw = (event.currentTarget as HTMLSelectElement).value;
              const rating = raw === '' ? null : Number(raw);
              change({ rating }, { rating });
            }}
          >
            <option value="">{t(lang, 'ntRatingNone')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>{`${'★'.repeat(n)} ${t(lang, 'ntRatingStars', n)}`}</option>
            ))}
          </select>
        </label>
        <label class="mt-notes-field" for={`${idPrefix}-next`}>
          <span class="mt-notes-label">{t(lang, 'ntNextAction')}</span>
          <input
            id={`${idPrefix}-next`}
            class="mt-notes-input"
            type="date"
            value={nextActionDate}
            onInput={(event) => {
              const raw = (event.currentTarget as HTMLInputElement).value;
              const at = raw === '' ? null : parseTokyoMinute(raw);
              if (raw !== '' && at === null) return;
              change({ nextActionAt: at }, { nextActionAt: at });
            }}
          />
        </label>
      </div>
      <label class="mt-notes-field" for={`${idPrefix}-tags`}>
        <span class="mt-notes-label">{t(lang, 'ntTags')} <span class="mt-notes-hint">({t(lang, 'ntTagsHint')})</span></span>
        <input
          id={`${idPrefix}-tags`}
          class="mt-notes-input"
          type="text"
          value={draft.tagsText}
          onInput={(event) => {
            const raw = (event.currentTarget as HTMLInputElement).value;
            change({ tags: savableTags(splitTags(raw)).tags }, { tagsText: raw });
          }}
        />
        {savableTags(splitTags(draft.tagsText)).dropped ? (
          <span class="mt-notes-warn" role="status">{t(lang, 'ntTagsTooMany', MAX_NOTE_TAGS, MAX_TAG_LENGTH)}</span>
        ) : null}
      </label>
      {showSample && (
        <div class="mt-notes-row">
          <label class="mt-notes-field" for={`${idPrefix}-cost`}>
            <span class="mt-notes-label">{t(lang, 'ntSampleCost')}</span>
            <input
              id={`${idPrefix}-cost`}
              class="mt-notes-input"
              type="number"
              min="0"
              step="1"
              inputMode="numeric"
              value={draft.sampleCostJpy === null ? '' : String(draft.sampleCostJpy)}
              onInput={(event) => {
                const raw = (event.currentTarget as HTMLInputElement).value.trim();
                const yen = raw === '' ? null : Math.round(Number(raw));
                if (yen !== null && (!Number.isFinite(yen) || yen < 0)) return;
                change({ sampleCostJpy: yen }, { sampleCostJpy: yen });
              }}
            />
          </label>
          <label class="mt-notes-field" for={`${idPrefix}-tracking`}>
            <span class="mt-notes-label">{t(lang, 'ntTracking')}</span>
            <input
              id={`${idPrefix}-tracking`}
              class="mt-notes-input"
              type="text"
              value={draft.sampleTrackingNo}
              onInput={(event) => {
                const raw = (event.currentTarget as HTMLInputElement).value;
                change({ sampleTrackingNo: raw.trim() === '' ? null : raw.trim() }, { sampleTrackingNo: raw });
              }}
            />
          </label>
        </div>
      )}
      <label class="mt-notes-field" for={`${idPrefix}-text`}>
        <span class="mt-notes-label">{t(lang, 'ntText')}</span>
        <textarea
          ref={textArea}
          id={`${idPrefix}-text`}
          class="mt-notes-textarea"
          rows={5}
          placeholder={t(lang, 'ntTextPlaceholder')}
          value={draft.text}
          onInput={(event) => {
            const raw = (event.currentTarget as HTMLTextAreaElement).value;
            change({ text: raw }, { text: raw });
          }}
        />
      </label>
      <div class="mt-notes-status" role="status" aria-live="polite">
        {status.kind === 'pending' && <span class="mt-notes-muted">{t(lang, 'ntUnsaved')}</span>}
        {status.kind === 'saving' && <span class="mt-notes-muted">{t(lang, 'ntSaving')}</span>}
        {status.kind === 'saved' && !status.merged && <span class="mt-notes-ok">{t(lang, 'ntSavedAt', timeOfDay(lang, status.at))}</span>}
        {status.kind === 'saved' && status.merged && <span class="mt-notes-warn">{t(lang, 'ntMerged')}</span>}
        {status.kind === 'error' && (
          <span class="mt-notes-danger" role="alert">
            {status.code === 'quota' ? t(lang, 'ntErrorQuota') : t(lang, 'ntErrorSave', status.message)}
          </span>
        )}
      </div>
    </div>
  );
}
