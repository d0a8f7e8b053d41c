import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createClient, createHandler, parseRequest, requestSchema, REQUEST_TYPES } from '../../lib/protocol';
import { CURRENT_VERSION, MAX_NOTE_TEXT, dumpAll, type MitateDb } from '../../lib/store';
import { freshDb, makeCreator, makeOrder, pageData } from '../store/helpers';
import { populate, T0 } from '../export/fixture';

function setup(db: MitateDb) {
  const handle = createHandler({ openDb: async () => db, now: () => T0 + 1000 });
  // round trip through JSON like runtime messaging does
  const client = createClient(async (msg) => JSON.parse(JSON.stringify(await handle(JSON.parse(JSON.stringify(msg))))));
  return { handle, client };
}

describe('parseRequest', () => {
  it('accepts a valid request and fills defaults', () => {
    const r = parseRequest({ type: 'queryCreators', query: { search: 'x' } });
    expect(r.ok && r.request.type === 'queryCreators' && r.request.query).toMatchObject({ sortBy: 'updatedAt', sortDir: 'desc', offset: 0, limit: 50 });
  });
  it('refuses unknown types, extra fields and bad payloads', () => {
    expect(parseRequest(null)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(parseRequest({ type: '__proto__' })).toMatchObject({ ok: false });
    expect(parseRequest({ type: 'dropDatabase' })).toMatchObject({ ok: false, error: { detail: { field: 'type' } } });
    expect(parseRequest({ type: 'ping', extra: 1 })).toMatchObject({ ok: false });
    expect(parseRequest({ type: 'saveNote', creatorId: 'c1', baseRevision: -1, patch: {}, editor: 'a' })).toMatchObject({
      ok: false, error: { detail: { field: 'baseRevision' } },
    });
    // the base text a panel sends with a text change is bounded as a note's text is
    expect(parseRequest({ type: 'saveNote', creatorId: 'c1', baseRevision: 1, patch: { text: 'x' }, editor: 'a', baseText: 'x'.repeat(MAX_NOTE_TEXT) }).ok).toBe(true);
    expect(parseRequest({ type: 'saveNote', creatorId: 'c1', baseRevision: 1, patch: { text: 'x' }, editor: 'a', baseText: 'x'.repeat(MAX_NOTE_TEXT + 1) })).toMatchObject({
      ok: false, error: { detail: { field: 'baseText' } },
    });
  });
  it('the single union schema agrees with parseRequest', () => {
    expect(requestSchema.safeParse({ type: 'ping' }).success).toBe(true);
    expect(requestSchema.safeParse({ type: 'getCreator' }).success).toBe(false);
    for (const type of ['ingestPageData', 'getCreator', 'saveNote', 'queryCreators', 'listOrders', 'listCosts', 'addCost', 'deleteCost',
      'listObservations', 'getSettings', 'setSettings', 'exportAll', 'importPreview', 'importApply', 'ping']) {
      expect(REQUEST_TYPES).toContain(type);
    }
  });
});

describe('handler + client', () => {
  it('ingests, queries, saves notes and reads a creator bundle', async () => {
    const { db } = await freshDb();
    const { client } = setup(db);
    expect(await client.ping({})).toEqual({ ok: true, data: { pong: true, schemaVersion: CURRENT_VERSION } });
    const ingest = await client.ingestPageData({ data: pageData({ creators: [makeCreator('c1'), makeCreator('c2')], orders: [makeOrder('o1')] }) });
    expect(ingest).toMatchObject({ ok: true, data: { creators: 2, snapshots: 2, orders: 1 } });
    const saved = await client.saveNote({ creatorId: 'c1', baseRevision: 0, patch: { text: 'メモ', status: 'invited' }, editor: 'tab1' });
    expect(saved).toMatchObject({ ok: true, data: { merged: false, note: { revision: 1, updatedAt: T0 + 1000 } } });
    const page = await client.queryCreators({ query: { status: 'invited' } });
    expect(page.ok && page.data.rows.map((r) => r.creator.id)).toEqual(['c1']);
    const bundle = await client.getCreator({ creatorId: 'c1' });
    expect(bundle.ok && bundle.data.note?.text).toBe('メモ');
    expect(bundle.ok && bundle.data.snapshots).toHaveLength(1);
    expect((await client.listOrders({ creatorId: 'c1' })).ok).toBe(true);
    const cost = await client.addCost({ cost: { id: 'k1', creatorId: 'c1', kind: 'shipping', amountJpy: 600, at: T0, memo: '' } });
    expect(cost.ok).toBe(true);
    expect(await client.listCosts({ creatorId: 'c1' })).toMatchObject({ ok: true, data: [{ id: 'k1' }] });
    expect(await client.deleteCost({ id: 'k1' })).toEqual({ ok: true, data: { deleted: true } });
    expect(await client.deleteCost({ id: 'k1' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await client.setSettings({ patch: { lang: 'en' } })).toMatchObject({ ok: true, data: { lang: 'en' } });
    expect(await client.getSettings({})).toMatchObject({ ok: true, data: { lang: 'en' } });
    expect((await client.listObservations({})).ok).toBe(true);
  });

  it('exports and imports through messages', async () => {
    const { db } = await freshDb();
    await populate(db);
    const exported = await setup(db).client.exportAll({});
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const target = (await freshDb()).db;
    const { client } = setup(target);
    const text = JSON.stringify(exported.data);
    const preview = await client.importPreview({ format: 'json', text });
    expect(preview).toMatchObject({ ok: true, data: { counts: { creators: { added: 3 } } } });
    expect(await target.count('creators')).toBe(0);
    expect((await client.importApply({ format: 'json', text })).ok).toBe(true);
    expect(await dumpAll(target)).toEqual(await dumpAll(db));
    const bad = await client.importApply({ format: 'json', text: text.replace('"rating":4', '"rating":40') });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid', detail: { store: 'notes', field: 'rating' } } });
  });

  it('refuses invalid messages without writing anything (fuzzed)', async () => {
    const { db } = await freshDb();
    await populate(db);
    const { handle } = setup(db);
    const before = await dumpAll(db);
    const bad = [
      { type: 'saveNote', creatorId: 'c1', baseRevision: 1, patch: { text: 'x', rating: 6 }, editor: 'a' },
      { type: 'saveNote', creatorId: 'c1', baseRevision: 1, patch: { text: 'x' }, editor: 'a', admin: true },
      { type: 'ingestPageData', data: { creators: [makeCreator('new')], products: [{ id: 'p' }], collaborations: [], orders: [] } },
      { type: 'addCost', cost: { id: 'k9', kind: 'sample', amountJpy: 1.5, at: 0, memo: '' } },
      { type: 'setSettings', patch: { lang: 'ja', roiThreshold: 'high' } },
      { type: 'importApply', format: 'xml', text: '' },
    ];
    for (const msg of bad) expect(await handle(msg), JSON.stringify(msg)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...REQUEST_TYPES.filter((t) => t !== 'ping')), fc.dictionary(fc.string(), fc.jsonValue()), async (type, junk) => {
        const result = await handle({ ...junk, type, creatorId: 7 });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
    expect(await dumpAll(db)).toEqual(before);
  });

  it('client refuses a malformed response and a failing transport', async () => {
    const liar = createClient(async () => ({ ok: true, data: { pong: 'yes' } }));
    expect(await liar.ping({})).toMatchObject({ ok: false, error: { code: 'bad_response' } });
    const down = createClient(async () => { throw new Error('Receiving end does not exist'); });
    expect(await down.ping({})).toMatchObject({ ok: false, error: { code: 'unknown' } });
    let sent = false;
    const strict = createClient(async () => { sent = true; return null; });
    expect(await strict.getCreator({ creatorId: '' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(sent).toBe(false);
  });

  it('maps store failures to error codes', async () => {
    const handle = createHandler({ openDb: async () => { throw new DOMException('full', 'QuotaExceededError'); }, now: () => 0 });
    expect(await handle({ type: 'ping' })).toMatchObject({ ok: false, error: { code: 'quota' } });
  });
});

describe('list lookups and scores', () => {
  it('returns stored creators for a list page and skips unknown ids', async () => {
    const { db } = await freshDb();
    const { client } = setup(db);
    await client.ingestPageData({ data: pageData({ creators: [makeCreator('c1'), makeCreator('c2')] }) });
    const found = await client.getCreators({ creatorIds: ['c2', 'nobody', 'c1', 'c2'] });
    expect(found.ok && found.data.map((c) => c.id).sort()).toEqual(['c1', 'c2']);
    expect(await client.getCreators({ creatorIds: Array.from({ length: 501 }, (_, i) => `c${i}`) })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('finds stored creators by handle for list cards whose response was not seen (case and @ ignored)', async () => {
    const { db } = await freshDb();
    const { client } = setup(db);
    await client.ingestPageData({ data: pageData({ creators: [makeCreator('c1', { handle: 'Sakura_Beauty' }), makeCreator('c2', { handle: 'kazu' })] }) });
    const found = await client.getCreatorsByHandles({ handles: ['@sakura_beauty', 'nobody', 'KAZU'] });
    expect(found.ok && found.data.map((c) => c.id).sort()).toEqual(['c1', 'c2']);
    expect(await client.getCreatorsByHandles({ handles: [''] })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('scores ingested creators with the scorer it is given, so the dashboard can sort by score', async () => {
    const { db } = await freshDb();
    const handle = createHandler({ openDb: async () => db, now: () => T0, scoreCreator: (c) => (c.followers ?? 0) > 5000 ? 80 : 20 });
    const client = createClient(async (msg) => JSON.parse(JSON.stringify(await handle(msg))));
    await client.ingestPageData({ data: pageData({ creators: [makeCreator('big', { followers: 9000 }), makeCreator('small', { followers: 100 })] }) });
    const rows = await client.queryCreators({ query: { sortBy: 'score', sortDir: 'desc' } });
    expect(rows.ok && rows.data.rows.map((r) => [r.creator.id, r.creator.score])).toEqual([['big', 80], ['small', 20]]);
  });
});
