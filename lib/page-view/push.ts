/**
 * Badge views the background sends a Seller Center tab with its refresh message (`mitate:refresh`), so the tab draws
 * a list's first badges without asking. Read on the page side without a schema library (this ships on every page).
 */
import type { BadgeView } from './schemas';

export interface BadgeLabels { loading: string; unavailable: string }
/**
 * `complete`: these are all the views that changed, so the tab's other views are still current; false when more
 * changed than one push carries (the tab then asks again for the rest).
 */
export interface BadgePush { badges: Array<{ handle: string; view: BadgeView }>; labels: BadgeLabels; complete: boolean }

/**
 * How many of a list's rows a tab badges before it knows which rows are near the window (components/page
 * creator-badges). A push carries as many, so the first rows are drawn without a round trip to the background.
 */
export const FIRST_ROWS_NEAR = 40;
/** At most this many views in one push: a list's first rows (the rest are asked for as they scroll near). */
export const MAX_PUSHED_BADGES = FIRST_ROWS_NEAR;

/** The refresh message the background sends a tab; `push` is absent when every view should be asked for again. */
export const REFRESH_MESSAGE = 'mitate:refresh';

/**
 * What the background accepts from a page (lib/protocol/schemas.ts): the page sends nothing longer, so one odd
 * element or a long filter URL never makes it refuse a whole request.
 */
export const MAX_HANDLE_CHARS = 100;
export const MAX_PAGE_URL_CHARS = 4_096;

const isText = (x: unknown): x is string => typeof x === 'string' && x.length <= 600;

/** The push in a refresh message, or null (none, or malformed: then the tab asks for everything again). */
export function readBadgePush(message: unknown): BadgePush | null {
  const push = (message as { push?: unknown } | null)?.push as { badges?: unknown; labels?: { loading?: unknown; unavailable?: unknown }; complete?: unknown } | undefined;
  if (!push || !Array.isArray(push.badges) || push.badges.length > MAX_PUSHED_BADGES || typeof push.complete !== 'boolean') return null;
  if (!isText(push.labels?.loading) || !isText(push.labels?.unavailable)) return null;
  for (const item of push.badges as Array<{ handle?: unknown; view?: { creatorId?: unknown; scoreText?: unknown } } | null>) {
    if (!item || !isText(item.handle) || !item.view || typeof item.view !== 'object' || !isText(item.view.creatorId) || !isText(item.view.scoreText)) return null;
  }
  return { badges: push.badges as BadgePush['badges'], labels: { loading: push.labels.loading, unavailable: push.labels.unavailable }, complete: push.complete };
}
