/**
 * Issue 6 end to end: the seller's notes on a creator, typed in the overlay on the real detail-page address,
 * survive a reload, show in the dashboard (search works), export to JSON and an Excel-safe CSV, import into a
 * fresh profile (preview, then confirm), merge when two tabs type at once, and a bad import file changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { CREATOR_CSV_COLUMNS, BOM, CRLF } from '../../lib/export';
import { MERGE_SEPARATOR, type Note } from '../../lib/store';
import { sampleFindPage } from './demo-data';
import { SAMPLE, extensionPage, launch, type Launched } from './harness';

/** Fixture creators (tests/fixtures/api/README.md): n = 0, 1, 2. */
const creatorId = (n: number) => String(7494000000000000101n + BigInt(n));
const SAKURA = { id: creatorId(0), handle: 'sakura_beauty_jp' };
const KITCHEN = { id: creatorId(1), handle: 'tokyo_kitchen_mama' };
const YUMEKAWA = { id: creatorId(2), handle: 'yumekawa_cosme77' };

/** The browser runs in zh-CN and the settings default to Chinese. */
const LANG = 'zh_CN' as const;
const NOTE_TEXT = '初回は好感触。サンプル送付を検討\n这个达人很适合我们的护肤品，下周再联系';
const NOTE_STATUS = 'replied';
const NOTE_TAGS = ['美妆', 'VIP', '長期候補'];
const FORMULA_NOTE = '=HYPERLINK("https://evil.example/x","詳細")';

let launched: Launched;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mitate-notes-e2e-'));
let exportedJson = '';

beforeAll(async () => {
  launched = await launch();
});
afterAll(async () => {
  await launched?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** Sends one protocol message from an extension page (the same path the dashboard uses). */
async function ask<T>(page: Page, message: unknown): Promise<{ ok: boolean; data: T }> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  ) as Promise<{ ok: boolean; data: T }>;
}

async function storedNote(l: Launched, id: string): Promise<Note | null> {
  const page = await l.context.newPage();
  await page.goto(extensionPage(l, 'popup'));
  const reply = await ask<{ note: Note | null }>(page, { type: 'getCreator', creatorId: id });
  await page.close();
  expect(reply.ok).toBe(true);
  return reply.data.note;
}

/** Opens a creator detail page and returns the note editor (the dock opens by itself there; open it if not). */
async function openEditor(l: Launched, id: string) {
  const page = await l.context.newPage();
  await page.goto(SAMPLE.creatorDetail(id));
  const toggle = page.locator('mitate-dock .mt-dock-toggle');
  await toggle.waitFor({ timeout: 15_000 });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  const editor = page.locator('mitate-dock .mt-notes-editor');
  await editor.locator('textarea').waitFor({ timeout: 15_000 });
  return { page, editor };
}

function savedAtPattern(): RegExp {
  // "已保存 HH:MM": the localised string around a Tokyo time of day
  const [before, after] = t(LANG, 'ntSavedAt', '\u0000').split('\u0000');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${esc(before!)}\\d{2}:\\d{2}${esc(after!)}$`);
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

async function openDashboard(l: Launched, tab = 'creators'): Promise<Page> {
  const page = await l.context.newPage();
  await page.goto(`${extensionPage(l, 'options')}#${tab}`);
  return page;
}

/** Handles in the table once it has finished loading (a filter change shows the old rows while busy). */
async function shownHandles(page: Page): Promise<string[] | null> {
  const table = page.locator('table.mt-dashboard-table');
  if ((await table.getAttribute('aria-busy').catch(() => null)) !== 'false') return null;
  return (await page.locator('tr.mt-dashboard-row td:first-child').allTextContents()).sort();
}
const handles = (...names: string[]) => names.map((n) => `@${n}`).sort();

const rowOf = (page: Page, handle: string) => page.locator('tr.mt-dashboard-row', { hasText: `@${handle}` });

async function expectRow(page: Page, handle: string, status: string, text: string) {
  const row = rowOf(page, handle);
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => row.locator('.mt-dashboard-status').textContent()).toBe(t(LANG, `ntStatus_${status}`));
  expect(await row.locator('.mt-dashboard-excerpt').textContent()).toBe(excerptOf(text));
}

/** Record terminators outside quoted fields; a CRLF file has only '\r\n' there. */
function recordTerminators(csv: string): string[] {
  const out: string[] = [];
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const c = csv[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\r' || c === '\n')) {
      const end = c === '\r' && csv[i + 1] === '\n' ? '\r\n' : c;
      out.push(end);
      i += end.length - 1;
    }
  }
  return out;
}

const csvField = (text: string) => `"${text.replace(/"/g, '""')}"`;

describe('notes (issue 6)', () => {
  it('saves a note typed on the detail page (status, tags, Japanese + Chinese text) and shows it again after a reload', async () => {
    const { page, editor } = await openEditor(launched, SAKURA.id);
    // the creator's own panel is there, so the page's profile has been read (and queued for the store)
    await editor.locator('textarea').fill(NOTE_TEXT);
    await editor.locator('select[id$="-status"]').selectOption(NOTE_STATUS);
    await editor.locator('input[id$="-tags"]').fill(NOTE_TAGS.join('、'));
    await expect.poll(() => editor.locator('.mt-notes-status').textContent(), { timeout: 10_000 }).toMatch(savedAtPattern());

    const note = await storedNote(launched, SAKURA.id);
    expect(note).toMatchObject({ text: NOTE_TEXT, status: NOTE_STATUS, tags: NOTE_TAGS });

    await page.reload();
    const again = page.locator('mitate-dock .mt-notes-editor');
    await expect.poll(() => again.locator('textarea').inputValue().catch(() => null), { timeout: 15_000 }).toBe(NOTE_TEXT);
    expect(await again.locator('select[id$="-status"]').inputValue()).toBe(NOTE_STATUS);
    expect(await again.locator('input[id$="-tags"]').inputValue()).toBe(NOTE_TAGS.join(', '));
    await page.close();

    const formula = await openEditor(launched, KITCHEN.id);
    await formula.editor.locator('textarea').fill(FORMULA_NOTE);
    await expect.poll(() => formula.editor.locator('.mt-notes-status').textContent(), { timeout: 10_000 }).toMatch(savedAtPattern());
    await formula.page.close();
  });

  it('keeps both texts when two tabs type in the same note at once, and says it merged', async () => {
    const a = await openEditor(launched, YUMEKAWA.id);
    const b = await openEditor(launched, YUMEKAWA.id);
    const textA = 'タブA: 価格交渉中';
    const textB = '标签页B：样品已到';
    // B opened before A saved anything, so B's save starts from the same (empty) revision as A's
    await a.editor.locator('textarea').fill(textA);
    await b.editor.locator('textarea').fill(textB);
    await expect.poll(() => a.editor.locator('.mt-notes-status').textContent(), { timeout: 10_000 }).toMatch(savedAtPattern());
    await expect.poll(() => b.editor.locator('.mt-notes-status').textContent(), { timeout: 10_000 }).toBe(t(LANG, 'ntMerged'));

    const note = await storedNote(launched, YUMEKAWA.id);
    expect(note?.text).toContain(textA);
    expect(note?.text).toContain(textB);
    expect(note?.text).toBe(textA + MERGE_SEPARATOR + textB);
    // the merging tab shows what was kept
    expect(await b.editor.locator('textarea').inputValue()).toBe(note?.text);
    await a.page.close();
    await b.page.close();
  });

  it('lists the creator in the dashboard with status and note excerpt; search by handle and by note text', async () => {
    const page = await openDashboard(launched);
    await expectRow(page, SAKURA.handle, NOTE_STATUS, NOTE_TEXT);
    await expectRow(page, KITCHEN.handle, 'candidate', FORMULA_NOTE);
    const all = handles(SAKURA.handle, KITCHEN.handle, YUMEKAWA.handle);
    await expect.poll(() => shownHandles(page)).toEqual(all);

    const search = page.locator('input[type="search"]');
    await search.fill('SAKURA');
    await expect.poll(() => shownHandles(page)).toEqual(handles(SAKURA.handle));
    await expectRow(page, SAKURA.handle, NOTE_STATUS, NOTE_TEXT);
    await search.fill('');
    await expect.poll(() => shownHandles(page)).toEqual(all);
    await search.fill('护肤品');
    await expect.poll(() => shownHandles(page)).toEqual(handles(SAKURA.handle));
    await search.fill('');
    await expect.poll(() => shownHandles(page)).toEqual(all);

    // the status filter reads the creator's mirrored status
    await page.locator('.mt-dashboard-filters select').selectOption(NOTE_STATUS);
    await expect.poll(() => shownHandles(page)).toEqual(handles(SAKURA.handle));
    await expectRow(page, SAKURA.handle, NOTE_STATUS, NOTE_TEXT);
    await page.close();
  });

  it('exports a JSON backup and an Excel-safe CSV (BOM, CRLF, formulas neutralised)', async () => {
    const page = await openDashboard(launched, 'data');
    const exportButton = (key: string) => page.getByRole('button', { name: t(LANG, key) });

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), exportButton('dbExportJson').click()]);
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
    exportedJson = fs.readFileSync((await jsonDownload.path())!, 'utf8');
    const backup = JSON.parse(exportedJson) as { schema: string; data: { notes: Note[]; creators: Array<{ id: string; status: string }> } };
    expect(backup.schema).toBe('mitate-export');
    expect(backup.data.notes.find((n) => n.creatorId === SAKURA.id)).toMatchObject({ text: NOTE_TEXT, status: NOTE_STATUS, tags: NOTE_TAGS });
    expect(backup.data.creators.find((c) => c.id === SAKURA.id)?.status).toBe(NOTE_STATUS);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), exportButton('dbExportCsv').click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csv = fs.readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.codePointAt(0)).toBe(0xfeff);
    const terminators = recordTerminators(csv.slice(1));
    expect(terminators.length).toBe(4); // header + 3 creators
    expect(new Set(terminators)).toEqual(new Set([CRLF]));
    expect(csv.endsWith('\r\n')).toBe(true);
    const header = csv.slice(1, csv.indexOf('\r\n'));
    expect(header).toBe(CREATOR_CSV_COLUMNS.map((c) => csvField(c.header[LANG])).join(','));
    // the formula note is there, made inert with a leading apostrophe; no cell starts a formula
    expect(csv).toContain(csvField(`'${FORMULA_NOTE}`));
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
    // the Japanese + Chinese note survives as UTF-8 text
    expect(csv).toContain(csvField(NOTE_TEXT));
    await page.close();
  });

  it('refuses an import file with a bad note (rating 9), naming the record and field, and changes nothing', async () => {
    const envelope = JSON.parse(exportedJson) as { data: { notes: Array<Record<string, unknown>>; creators: Array<Record<string, unknown>> } };
    // a new creator that would add a row, and a note with an impossible rating
    const extra = { ...envelope.data.creators[0]!, id: creatorId(30), handle: 'should_not_appear', handleKey: 'should_not_appear' };
    envelope.data.creators.push(extra);
    const badIndex = envelope.data.notes.findIndex((n) => n.creatorId === KITCHEN.id);
    expect(badIndex).toBeGreaterThanOrEqual(0);
    envelope.data.notes[badIndex]!.rating = 9;

    const page = await openDashboard(launched);
    const all = handles(SAKURA.handle, KITCHEN.handle, YUMEKAWA.handle);
    await expect.poll(() => shownHandles(page)).toEqual(all);
    await page.getByRole('tab', { name: t(LANG, 'tabData') }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope)) });
    const alert = page.locator('.mt-dashboard-error[role="alert"]');
    await alert.waitFor({ timeout: 10_000 });
    const where = t(LANG, 'dbErrorAt', t(LANG, 'dbStore_notes'), badIndex + 1, 'rating');
    expect(await alert.textContent()).toContain(t(LANG, 'dbImportFailed', where));
    expect(await page.locator('.mt-dashboard-preview').count()).toBe(0);

    // applying the same file directly (no preview) is refused as a whole too: the valid new creator is not written
    const applied = await ask<unknown>(page, { type: 'importApply', format: 'json', text: JSON.stringify(envelope) }) as unknown as { ok: boolean; error: { detail: unknown } };
    expect(applied.ok).toBe(false);
    expect(applied.error.detail).toEqual({ store: 'notes', index: badIndex, field: 'rating' });

    await page.getByRole('tab', { name: t(LANG, 'tabCreators') }).click();
    await expect.poll(() => shownHandles(page)).toEqual(all);
    expect((await storedNote(launched, KITCHEN.id))?.rating).toBeNull();
    await page.close();
  });

  it('imports the JSON backup into a fresh profile (preview, confirm) with the same note and status', async () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
    await launched.close();
    const fresh = await launch();
    launched = fresh;
    const page = await openDashboard(fresh);
    await expect.poll(() => page.locator('.mt-dashboard-table').textContent()).toContain(t(LANG, 'dbEmpty'));

    await page.getByRole('tab', { name: t(LANG, 'tabData') }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exportedJson) });
    const preview = page.locator('.mt-dashboard-preview');
    await preview.waitFor({ timeout: 10_000 });
    const backup = JSON.parse(exportedJson) as { data: { notes: unknown[]; creators: unknown[] } };
    const addedCell = (store: string) => preview.locator(`tr[data-store="${store}"] td`).nth(1);
    expect(await addedCell('notes').textContent()).toBe(String(backup.data.notes.length));
    expect(await addedCell('creators').textContent()).toBe(String(backup.data.creators.length));
    // nothing is written before the seller confirms
    expect(await storedNote(fresh, SAKURA.id)).toBeNull();
    await preview.getByRole('button', { name: t(LANG, 'dbConfirmImport') }).click();
    await page.locator('.mt-dashboard-ok').waitFor({ timeout: 10_000 });

    await page.getByRole('tab', { name: t(LANG, 'tabCreators') }).click();
    await expectRow(page, SAKURA.handle, NOTE_STATUS, NOTE_TEXT);
    await page.close();
    expect(await storedNote(fresh, SAKURA.id)).toMatchObject({ text: NOTE_TEXT, status: NOTE_STATUS, tags: NOTE_TAGS });

    const { page: detail, editor } = await openEditor(fresh, SAKURA.id);
    await expect.poll(() => editor.locator('textarea').inputValue(), { timeout: 10_000 }).toBe(NOTE_TEXT);
    expect(await editor.locator('select[id$="-status"]').inputValue()).toBe(NOTE_STATUS);
    await detail.close();
  });

  it('keeps the status of a note saved before the creator was first stored (dashboard status filter)', async () => {
    // Typing within the page's store batching window saves the note before the creator record exists;
    // send that save first, deterministically, then let the detail page store the creator.
    const gadget = { id: creatorId(3), handle: 'gadget_sokuhou' };
    const ext = await launched.context.newPage();
    await ext.goto(extensionPage(launched, 'popup'));
    const saved = await ask<{ note: Note }>(ext, { type: 'saveNote', creatorId: gadget.id, baseRevision: 0, patch: { status: 'invited', text: '先に保存したメモ' }, editor: 'e2e' });
    expect(saved.ok).toBe(true);
    const { page: detail } = await openEditor(launched, gadget.id);
    await expect.poll(async () => (await ask<{ creator: unknown }>(ext, { type: 'getCreator', creatorId: gadget.id })).data.creator !== null, { timeout: 10_000 }).toBe(true);
    await detail.close();
    await ext.close();

    const page = await openDashboard(launched);
    await page.locator('.mt-dashboard-filters select').selectOption('invited');
    await expect.poll(() => shownHandles(page), { timeout: 10_000 }).toEqual(handles(gadget.handle));
    await expectRow(page, gadget.handle, 'invited', '先に保存したメモ');
    await page.close();
  });

  it('opens the note editor from a list badge without leaving the list', async () => {
    const page = await launched.context.newPage();
    await page.goto(SAMPLE.findCreators);
    const row = sampleFindPage().creator_profile_list[3]!;
    const target = { id: String(row.creator_oecuid?.value), handle: String(row.handle?.value) };
    const button = page.locator('mitate-badge .mt-note-button').nth(3);
    await button.waitFor({ timeout: 15_000 });
    expect(await button.getAttribute('aria-label')).toBe(t(LANG, 'noteOpenFor', target.handle));
    await button.click();
    const editor = page.locator('mitate-dock .mt-notes-editor');
    await editor.locator('textarea').waitFor({ timeout: 15_000 });
    expect(page.url()).toBe(SAMPLE.findCreators);
    await editor.locator('textarea').fill('一覧から書いたメモ / 从列表写的备注');
    await expect.poll(() => editor.locator('.mt-notes-status').textContent(), { timeout: 10_000 }).toMatch(savedAtPattern());
    expect((await storedNote(launched, target.id))?.text).toBe('一覧から書いたメモ / 从列表写的备注');
    await page.close();
  });

  it('sends no request of its own', () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
  });
});
