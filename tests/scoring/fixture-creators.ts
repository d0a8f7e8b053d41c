/** The sample Find creators pages and creator profiles (tests/fixtures/api), normalised as the extension reads them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeCreator, normaliseResponse } from '../../lib/seller-center';
import type { Creator } from '../../lib/model';

/** The fixtures' clock (tests/fixtures/api/README.md). */
export const FIXTURE_NOW = Date.UTC(2026, 10, 24);
const API_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/api');
const read = (rel: string): unknown => JSON.parse(readFileSync(join(API_DIR, rel), 'utf8'));
const FIND_URL = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find?aid=4331';
const PROFILE_URL = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/profile?aid=4331';

/** Creators as the list rows give them (no videos), by handle. */
export function listCreators(): Map<string, Creator> {
  const out = new Map<string, Creator>();
  for (const page of ['page-0', 'page-1']) {
    const result = normaliseResponse('creatorFind', read(`creatorFind/${page}.json`), { url: FIND_URL, now: FIXTURE_NOW });
    if (!result.ok) throw new Error(result.diagnostic);
    for (const creator of result.data.creators) if (creator.handle) out.set(creator.handle, creator);
  }
  return out;
}

/** The list row merged with the creator page's three profile responses (videos, trend, audience). */
export function visitedCreator(listRow: Creator): Creator {
  let merged = listRow;
  for (const type of [1, 2, 3]) {
    const result = normaliseResponse('creatorProfile', read(`creatorProfile/${listRow.id}-${type}.json`), {
      url: PROFILE_URL, requestBody: JSON.stringify({ creator_oec_id: listRow.id, profile_types: [type] }), now: FIXTURE_NOW,
    });
    if (!result.ok) throw new Error(result.diagnostic);
    const creator = result.data.creators[0];
    if (creator) merged = mergeCreator(merged, creator);
  }
  return merged;
}
