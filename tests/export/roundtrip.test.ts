import { describe, expect, it } from 'vitest';
import { applyImportFile, buildCreatorsCsv, buildExportJson, parseCsv, previewImportFile, CREATOR_CSV_COLUMNS } from '../../lib/export';
import { CURRENT_VERSION, dumpAll, STORE_NAMES } from '../../lib/store';
import { freshDb, storedNote } from '../store/helpers';
import { populate, T0 } from './fixture';

describe('JSON export → import', () => {
  it('round-trips every store into a fresh database (deep equal)', async () => {
    const { db } = await freshDb();
    await populate(db);
    const before = await dumpAll(db);
    for (const name of STORE_NAMES) expect(before[name].length, name).toBeGreaterThan(0);
    const json = buildExportJson(before, T0 + 99);
    expect(json.startsWith('\uFEFF')).toBe(false);
    expect(JSON.parse(json)).toMatchObject({ schema: 'mitate-export', version: CURRENT_VERSION, exportedAt: T0 + 99 });

    const target = (await freshDb()).db;
    const preview = await previewImportFile(target, { format: 'json', text: json }, T0 + 100);
    expect(preview.counts.creators).toEqual({ added: 3, changed: 0, unchanged: 0 });
    expect(preview.counts.notes).toEqual({ added: 3, changed: 0, unchanged: 0 });
    expect(preview.counts.snapshots.added).toBe(before.snapshots.length);
    expect(await target.count('creators')).toBe(0); // preview wrote nothing
    await applyImportFile(target, { format: 'json', text: json }, T0 + 100);
    expect(await dumpAll(target)).toEqual(before);
  });

  it('re-importing into the same database reports everything unchanged', async () => {
    const { db } = await freshDb();
    await populate(db);
    const before = await dumpAll(db);
    const summary = await applyImportFile(db, { format: 'json', text: buildExportJson(before, T0) }, T0 + 5);
    for (const name of STORE_NAMES) expect(summary.counts[name].added + summary.counts[name].changed, name).toBe(0);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('previews a changed note with its fields and bumps its revision on apply', async () => {
    const { db } = await freshDb();
    await populate(db);
    const dump = await dumpAll(db);
    const edited = { ...dump, notes: dump.notes.map((n) => (n.creatorId === 'c2' ? { ...n, rating: 2 } : n)) };
    const text = buildExportJson(edited, T0);
    const preview = await previewImportFile(db, { format: 'json', text }, T0 + 10);
    expect(preview.counts.notes).toEqual({ added: 0, changed: 1, unchanged: 2 });
    const sample = preview.samples.find((s) => s.store === 'notes')!;
    expect(sample).toMatchObject({ key: 'c2', change: 'changed' });
    expect(sample.fields).toContain('rating');
    await applyImportFile(db, { format: 'json', text }, T0 + 10);
    const c2 = (await storedNote(db, 'c2'))!;
    const old = dump.notes.find((n) => n.creatorId === 'c2')!;
    expect(c2.rating).toBe(2);
    // a status change in the file also moves the creator's mirrored status
    const moved = { ...dump, notes: dump.notes.map((n) => (n.creatorId === 'c1' ? { ...n, status: 'long_term_partner' as const } : n)) };
    await applyImportFile(db, { format: 'json', text: buildExportJson(moved, T0) }, T0 + 20);
    expect((await db.get('creators', 'c1'))?.status).toBe('long_term_partner');
    expect(c2.revision).toBe(old.revision + 1);
  });
});

describe('CSV export → import', () => {
  it('writes headers in the chosen language and one row per creator or orphan note', async () => {
    const { db } = await freshDb();
    await populate(db);
    const dump = await dumpAll(db);
    const zh = parseCsv(buildCreatorsCsv(dump, 'zh_CN'));
    expect(zh[0]).toEqual(CREATOR_CSV_COLUMNS.map((c) => c.header.zh_CN));
    expect(parseCsv(buildCreatorsCsv(dump, 'ja'))[0]![0]).toBe('クリエイターID');
    expect(zh).toHaveLength(1 + 3 + 1);
    const c1 = zh.find((row) => row[0] === 'c1')!;
    expect(c1[1]).toBe("'=cmd|calc"); // neutralised handle
    expect(c1[3]).toBe('2500'); // number, not prefixed
    expect(c1[6]).toBe('美妆 | +VIP'); // tags cell starts with 美, so not prefixed as a whole
    expect(c1[11]).toBe("'-5% 返佣, \"考虑\"\r\n下周联系");
  });

  it('re-imports its own CSV without changing any note (identity)', async () => {
    const { db } = await freshDb();
    await populate(db);
    const before = await dumpAll(db);
    for (const lang of ['zh_CN', 'ja', 'en'] as const) {
      const csv = buildCreatorsCsv(before, lang);
      const summary = await applyImportFile(db, { format: 'csv', text: csv }, T0 + 50);
      // c1, c2, ghost have notes; c3 has none and its default-only row does not create one
      expect(summary.counts.notes).toEqual({ added: 0, changed: 0, unchanged: 4 });
      expect(await dumpAll(db)).toEqual(before);
    }
  });

  it('applies edits made in Excel and adds notes for new creators', async () => {
    const { db } = await freshDb();
    await populate(db);
    const rows = parseCsv(buildCreatorsCsv(await dumpAll(db), 'en'));
    const c2 = rows.find((r) => r[0] === 'c2')!;
    c2[5] = 'replied';
    c2[7] = '3';
    c2[11] = '=looks like a formula';
    rows.push(['7494650123456789012', 'newbie', '新人', '10', '', 'candidate', 'A | B', '', '2026/12/24', '', '', 'hello', '']);
    const csv = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
    const preview = await previewImportFile(db, { format: 'csv', text: csv }, T0 + 60);
    expect(preview.counts.notes).toEqual({ added: 1, changed: 1, unchanged: 3 });
    expect(preview.counts.creators.added).toBe(1);
    await applyImportFile(db, { format: 'csv', text: csv }, T0 + 60);
    expect(await storedNote(db, 'c2')).toMatchObject({ status: 'replied', rating: 3, text: '=looks like a formula' });
    expect((await db.get('creators', 'c2'))?.status).toBe('replied');
    expect(await storedNote(db, '7494650123456789012')).toMatchObject({ tags: ['A', 'B'], nextActionAt: Date.UTC(2026, 11, 23, 15, 0), text: 'hello' });
    expect(await db.get('creators', '7494650123456789012')).toMatchObject({ handle: 'newbie', nickname: '新人', followers: 10 });
  });
});
