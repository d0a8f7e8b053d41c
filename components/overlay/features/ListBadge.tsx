/** Find creators list: the score badge on one creator card. */
import { t, type Lang } from '../../../lib/i18n';
import type { Creator } from '../../../lib/model';
import { CreatorBadge } from '../../scoring/CreatorBadge';
import type { OverlayServices } from '../services';

/** After this long without the page's data for a card, the badge stops saying "scoring…". */
export const LIST_DATA_WAIT_MS = 8000;

export function ListBadge({ lang, creator, services, handle }: { lang: Lang; creator: Creator | null; services: OverlayServices; handle: string | null }) {
  // The list response has medians only; videos seen earlier on the detail page make the score richer.
  if (!creator) return <CreatorBadge lang={lang} assessment={null} state={handle && performance.now() < LIST_DATA_WAIT_MS ? 'loading' : 'error'} />;
  const assessment = services.assessmentOf(creator);
  return (
    <span class="mt-list-badge">
      <CreatorBadge lang={lang} assessment={assessment} />
      <button type="button" class="mt-note-button" aria-label={t(lang, 'noteOpenFor', creator.handle ?? creator.id)} title={t(lang, 'noteOpen')}
        onClick={() => services.openNote(creator.id)}>✎</button>
    </span>
  );
}
