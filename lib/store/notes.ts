/** Notes with optimistic concurrency: two tabs editing the same creator never lose an edit. */
import type { MitateDb } from './db';
import { abortOnError, guard, StoreError } from './errors';
import { scoreKeyOf } from './migrations';
import { searchRowOf } from './search';
import { NoteBucketSet, readNotes } from './note-buckets';
import {
  DEFAULT_NOTE_STATUS,
  MAX_TIMELINE_EVENTS,
  NOTE_FIELDS,
  notePatchSchema,
  timelineEventSchema,
  type Note,
  type NoteField,
  type NotePatch,
  type TimelineEvent,
} from './records';
import { rebaseText } from './rebase-text';

/**
 * Put between two texts when both writers changed the note text since the same revision.
 * Language-neutral on purpose: it is stored data, and the seller resolves it by editing.
 */
export const MERGE_SEPARATOR = '\n\n──────── ⇅ merged edit ⇅ ────────\n\n';

/** Two texts both writers changed in the same place: kept whole, the other writer's first (an empty one adds nothing). */
export function keepBothTexts(theirs: string, mine: string): string {
  return theirs.length === 0 ? mine : mine.length === 0 ? theirs : theirs + MERGE_SEPARATOR + mine;
}

export interface SaveNoteInput {
  creatorId: string;
  /** revision the editor started from; 0 when it had no note */
  baseRevision: number;
  patch: NotePatch;
  /** tab/session id of the writer */
  editor: string;
  /**
   * the note text at baseRevision as the writer had it: when another writer changed the text since, the two changes
   * are merged three-way (rebaseText) where they touch different parts, instead of both texts kept whole
   */
  baseText?: string;
}

export interface SaveNoteResult {
  note: Note;
  /** true when another writer saved since baseRevision and the two edits were combined */
  merged: boolean;
  /** fields both writers changed (text kept both versions; for the others this patch won, tags were united) */
  conflictFields: NoteField[];
}

export function emptyNote(creatorId: string, now: number, editor: string): Note {
  return {
    creatorId,
    text: '',
    status: DEFAULT_NOTE_STATUS,
    tags: [],
    rating: null,
    nextActionAt: null,
    sampleCostJpy: null,
    sampleTrackingNo: null,
    revision: 0,
    fieldRevisions: {},
    updatedAt: now,
    updatedBy: editor,
    timeline: [],
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag.length > 0))];
}

/**
 * Pure merge step, exported for tests: applies `patch` on `current` made from `baseRevision`.
 * A field the other writer changed after baseRevision is a conflict; text keeps both (merged three-way when the writer
 * sent its base text and the changes touch different parts, else both whole), tags unite, others take the patch.
 */
export function mergeNote(current: Note, input: SaveNoteInput, now: number): SaveNoteResult {
  const revision = current.revision + 1;
  const next: Note = { ...current, fieldRevisions: { ...current.fieldRevisions }, revision, updatedAt: now, updatedBy: input.editor };
  const stale = current.revision !== input.baseRevision;
  const conflictFields: NoteField[] = [];
  for (const field of NOTE_FIELDS) {
    if (!(field in input.patch)) continue;
    const incoming = input.patch[field];
    if (incoming === undefined) continue;
    const existing = current[field];
    if (sameValue(existing, incoming)) continue;
    const otherChanged = stale && (current.fieldRevisions[field] ?? 0) > input.baseRevision;
    if (otherChanged) {
      conflictFields.push(field);
      if (field === 'text') {
        const mine = incoming as string;
        const theirs = existing as string;
        const merged = input.baseText === undefined ? null : rebaseText(mine, input.baseText, theirs);
        next.text = merged ?? keepBothTexts(theirs, mine);
      } else if (field === 'tags') {
        next.tags = uniqueTags([...(existing as string[]), ...(incoming as string[])]);
      } else {
        (next as Record<NoteField, unknown>)[field] = incoming;
      }
    } else {
      (next as Record<NoteField, unknown>)[field] = field === 'tags' ? uniqueTags(incoming as string[]) : incoming;
    }
    next.fieldRevisions[field] = revision;
  }
  if (next.status !== current.status) {
    // every status change is dated and kept; the editor's status select is one way of recording it
    next.timeline = withEvent(current.timeline, {
      id: `r${revision}`, status: next.status, at: now, recordedAt: now,
      costJpy: null, shippingJpy: null, trackingNo: null, dueAt: null, memo: '',
    });
  }
  return { note: next, merged: conflictFields.length > 0, conflictFields };
}

/** Events in date order (stable for equal dates); the oldest are dropped past MAX_TIMELINE_EVENTS. */
function withEvent(timeline: readonly TimelineEvent[], event: TimelineEvent): TimelineEvent[] {
  const next = [...timeline, event].sort((a, b) => a.at - b.at);
  return next.length > MAX_TIMELINE_EVENTS ? next.slice(next.length - MAX_TIMELINE_EVENTS) : next;
}

export interface TimelineEventInput {
  creatorId: string;
  event: Omit<TimelineEvent, 'id' | 'recordedAt'>;
  editor: string;
}

/**
 * Pure: adds a dated event, keeping every earlier one. The note's status becomes the latest-dated event's status, and
 * a sample cost or tracking number on the event also fills the note's sample fields when those are empty.
 */
export function addEventToNote(current: Note, input: TimelineEventInput, now: number): Note {
  const revision = current.revision + 1;
  const event: TimelineEvent = { ...input.event, id: `e${revision}`, recordedAt: now };
  const timeline = withEvent(current.timeline, event);
  const status = timeline[timeline.length - 1]!.status;
  const next: Note = {
    ...current, timeline, status, revision, updatedAt: now, updatedBy: input.editor,
    fieldRevisions: { ...current.fieldRevisions, timeline: revision },
  };
  if (status !== current.status) next.fieldRevisions.status = revision;
  if (event.costJpy != null && current.sampleCostJpy == null) {
    next.sampleCostJpy = event.costJpy;
    next.fieldRevisions.sampleCostJpy = revision;
  }
  if (event.trackingNo && !current.sampleTrackingNo) {
    next.sampleTrackingNo = event.trackingNo;
    next.fieldRevisions.sampleTrackingNo = revision;
  }
  return next;
}

/** Validates and appends one timeline event in one transaction (and mirrors the status onto the creator). */
export async function addTimelineEvent(db: MitateDb, input: TimelineEventInput, now: number): Promise<Note> {
  const parsed = timelineEventSchema.safeParse({ ...input.event, id: 'new', recordedAt: now });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError('invalid', `Invalid timeline field ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`, {
      store: 'notes', field: `timeline.${issue?.path.join('.') ?? ''}`,
    });
  }
  if (!input.creatorId) throw new StoreError('invalid', 'creatorId is required', { store: 'notes', field: 'creatorId' });
  const { id: _id, recordedAt: _recordedAt, ...event } = parsed.data;
  return guard(async () => {
    const tx = db.transaction(['noteBuckets', 'creators', 'counts'], 'readwrite');
    return abortOnError(tx, async () => {
      const notes = new NoteBucketSet(tx);
      await notes.load([input.creatorId]);
      const current = notes.get(input.creatorId) ?? emptyNote(input.creatorId, now, input.editor);
      const note = addEventToNote(current, { ...input, event }, now);
      notes.put(note);
      await notes.flush();
      const creators = tx.objectStore('creators');
      const creator = await creators.get(input.creatorId);
      if (creator && creator.status !== note.status) await creators.put({ ...creator, status: note.status, scoreKey: scoreKeyOf(creator.score) });
      await tx.done;
      return note;
    });
  });
}

export async function getNote(db: MitateDb, creatorId: string): Promise<Note | null> {
  return (await getNotes(db, [creatorId])).get(creatorId) ?? null;
}

/** These creators' notes, by creator id (a creator without a note is absent), in one read-only transaction. */
export async function getNotes(db: MitateDb, creatorIds: readonly string[]): Promise<Map<string, Note>> {
  return guard(async () => {
    const tx = db.transaction(['noteBuckets'], 'readonly');
    const notes = await readNotes(tx, creatorIds);
    await tx.done;
    return notes;
  });
}

/**
 * Reads the current note and writes the merged one in ONE transaction, so no other save can slip in between.
 * Also mirrors the status onto the creator record (for the dashboard's status index).
 */
export async function saveNote(db: MitateDb, input: SaveNoteInput, now: number): Promise<SaveNoteResult> {
  const parsed = notePatchSchema.safeParse(input.patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError('invalid', `Invalid note field ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`, {
      store: 'notes',
      field: issue?.path.join('.'),
    });
  }
  if (!input.creatorId) throw new StoreError('invalid', 'creatorId is required', { store: 'notes', field: 'creatorId' });
  const patched: SaveNoteInput = { ...input, patch: parsed.data };
  return guard(async () => {
    const tx = db.transaction(['noteBuckets', 'creators', 'search', 'counts'], 'readwrite');
    return abortOnError(tx, async () => {
    const notes = new NoteBucketSet(tx);
    const creators = tx.objectStore('creators');
    const [, creator] = await Promise.all([notes.load([input.creatorId]), creators.get(input.creatorId)]);
    const current = notes.get(input.creatorId) ?? emptyNote(input.creatorId, now, input.editor);
    const result = mergeNote(current, patched, now);
    notes.put(result.note);
    const writes: Array<Promise<unknown>> = [notes.flush()];
    if (creator && creator.status !== result.note.status) {
      writes.push(creators.put({ ...creator, status: result.note.status, scoreKey: scoreKeyOf(creator.score) }));
    }
    // the note's text and tags are searchable (a note without its creator gets its row when the creator is seen)
    if (creator) writes.push(tx.objectStore('search').put(searchRowOf(creator, result.note)));
    await Promise.all(writes);
    await tx.done;
    return result;
    });
  });
}
