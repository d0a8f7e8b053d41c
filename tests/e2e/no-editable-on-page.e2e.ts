/**
 * Issue 14, privacy: on every sample affiliate page, once Mitate's badges and chips are there, the page's whole DOM
 * is read through the DevTools protocol with every shadow root pierced (open and closed, DOM.getDocument
 * pierce:true). No Mitate element may be editable (input, textarea, select, contenteditable, textbox), the page's
 * own editable elements are exactly those it has without Mitate (nothing editable was added anywhere), and the text
 * of a private note saved in the side panel appears nowhere in the page's DOM.
 * The walk is proven able to fail: an input slipped into a badge's shadow root is found.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, launch, type Launched } from './harness';
import { sampleCreatorIds } from './demo-data';
import { MitateProbe } from './pages/extension';
import { POLL } from './pages/find-page';
import { SidePanel } from './pages/side-panel';
import { describeElement, isEditable, piercedDom, type PiercedDom } from './pages/page-dom';

const creatorIds = sampleCreatorIds();
const PAGES: Record<string, string> = {
  findCreators: SAMPLE.findCreators,
  findCreatorsNew: SAMPLE.findCreatorsNew,
  creatorDetail: SAMPLE.creatorDetail(creatorIds[0]!),
  targetCollabCreate: SAMPLE.targetCollabCreate,
  targetCollabList: SAMPLE.targetCollabList,
  openCollab: SAMPLE.openCollab,
  orders: SAMPLE.orders,
  sampleRequests: SAMPLE.sampleRequests,
  crossBorderFind: SAMPLE.crossBorderFind,
  analytics: SAMPLE.analytics,
};
/**
 * Pages where Mitate shows nothing: the target-collaboration list has no handle and only "a / b" rate text; Analytics
 * is only read (its rows feed the weekly review), nothing is drawn on it.
 */
const WITHOUT_MARKS = new Set(['targetCollabList', 'analytics']);
// every page the sample site serves at Seller Center's addresses is covered
const samplePages = Object.keys(SAMPLE).length;

/** Unique strings a page could only know by reading Mitate's private data. */
const SECRET = `mtp-${process.pid}-${Date.now() % 1_000_000}`;
const NOTE_TEXT = `${SECRET} 非公開メモ 私密备注`;
const NOTE_TAG = `${SECRET}-t`;

let launched: Launched;
let mitate: MitateProbe;
/** Per page: the page's own editable elements without Mitate installed. */
const baseline = new Map<string, string[]>();

const mitateEditables = (dom: PiercedDom) => dom.elements.filter((el) => el.mitateHost && isEditable(el)).map((el) => `${el.mitateHost} > ${describeElement(el)}`);
const pageEditables = (dom: PiercedDom) => dom.elements.filter((el) => !el.mitateHost && isEditable(el)).map(describeElement).sort();
const mitateHosts = (dom: PiercedDom) => dom.elements.filter((el) => el.localName.startsWith('mitate-'));

/** Waits until the page's answers have arrived and (with Mitate) its badges or chips are on the page. */
async function settled(page: Page, withMitate: boolean): Promise<PiercedDom> {
  await page.waitForLoadState('networkidle');
  if (withMitate) await expect.poll(async () => mitateHosts(await piercedDom(page)).length, POLL).toBeGreaterThan(0);
  // two equal reads in a row: the page (and Mitate) finished rendering
  let last = '';
  let dom: PiercedDom | null = null;
  await expect.poll(async () => {
    dom = await piercedDom(page);
    const now = JSON.stringify([pageEditables(dom), mitateHosts(dom).length]);
    const same = now === last;
    last = now;
    return same;
  }, { ...POLL, interval: 300 }).toBe(true);
  return dom!;
}

beforeAll(async () => {
  launched = await launch();
  mitate = new MitateProbe(launched);
}, 120_000);
afterAll(async () => {
  await launched?.close();
});

describe('no editable Mitate element and no private data in the page\'s DOM', () => {
  it('covers every sample page, each read first without Mitate (what the page itself makes editable)', async () => {
    expect(Object.keys(PAGES).length).toBe(samplePages);
    const bare = await launch({ withoutExtension: true });
    try {
      for (const [name, url] of Object.entries(PAGES)) {
        const page = await bare.context.newPage();
        await page.goto(url);
        baseline.set(name, pageEditables(await settled(page, false)));
        await page.close();
      }
    } finally {
      await bare.close();
    }
    // the pages have editable controls of their own (search boxes, rate inputs): the comparison is not empty
    expect([...baseline.values()].some((list) => list.length > 0)).toBe(true);
  }, 120_000);

  it('a private note is saved in the side panel first', async () => {
    const { page, tabId } = await mitate.openTab(SAMPLE.creatorDetail(creatorIds[0]!));
    const panel = await SidePanel.open(launched, tabId);
    await panel.noteText.waitFor({ timeout: 15_000 });
    await panel.noteText.fill(NOTE_TEXT);
    await panel.noteTags.fill(NOTE_TAG);
    // "invited" shows as a one-word marker on the badge: allowed, but not the note itself
    await panel.noteStatus.selectOption('invited');
    await expect.poll(async () => (await mitate.note(creatorIds[0]!))?.tags ?? [], { timeout: 10_000 }).toEqual([NOTE_TAG]);
    expect((await mitate.note(creatorIds[0]!))?.text).toBe(NOTE_TEXT);
    await panel.close();
    await page.close();
  });

  for (const [name, url] of Object.entries(PAGES)) {
    it(`${name}: nothing of Mitate's is editable, nothing editable was added, no note text`, async () => {
      const page = await launched.context.newPage();
      await page.goto(url);
      const marked = !WITHOUT_MARKS.has(name);
      const dom = await settled(page, marked);
      if (marked) {
        expect(mitateHosts(dom).length).toBeGreaterThan(0);
        // the walk reached inside the hosts' shadow roots
        expect(dom.elements.some((el) => el.mitateHost && el.shadowPath.length > 0)).toBe(true);
      }
      expect(mitateEditables(dom)).toEqual([]);
      expect(pageEditables(dom)).toEqual(baseline.get(name));
      expect(dom.texts.filter((text) => text.includes(SECRET))).toEqual([]);
      await page.close();
    });
  }

  it('the walk finds an editable element inside a badge\'s shadow root, and the note text, when they are there', async () => {
    const page = await launched.context.newPage();
    await page.goto(SAMPLE.findCreators);
    await settled(page, true);
    await page.locator('mitate-badge').first().evaluate((host, secret) => {
      const input = document.createElement('input');
      input.value = 'x';
      const span = document.createElement('span');
      span.textContent = secret;
      host.shadowRoot!.append(input, span);
      // and one in a closed shadow root inside it
      const inner = document.createElement('span');
      host.shadowRoot!.append(inner);
      inner.attachShadow({ mode: 'closed' }).append(document.createElement('textarea'));
    }, SECRET);
    const dom = await piercedDom(page);
    expect(mitateEditables(dom).map((e) => e.split(' > ')[1]!.split('[')[0])).toEqual(['input', 'textarea']);
    expect(dom.elements.find((el) => el.localName === 'textarea' && el.mitateHost)?.shadowPath).toEqual(['open', 'closed']);
    expect(dom.texts.filter((text) => text.includes(SECRET)).length).toBe(1);
    await page.close();
  });

  it('sends no request of its own', () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
  });
});
