/** The background's announcement of a saved note (storage-keys NOTE_CHANGED_KEY), read back with its shape checked. */
import type { NoteChange } from '../protocol';

export function readNoteChange(value: unknown): NoteChange | null {
  if (!value || typeof value !== 'object') return null;
  const { creatorId, revision, editor } = value as Record<string, unknown>;
  if (typeof creatorId !== 'string' || typeof editor !== 'string' || typeof revision !== 'number' || !Number.isSafeInteger(revision)) return null;
  return { creatorId, revision, editor };
}
