/**
 * Issue 8, the copy check in the real popup: pasted copy is highlighted exactly where lib/compliance finds
 * problems, the category picker changes the findings and is remembered, "copy safer version" puts the
 * rewritten copy on the clipboard, and the page context menu opens the popup with the selected text checked.
 * Expected values come from `checkCopy` / `applySaferVersion` run here on the same text, never from a past run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applySaferVersion, checkCopy, type Category, type Finding, type Severity } from '../../lib/compliance';
import { checkJapanese } from '../../lib/compliance/japanese';
import { checkListingRules } from '../../lib/compliance/listing';
import { SAMPLE, extensionPage, launch, type Launched } from './harness';

/** Yakki-sensitive copy whose findings differ between a quasi-drug (美白 allowed with a note) and a cosmetic. */
const COPY = '美白効果で肌が白くなる。シミを防ぐ薬用クリーム。業界最安！';
const SELECTED = 'このクリームでシミが消える。美白ケア。';

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1, info: 0 };

/** The highlighted runs a reader should see: maximal runs of characters covered by a finding, split where the worst severity changes. */
function expectedMarks(text: string, findings: readonly Finding[]): Array<{ text: string; severity: Severity }> {
  const worst: Array<Severity | null> = Array.from(text, () => null);
  for (const f of findings) {
    for (let i = f.start; i < f.end && i < text.length; i++) {
      const current = worst[i];
      if (current == null || RANK[f.severity] > RANK[current]) worst[i] = f.severity;
    }
  }
  const runs: Array<{ text: string; severity: Severity }> = [];
  let previous: Severity | null = null;
  for (let i = 0; i < text.length; i++) {
    const severity = worst[i] ?? null;
    if (severity && severity === previous) runs[runs.length - 1]!.text += text[i];
    else if (severity) runs.push({ text: text[i]!, severity });
    previous = severity;
  }
  return runs;
}

async function shownMarks(page: Page): Promise<Array<{ text: string; severity: string }>> {
  return page.locator('.mt-compliance-preview mark').evaluateAll((marks) =>
    marks.map((m) => ({ text: m.textContent ?? '', severity: /mt-compliance-mark--(\w+)/.exec(m.className)?.[1] ?? '' })));
}

function findingsFor(text: string, category: Category) {
  return checkCopy(text, { category, kind: 'listing' }).findings;
}

let launched: Launched;
let popupUrl: string;

beforeAll(async () => {
  launched = await launch();
  popupUrl = extensionPage(launched, 'popup');
});
afterAll(async () => {
  await launched?.close();
});

async function openPopup(): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(popupUrl);
  await expect.poll(() => page.locator('.mt-compliance textarea').count()).toBe(1);
  return page;
}

describe('copy check in the popup', () => {
  it('highlights exactly the spans checkCopy reports, and the category picker changes them', async () => {
    const popup = await openPopup();
    const select = popup.locator('.mt-compliance-controls select');
    await select.selectOption('quasi_drug');
    await popup.locator('.mt-compliance textarea').fill(COPY);

    const quasi = expectedMarks(COPY, findingsFor(COPY, 'quasi_drug'));
    const cosmetic = expectedMarks(COPY, findingsFor(COPY, 'cosmetic'));
    // the copy was chosen so the categories disagree; if the rules change so they agree, this test must be rethought
    expect(cosmetic).not.toEqual(quasi);
    expect(quasi.length).toBeGreaterThan(0);

    await expect.poll(() => shownMarks(popup), { timeout: 5_000 }).toEqual(quasi);
    const findings = findingsFor(COPY, 'quasi_drug');
    await expect.poll(() => popup.locator('.mt-compliance-finding').count()).toBe(findings.length);
    expect(await popup.locator('.mt-compliance-matched').allTextContents()).toEqual(findings.map((f) => f.matched));

    await select.selectOption('cosmetic');
    await expect.poll(() => shownMarks(popup), { timeout: 5_000 }).toEqual(cosmetic);
    await expect.poll(() => popup.locator('.mt-compliance-finding').count()).toBe(findingsFor(COPY, 'cosmetic').length);
    await popup.close();
  });

  it('remembers the chosen category after the popup is reopened', async () => {
    const first = await openPopup();
    await first.locator('.mt-compliance-controls select').selectOption('quasi_drug');
    // the choice is saved through the background: wait until the store says so
    await expect.poll(() => first.evaluate(async () => {
      const reply = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: { complianceCategory?: string } }> } } })
        .chrome.runtime.sendMessage({ type: 'getSettings' });
      return reply.data?.complianceCategory;
    })).toBe('quasi_drug');
    await first.close();

    const second = await openPopup();
    await expect.poll(() => second.locator('.mt-compliance-controls select').inputValue()).toBe('quasi_drug');
    await second.locator('.mt-compliance textarea').fill(COPY);
    await expect.poll(() => shownMarks(second), { timeout: 5_000 }).toEqual(expectedMarks(COPY, findingsFor(COPY, 'quasi_drug')));
    await second.close();
  });

  it('"copy safer version" puts applySaferVersion\'s output on the clipboard', async () => {
    // Chromium refuses grants for a chrome-extension:// origin ("opaque origin"); a grant for all origins reaches the popup.
    await launched.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await openPopup();
    await popup.locator('.mt-compliance-controls select').selectOption('cosmetic');
    await popup.locator('.mt-compliance textarea').fill(COPY);
    const safer = applySaferVersion(COPY, findingsFor(COPY, 'cosmetic'));
    expect(safer).not.toBe(COPY);
    await popup.evaluate(() => navigator.clipboard.writeText('before'));
    await popup.locator('.mt-compliance-copy').click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText()), { timeout: 5_000 }).toBe(safer);
    await expect.poll(() => popup.locator('.mt-compliance-copy-state').textContent()).not.toBe('');
    await popup.close();
  });

  it('the context menu opens popup.html?from=selection with the selected text checked', async () => {
    // A seller page must be open for a real menu click; the flow below is the background's own listener.
    const sellerPage = await launched.context.newPage();
    await sellerPage.goto(SAMPLE.findCreators);
    const opened = launched.context.waitForEvent('page', { predicate: (p) => p.url().includes('popup.html?from=selection'), timeout: 15_000 });
    await launched.worker.evaluate((text) => {
      const chromeApi = (globalThis as unknown as { chrome: { contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } } } }).chrome;
      chromeApi.contextMenus.onClicked.dispatch({ menuItemId: 'mitate-check-selection', selectionText: text, editable: false, pageUrl: 'https://affiliate.tiktok.com/' }, undefined);
    }, SELECTED);
    const popup = await opened;
    await expect.poll(() => popup.locator('.mt-compliance textarea').inputValue().catch(() => ''), { timeout: 10_000 }).toBe(SELECTED);
    const category = (await popup.locator('.mt-compliance-controls select').inputValue()) as Category;
    await expect.poll(() => shownMarks(popup), { timeout: 5_000 }).toEqual(expectedMarks(SELECTED, findingsFor(SELECTED, category)));
    expect((await shownMarks(popup)).length).toBeGreaterThan(0);
    // the hand-over is used once: reopening the same address shows an empty box
    await popup.reload();
    await expect.poll(() => popup.locator('.mt-compliance textarea').count()).toBe(1);
    expect(await popup.locator('.mt-compliance textarea').inputValue()).toBe('');
    await popup.close();
    await sellerPage.close();
  });

  it('checks the title and the description separately, with the listing rules and Japanese usage, in a scrolling list', async () => {
    const popup = await openPopup();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('.mt-compliance-controls select').selectOption('cosmetic');
    const title = '【公式ショップ】高品质护肤霜 シミが消える 50%OFF★';
    const description = 'この美容液で毛穴の黒ずみが3日でスッキリ消える！花粉症でお悩みの方にも。';
    await popup.locator('.mt-compliance-title-input').fill(title);
    await popup.locator('.mt-compliance textarea').fill(description);

    const titleFindings = findingsFor(title, 'cosmetic');
    expect(titleFindings.length).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.mt-compliance-field-results--title .mt-compliance-matched').allTextContents(), { timeout: 5_000 })
      .toEqual(titleFindings.map((f) => f.matched));
    await expect.poll(() => shownMarks(popup)).toEqual(expectedMarks(description, findingsFor(description, 'cosmetic')));
    const failed = checkListingRules(title, description).filter((r) => !r.ok).map((r) => r.label.zh_CN);
    expect(failed.length).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.mt-compliance-rule--fail .mt-compliance-rule-label').allTextContents()).toEqual(failed);
    const glyphs = checkJapanese(title, true).filter((i) => i.kind === 'glyph').length;
    expect(glyphs).toBeGreaterThan(0);
    expect(await popup.locator('.mt-compliance-field-results--title .mt-compliance-ja-item').count()).toBe(checkJapanese(title, true).length);

    // The results scroll inside their own box; the fields stay visible at the top of a 400 px wide popup.
    const results = popup.locator('.mt-compliance-results');
    const box = await results.evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, client: el.clientHeight, scroll: el.scrollHeight }));
    expect(box.overflow).toBe('auto');
    expect(box.scroll).toBeGreaterThan(box.client);
    const field = await popup.locator('.mt-compliance textarea').boundingBox();
    expect(field!.y + field!.height).toBeLessThan(600);
    await popup.close();
  });

  it('sends no request of its own', () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
  });
});
