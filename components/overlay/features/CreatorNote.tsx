/** The seller's note on this creator, saved as they type through the background store. */
import type { Lang } from '../../../lib/i18n';
import { NoteEditor } from '../../notes/NoteEditor';
import type { OverlayServices } from '../services';

export function CreatorNote({ lang, creatorId, services }: { lang: Lang; creatorId: string; services: OverlayServices }) {
  const info = services.stored.value.get(creatorId);
  return (
    <NoteEditor key={creatorId} lang={lang} note={info?.note ?? null} state={info ? 'ready' : 'loading'}
      onSave={(patch, baseRevision) => services.saveNote(creatorId, baseRevision, patch)} />
  );
}
