/**
 * Issue 6 in the side panel (issue 14): the seller's notes on a creator are typed in the side panel pinned to the
 * creator's page (never in Seller Center's DOM), survive a reload, show in the dashboard (search works), export to
 * JSON and an Excel-safe CSV, import into a fresh profile (preview, then confirm), merge when two side panels type
 * at once, and a bad import file changes nothing. ✎ on a list badge selects the creator for the side panel.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { CREATOR_CSV_COLUMNS, BOM, CRLF } from '../../lib/export';
import { MERGE_SEPARATOR, type Note } from '../../lib/store';
import { toText } from '../../lib/seller-center/values';
import { sampleFindPage } from './demo-data';
import { SAMPLE, launch, type Launched } from './harness';
import { MitateProbe } from './pages/extension';
import { SellerPage, POLL } from './pages/find-page';
import { SidePanel } from './pages/side-panel';
import { Dashboard, handles } from './pages/dashboard';

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
let mitate: MitateProbe;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mitate-notes-e2e-'));
let exportedJson = '';

beforeAll(async () => {
  launched = await launch();
  mitate = new MitateProbe(launched);
});
afterAll(async () => {
  await launched?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** Opens a creator's page and the side panel pinned to its tab; waits for the panel's note editor. */
async function openEditor(id: string) {
  const { page, tabId } = await mitate.openTab(SAMPLE.creatorDetail(id));
  const panel = await SidePanel.open(launched, tabId);
  await panel.noteText.waitFor({ timeout: 15_000 });
  return { page, panel, tabId };
}

function savedAtPattern(): RegExp {
  // "已保存 HH:MM": the localised string around a Tokyo time of day
  const [before, after] = t(LANG, 'ntSavedAt', '\u0000').split('\u0000');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${esc(before!)}\\d{2}:\\d{2}${esc(after!)}$`);
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

describe('notes in the side panel (issues 6, 14)', () => {
  it('saves a note typed in the side panel beside the creator page (status, tags, Japanese + Chinese text) and shows it again after a reload', async () => {
    const { page, panel } = await openEditor(SAKURA.id);
    await panel.noteText.fill(NOTE_TEXT);
    await panel.noteStatus.selectOption(NOTE_STATUS);
    await panel.noteTags.fill(NOTE_TAGS.join('、'));
    await expect.poll(() => panel.saveStateText(), { timeout: 10_000 }).toMatch(savedAtPattern());
    expect(await mitate.note(SAKURA.id)).toMatchObject({ text: NOTE_TEXT, status: NOTE_STATUS, tags: NOTE_TAGS });

    await panel.page.reload();
    await expect.poll(() => panel.noteText.inputValue().catch(() => null), POLL).toBe(NOTE_TEXT);
    expect(await panel.noteStatus.inputValue()).toBe(NOTE_STATUS);
    expect(await panel.noteTags.inputValue()).toBe(NOTE_TAGS.join(', '));
    // the note never reached the Seller Center page
    expect(await page.evaluate((text) => document.documentElement.outerHTML.includes(text), NOTE_TEXT.slice(0, 8))).toBe(false);
    await panel.close();
    await page.close();

    const formula = await openEditor(KITCHEN.id);
    await formula.panel.noteText.fill(FORMULA_NOTE);
    await expect.poll(() => formula.panel.saveStateText(), { timeout: 10_000 }).toMatch(savedAtPattern());
    await formula.panel.close();
    await formula.page.close();
  });

  it('a second side panel on the same creator shows the first one\'s saves and adds to them; text typed in both at once is kept whole, with the merge notice', async () => {
    const a = await openEditor(YUMEKAWA.id);
    // a second panel on the same creator (a second window's side panel)
    const b = await SidePanel.open(launched, a.tabId);
    await b.noteText.waitFor({ timeout: 15_000 });
    const textA = 'パネルA: 価格交渉中';
    const textB = '面板B：样品已到';
    await a.panel.noteText.fill(textA);
    await expect.poll(() => a.panel.saveStateText(), { timeout: 10_000 }).toMatch(savedAtPattern());
    // B shows A's save without a reload, and its seller adds a line to it
    await expect.poll(() => b.noteText.inputValue(), POLL).toBe(textA);
    await b.noteText.fill(`${textA}\n${textB}`);
    await expect.poll(() => b.saveStateText(), { timeout: 10_000 }).toMatch(savedAtPattern());
    expect((await mitate.note(YUMEKAWA.id))?.text).toBe(`${textA}\n${textB}`);
    await expect.poll(() => a.panel.noteText.inputValue(), POLL).toBe(`${textA}\n${textB}`);

    // both sellers rewrite the note at the same moment: neither text is lost
    const rewriteA = 'A: 来週サンプル発送';
    const rewriteB = 'B：已寄样，等视频';
    await a.panel.noteText.fill(rewriteA);
    await b.noteText.fill(rewriteB);
    await expect.poll(async () => [await a.panel.saveStateText(), await b.saveStateText()].includes(t(LANG, 'ntMerged')), { timeout: 10_000 }).toBe(true);
    const merged = (await mitate.note(YUMEKAWA.id))?.text;
    expect([rewriteA + MERGE_SEPARATOR + rewriteB, rewriteB + MERGE_SEPARATOR + rewriteA]).toContain(merged);
    // and both panels end up showing what was kept
    await expect.poll(() => a.panel.noteText.inputValue(), POLL).toBe(merged);
    await expect.poll(() => b.noteText.inputValue(), POLL).toBe(merged);
    await b.close();
    await a.panel.close();
    await a.page.close();
  });

  it('lists the creator in the dashboard with status and note excerpt; search by handle and by note text', async () => {
    const dashboard = await Dashboard.open(launched, LANG);
    await dashboard.expectRow(SAKURA.handle, NOTE_STATUS, NOTE_TEXT);
    await dashboard.expectRow(KITCHEN.handle, 'candidate', FORMULA_NOTE);
    const all = handles(SAKURA.handle, KITCHEN.handle, YUMEKAWA.handle);
    await expect.poll(() => dashboard.shownHandles()).toEqual(all);

    await dashboard.search.fill('SAKURA');
    await expect.poll(() => dashboard.shownHandles()).toEqual(handles(SAKURA.handle));
    await dashboard.expectRow(SAKURA.handle, NOTE_STATUS, NOTE_TEXT);
    await dashboard.search.fill('');
    await expect.poll(() => dashboard.shownHandles()).toEqual(all);
    await dashboard.search.fill('护肤品');
    await expect.poll(() => dashboard.shownHandles()).toEqual(handles(SAKURA.handle));
    await dashboard.search.fill('');
    await expect.poll(() => dashboard.shownHandles()).toEqual(all);

    // the status filter reads the creator's mirrored status
    await dashboard.statusFilter.selectOption(NOTE_STATUS);
    await expect.poll(() => dashboard.shownHandles()).toEqual(handles(SAKURA.handle));
    await dashboard.expectRow(SAKURA.handle, NOTE_STATUS, NOTE_TEXT);
    await dashboard.close();
  });

  it('exports a JSON backup and an Excel-safe CSV (BOM, CRLF, formulas neutralised)', async () => {
    const dashboard = await Dashboard.open(launched, LANG, 'data');
    const page = dashboard.page;

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), dashboard.button('dbExportJson').click()]);
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
    exportedJson = fs.readFileSync((await jsonDownload.path())!, 'utf8');
    const backup = JSON.parse(exportedJson) as { schema: string; data: { notes: Note[]; creators: Array<{ id: string; status: string }> } };
    expect(backup.schema).toBe('mitate-export');
    expect(backup.data.notes.find((n) => n.creatorId === SAKURA.id)).toMatchObject({ text: NOTE_TEXT, status: NOTE_STATUS, tags: NOTE_TAGS });
    expect(backup.data.creators.find((c) => c.id === SAKURA.id)?.status).toBe(NOTE_STATUS);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), dashboard.button('dbExportCsv').click()]);
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
    await dashboard.close();
  });

  it('refuses an import file with a bad note (rating 9), naming the record and field, and changes nothing', async () => {
    const envelope = JSON.parse(exportedJson) as { data: { notes: Array<Record<string, unknown>>; creators: Array<Record<string, unknown>> } };
    // a new creator that would add a row, and a note with an impossible rating
    const extra = { ...envelope.data.creators[0]!, id: creatorId(30), handle: 'should_not_appear', handleKey: 'should_not_appear' };
    envelope.data.creators.push(extra);
    const badIndex = envelope.data.notes.findIndex((n) => n.creatorId === KITCHEN.id);
    expect(badIndex).toBeGreaterThanOrEqual(0);
    envelope.data.notes[badIndex]!.rating = 9;

    const dashboard = await Dashboard.open(launched, LANG);
    const all = handles(SAKURA.handle, KITCHEN.handle, YUMEKAWA.handle);
    await expect.poll(() => dashboard.shownHandles()).toEqual(all);
    await dashboard.tab('tabData').click();
    await dashboard.fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope)) });
    await dashboard.importError.waitFor({ timeout: 10_000 });
    const where = t(LANG, 'dbErrorAt', t(LANG, 'dbStore_notes'), badIndex + 1, 'rating');
    expect(await dashboard.importError.textContent()).toContain(t(LANG, 'dbImportFailed', where));
    expect(await dashboard.preview.count()).toBe(0);

    // applying the same file directly (no preview) is refused as a whole too: the valid new creator is not written
    const applied = await mitate.ask('importApply', { format: 'json', text: JSON.stringify(envelope) });
    expect(applied.ok).toBe(false);
    if (!applied.ok) expect(applied.error.detail).toEqual({ store: 'notes', index: badIndex, field: 'rating' });

    await dashboard.tab('tabCreators').click();
    await expect.poll(() => dashboard.shownHandles()).toEqual(all);
    expect((await mitate.note(KITCHEN.id))?.rating).toBeNull();
    await dashboard.close();
  });

  it('imports the JSON backup into a fresh profile (preview, confirm) with the same note and status, shown in the side panel', async () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
    await mitate.close();
    await launched.close();
    launched = await launch();
    mitate = new MitateProbe(launched);
    const dashboard = await Dashboard.open(launched, LANG);
    await expect.poll(() => dashboard.table.textContent()).toContain(t(LANG, 'dbEmptyStart'));

    await dashboard.tab('tabData').click();
    await dashboard.fileInput.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exportedJson) });
    await dashboard.preview.waitFor({ timeout: 10_000 });
    const backup = JSON.parse(exportedJson) as { data: { notes: unknown[]; creators: unknown[] } };
    const addedCell = (store: string) => dashboard.preview.locator(`tr[data-store="${store}"] td`).nth(1);
    expect(await addedCell('notes').textContent()).toBe(String(backup.data.notes.length));
    expect(await addedCell('creators').textContent()).toBe(String(backup.data.creators.length));
    // nothing is written before the seller confirms
    expect(await mitate.note(SAKURA.id)).toBeNull();
    await dashboard.preview.getByRole('button', { name: t(LANG, 'dbConfirmImport') }).click();
    await dashboard.importDone.waitFor({ timeout: 10_000 });

    await dashboard.tab('tabCreators').click();
    await dashboard.expectRow(SAKURA.handle, NOTE_STATUS, NOTE_TEXT);
    await dashboard.close();
    expect(await mitate.note(SAKURA.id)).toMatchObject({ text: NOTE_TEXT, status: NOTE_STATUS, tags: NOTE_TAGS });

    const { page, panel } = await openEditor(SAKURA.id);
    await expect.poll(() => panel.noteText.inputValue(), { timeout: 10_000 }).toBe(NOTE_TEXT);
    expect(await panel.noteStatus.inputValue()).toBe(NOTE_STATUS);
    await panel.close();
    await page.close();
  });

  it('keeps the status of a note saved before the creator was first stored (dashboard status filter)', async () => {
    // a note saved before the creator record exists; then the creator's page stores the creator
    const gadget = { id: creatorId(3), handle: 'gadget_sokuhou' };
    const saved = await mitate.ask('saveNote', { creatorId: gadget.id, baseRevision: 0, patch: { status: 'invited', text: '先に保存したメモ' }, editor: 'e2e' });
    expect(saved.ok).toBe(true);
    const { page } = await mitate.openTab(SAMPLE.creatorDetail(gadget.id));
    await expect.poll(async () => (await mitate.askOk('getCreator', { creatorId: gadget.id })).creator !== null, { timeout: 10_000 }).toBe(true);
    await page.close();

    const dashboard = await Dashboard.open(launched, LANG);
    await dashboard.statusFilter.selectOption('invited');
    await expect.poll(() => dashboard.shownHandles(), { timeout: 10_000 }).toEqual(handles(gadget.handle));
    await dashboard.expectRow(gadget.handle, 'invited', '先に保存したメモ');
    await dashboard.close();
  });

  it('✎ on a list badge selects the creator for the side panel without leaving the list; a page script\'s click does not', async () => {
    const { page, tabId } = await mitate.openTab(SAMPLE.findCreators);
    const seller = new SellerPage(page);
    const rows = sampleFindPage().creator_profile_list;
    const target = { id: String(rows[3]!.creator_oecuid?.value), handle: String(rows[3]!.handle?.value), nickname: toText(rows[3]!.nickname?.value) };
    const other = String(rows[4]!.creator_oecuid?.value);
    const button = seller.noteButton(target.id);
    await button.waitFor({ timeout: 15_000 });
    // ✎ is named by its action ("open in side panel", also its tooltip) and the badge it belongs to
    // read all three from the same render (a refresh after the store write may re-render the badge in between)
    const labels = await seller.row(target.id).locator('mitate-badge').evaluate((host) => {
      const root = host.shadowRoot!;
      const note = root.querySelector('.mt-note-button')!;
      return { open: note.getAttribute('title'), note: note.getAttribute('aria-label'), badge: root.querySelector('.mt-scoring-badge')!.getAttribute('aria-label') };
    });
    expect(labels.open).toBeTruthy();
    expect(labels.note).toBe(`${labels.open}: ${labels.badge}`);

    // a synthetic click from the page's own script is ignored
    await seller.noteButton(other).evaluate((el) => (el as HTMLElement).click());
    await seller.noteButton(other).evaluate((el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    expect((await mitate.tabView(tabId)).selectedCreatorId).toBeNull();

    await button.click();
    await expect.poll(async () => (await mitate.tabView(tabId)).selectedCreatorId, POLL).toBe(target.id);
    expect(page.url()).toBe(SAMPLE.findCreators);

    const panel = await SidePanel.open(launched, tabId);
    await expect.poll(() => panel.nameText(), POLL).toBe(target.nickname ?? target.handle);
    await panel.noteText.waitFor({ timeout: 15_000 });
    await panel.noteText.fill('一覧から書いたメモ / 从列表写的备注');
    await expect.poll(() => panel.saveStateText(), { timeout: 10_000 }).toMatch(savedAtPattern());
    expect((await mitate.note(target.id))?.text).toBe('一覧から書いたメモ / 从列表写的备注');
    // back to the list in the panel
    await panel.backToList.click();
    await expect.poll(() => panel.listRows.count(), POLL).toBe(rows.length);
    await expect.poll(async () => (await mitate.tabView(tabId)).selectedCreatorId, POLL).toBeNull();
    await panel.close();
    await page.close();
  });

  it('sends no request of its own', () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
  });
});
