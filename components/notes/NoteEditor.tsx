/**
 * Note editor for one creator: free text, pipeline status, tags, rating, next action, sample details.
 * Saves as the seller types (debounced), one save at a time, each from the revision the last save returned,
 * so an edit from another tab is merged by the store instead of overwritten.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { TIME_ZONE, formatTokyoMinute, localeOf, parseTokyoMinute } from '../../lib/format';
import { NOTE_STATUSES, type Note, type NotePatch, type NoteStatus } from '../../lib/store';
import type { ProtocolResult, ResponseData } from '../../lib/protocol';
import './notes.css';

/** Wait after the last keystroke before saving; short enough that closing the tab rarely loses anything. */
export const SAVE_DEBOUNCE_MS = 400;

export type SaveResult = ProtocolResult<ResponseData<'saveNote'>>;

export interface NoteEditorProps {
  lang: Lang;
  /** the stored note, null when the creator has none yet */
  note: Note | null;
  /** persists `patch` made on top of `baseRevision` (e.g. client.saveNote) */
  onSave: (patch: NotePatch, baseRevision: number) => Promise<SaveResult>;
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

/** "美妆, VIP、长期" → ['美妆', 'VIP', '长期']; commas in Chinese and Japanese too. */
export function splitTags(text: string): string[] {
  return [...new Set(text.split(/[,，、]/).map((tag) => tag.trim()).filter((tag) => tag.length > 0))];
}

function timeOfDay(lang: Lang, epochMs: number): string {
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(epochMs);
}

export function NoteEditor({ lang, note, onSave, state = 'ready' }: NoteEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(note));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const revision = useRef(note?.revision ?? 0);
  const pending = useRef<NotePatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const onSaveRef = useRef(onSave);
  onSaveRef.current = onSave;
  const idPrefix = useRef(`mt-notes-${Math.random().toString(36).slice(2, 8)}`).current;

  // a newer note from outside (another tab's save, reload) replaces the draft when nothing is waiting to be saved
  useEffect(() => {
    if (note && note.revision > revision.current && Object.keys(pending.current).length === 0 && !inFlight.current) {
      revision.current = note.revision;
      setDraft(draftOf(note));
    }
  }, [note]);

  // closing the panel within the debounce window must not drop the last keystrokes: save them now
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (Object.keys(pending.current).length > 0) void flushRef.current();
  }, []);

  const flush = async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return;
    pending.current = {};
    setStatus({ kind: 'saving' });
    const run = (async () => {
      let result: SaveResult;
      try {
        result = await onSaveRef.current(patch, revision.current);
      } catch (error) {
        result = { ok: false, error: { code: 'unknown', message: String((error as Error)?.message ?? error) } };
      }
      if (result.ok) {
        const saved = result.data.note;
        revision.current = saved.revision;
        if (result.data.merged) {
          // show what the store kept, except fields typed since this save started
          const fresh = draftOf(saved);
          setDraft((current) => {
            const next = { ...fresh };
            for (const key of Object.keys(pending.current) as Array<keyof NotePatch>) {
              const draftKey = key === 'tags' ? 'tagsText' : key;
              (next as unknown as Record<string, unknown>)[draftKey] = (current as unknown as Record<string, unknown>)[draftKey];
            }
            return next;
          });
        }
        setStatus({ kind: 'saved', at: saved.updatedAt, merged: result.data.merged });
      } else {
        // keep the edit so the next keystroke (or retry) saves it again
        pending.current = { ...patch, ...pending.current };
        setStatus({ kind: 'error', code: result.error.code, message: result.error.message });
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    if (Object.keys(pending.current).length > 0 && timer.current === null) schedule();
  };

  const flushRef = useRef(flush);
  flushRef.current = flush;

  const schedule = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void flush();
    }, SAVE_DEBOUNCE_MS);
  };

  const change = (patch: NotePatch, draftPatch: Partial<Draft>) => {
    pending.current = { ...pending.current, ...patch };
    setDraft((current) => ({ ...current, ...draftPatch }));
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
            change({ tags: splitTags(raw) }, { tagsText: raw });
          }}
        />
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
                if (yen !== null && !Number.isFinite(yen)) return;
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
