import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPageService, type TabView } from '../../lib/page-view';
import { createHandler, type Sender } from '../../lib/protocol';
import { describeBoundNote, INGEST_LIMITS } from '../../lib/store';
import { freshDb } from '../store/helpers';

const FIND_PATH = '/api/v1/oec/affiliate/creator/marketplace/find?shop_region=JP';
const page0 = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/api/creatorFind/page-0.json'), 'utf8'));
const T0 = Date.UTC(2026, 10, 20);

async function setup() {
  const { db } = await freshDb();
  const views = new Map<number, TabView>();
  const tabs = { get: async (id: number) => views.get(id) ?? null, set: async (v: TabView) => void views.set(v.tabId, v) };
  const page = createPageService({ openDb: async () => db, now: () => T0, tabs, retryDelayMs: () => null });
  return { db, views, page, handle: createHandler({ openDb: async () => db, now: () => T0, page }) };
}
const fromTab: Sender = { from: 'content', tabId: 3 };

describe('bounds reach the seller through the background', () => {
  it('an answer with more creators than the per-answer bound stores the bound and leaves a notice', async () => {
    const { db, views, page, handle } = await setup();
    const template = page0.creator_profile_list[0];
    const many = Array.from({ length: INGEST_LIMITS.recordsPerResponse + 100 }, (_, i) => {
      const copy = structuredClone(template);
      copy.creator_oecuid.value = String(7_494_100_000_000_000_000n + BigInt(i));
      copy.handle.value = `flood_${i}`;
      return copy;
    });
    const body = JSON.stringify({ ...page0, creator_profile_list: many });
    const reply = await handle({ type: 'capture', url: `https://affiliate.tiktok.com${FIND_PATH}`, method: 'POST', status: 200, requestBody: null, body }, fromTab);
    expect(reply.ok).toBe(true);
    await page.settled();
    expect(await db.count('creators')).toBe(INGEST_LIMITS.recordsPerResponse);
    const note = { kind: 'per_response' as const, limit: INGEST_LIMITS.recordsPerResponse, received: many.length, kept: INGEST_LIMITS.recordsPerResponse };
    expect(views.get(3)!.notices).toContain(describeBoundNote('zh_CN', note));
  });

  it('the background refuses a capture from another host even if a reader were fooled', async () => {
    const { db, handle } = await setup();
    const body = JSON.stringify(page0);
    const reply = await handle({ type: 'capture', url: `https://evil.example${FIND_PATH}`, method: 'POST', status: 200, requestBody: null, body }, fromTab);
    expect(reply).toMatchObject({ ok: true, data: { read: false } });
    expect(await db.count('creators')).toBe(0);
  });
});
