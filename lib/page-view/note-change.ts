/** The background's announcement of a saved note (storage-keys NOTE_CHANGED_KEY), read back with its shape checked. */
import { noteChangeSchema, type NoteChange } from './schemas';

export function readNoteChange(value: unknown): NoteChange | null {
  const parsed = noteChangeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
