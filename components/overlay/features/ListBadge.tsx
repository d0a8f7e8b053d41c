/** Find creators list: the score badge on one creator card. */
import { t, type Lang } from '../../../lib/i18n';
import type { Creator } from '../../../lib/model';
import type { Assessment } from '../../../lib/scoring';
import { CreatorBadge } from '../../scoring/CreatorBadge';
import type { OverlayServices } from '../services';

/** After this long without the page's data for a card, the badge stops saying "scoring…". */
export const LIST_DATA_WAIT_MS = 8000;

/** Whether a card with this handle but no data yet still says "scoring…". */
export function stillWaitingForData(handle: string | null): boolean {
  return !!handle && performance.now() < LIST_DATA_WAIT_MS;
}

/**
 * `assessment` is `services.assessmentOf(creator)`, computed by the caller: read here, the stored-records signal
 * would subscribe every badge and re-render all 200 in one task whenever a record is saved.
 */
export function ListBadge({ lang, creator, assessment, services, handle }: {
  lang: Lang; creator: Creator | null; assessment: Assessment | null; services: OverlayServices; handle: string | null;
}) {
  // The list response has medians only; videos seen earlier on the detail page make the score richer (see assessmentOf).
  if (!creator || !assessment) return <CreatorBadge lang={lang} assessment={null} state={stillWaitingForData(handle) ? 'loading' : 'error'} />;
  return (
    <span class="mt-list-badge">
      <CreatorBadge lang={lang} assessment={assessment} />
      <button type="button" class="mt-note-button" aria-label={t(lang, 'noteOpenFor', creator.handle ?? creator.id)} title={t(lang, 'noteOpen')}
        onClick={() => services.openNote(creator.id)}>✎</button>
    </span>
  );
}
