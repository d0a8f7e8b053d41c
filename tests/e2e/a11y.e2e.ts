/**
 * Issue 9, accessibility: axe-core (through @axe-core/playwright, shadow DOM included) finds no serious or
 * critical violation in the popup, every dashboard tab, the side panel (creator desk with the note editor, list
 * desk, orders desk) and the list badges with an open popover; and the keyboard reaches Mitate's controls: Tab from
 * the page reaches a badge button, Enter opens its popover, and every control of the popup and of the side panel is
 * reached by Tab.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SAMPLE, extensionPage, launch, type Launched } from './harness';
import { DEMO_COPY, sampleCreatorIds } from './demo-data';
import { MitateProbe } from './pages/extension';
import { SellerPage } from './pages/find-page';
import { SidePanel } from './pages/side-panel';

const BLOCKING = new Set(['serious', 'critical']);
const DASHBOARD_TABS = ['creators', 'roi', 'benchmarks', 'data', 'settings'] as const;

let launched: Launched;
let mitate: MitateProbe;

beforeAll(async () => {
  launched = await launch();
  mitate = new MitateProbe(launched);
});
afterAll(async () => {
  await launched?.close();
});

/** Serious and critical violations, one line each with the offending nodes, so a failure reads on its own. */
async function blockingViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page: page as never });
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  const lines = result.violations
    .filter((v) => v.impact != null && BLOCKING.has(v.impact))
    .map((v) => `${v.impact} ${v.id}: ${v.help} -> ${v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join(' | ')}`);
  if (lines.length) console.log(`axe (${page.url()}${include ? ` ${include}` : ''}):\n${lines.join('\n')}`);
  return lines;
}

/** Describes the element that has focus, following open shadow roots down to the innermost one. */
async function focused(page: Page): Promise<{ host: string | null; tag: string; cls: string; key: string }> {
  return page.evaluate(() => {
    let host: string | null = null;
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) {
      host = el.tagName.toLowerCase();
      el = el.shadowRoot.activeElement;
    }
    const node = el as HTMLElement | null;
    const key = node ? (node.getAttribute('data-e2e-key') ?? '') : '';
    return { host, tag: node?.tagName.toLowerCase() ?? '', cls: node?.className?.toString() ?? '', key };
  });
}

/**
 * Labels every control the user can operate, then walks the page with Tab and returns those never focused.
 * Roving-tabindex siblings (tabindex -1, reached with arrows) and all but the checked radio of a group (reached
 * with arrows) are not Tab stops by design.
 */
async function controlsNotReachedByTab(page: Page): Promise<{ expected: number; missing: string[] }> {
  const expected = await page.evaluate(() => {
    const keys: string[] = [];
    const controls = Array.from(document.querySelectorAll<HTMLElement>('button, select, textarea, input, a[href], [tabindex]'));
    controls.forEach((el, i) => {
      const style = getComputedStyle(el);
      const hidden = el.closest('[hidden]') || style.display === 'none' || style.visibility === 'hidden';
      const disabled = (el as HTMLButtonElement).disabled;
      const radioNotChecked = el instanceof HTMLInputElement && el.type === 'radio' && !el.checked;
      if (hidden || disabled || el.tabIndex < 0 || radioNotChecked) return;
      el.setAttribute('data-e2e-key', String(i));
      keys.push(`${i}:${el.tagName.toLowerCase()}.${el.className}`);
    });
    return keys;
  });
  const reached = new Set<string>();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let i = 0; i < expected.length * 2 + 5; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.key) reached.add(now.key);
  }
  return { expected: expected.length, missing: expected.filter((label) => !reached.has(label.split(':')[0]!)) };
}

describe('axe: no serious or critical violations', () => {
  it('in the popup, empty and with findings shown', async () => {
    const popup = await launched.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(extensionPage(launched, 'popup'));
    await expect.poll(() => popup.locator('.mt-compliance textarea').count()).toBe(1);
    expect(await blockingViolations(popup)).toEqual([]);
    await popup.locator('.mt-compliance textarea').fill(DEMO_COPY);
    await expect.poll(() => popup.locator('.mt-compliance-preview mark').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await blockingViolations(popup)).toEqual([]);
    await popup.locator('#tab-advisor').click();
    await expect.poll(() => popup.locator('#panel-advisor').isVisible()).toBe(true);
    expect(await blockingViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('on every dashboard tab, after some creators were read', async () => {
    // read a list page first so the tables have rows
    const find = await launched.context.newPage();
    await find.goto(SAMPLE.findCreators);
    await expect.poll(() => find.locator('mitate-badge').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await find.waitForTimeout(1500); // the overlay writes read data in batches
    await find.close();

    const dashboard = await launched.context.newPage();
    for (const tab of DASHBOARD_TABS) {
      await dashboard.goto(`${extensionPage(launched, 'options')}#${tab}`);
      await expect.poll(() => dashboard.locator(`#tab-${tab}`).getAttribute('aria-selected')).toBe('true');
      await dashboard.waitForLoadState('networkidle');
      expect(await blockingViolations(dashboard), tab).toEqual([]);
    }
    await dashboard.close();
  });

  it('in the side panel (creator desk with notes, list desk, orders desk) and in the list badges with an open popover', async () => {
    const detail = await mitate.openTab(SAMPLE.creatorDetail(sampleCreatorIds()[0]!));
    const creatorPanel = await SidePanel.open(launched, detail.tabId);
    await creatorPanel.noteText.waitFor({ timeout: 15_000 });
    await expect.poll(() => creatorPanel.score.count(), { timeout: 15_000 }).toBe(1);
    expect(await blockingViolations(creatorPanel.page)).toEqual([]);
    await creatorPanel.close();
    await detail.page.close();

    const find = await mitate.openTab(SAMPLE.findCreators);
    const seller = new SellerPage(find.page);
    await expect.poll(() => seller.anyBadge.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const listPanel = await SidePanel.open(launched, find.tabId);
    await expect.poll(() => listPanel.listRows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await blockingViolations(listPanel.page)).toEqual([]);
    await listPanel.close();
    expect(await blockingViolations(find.page, 'mitate-badge')).toEqual([]);
    await seller.anyBadge.first().click();
    await expect.poll(() => find.page.locator('mitate-badge .mt-scoring-popover:not([hidden])').count()).toBe(1);
    expect(await blockingViolations(find.page, 'mitate-badge')).toEqual([]);
    await find.page.close();

    const orders = await mitate.openTab(SAMPLE.orders);
    const ordersPanel = await SidePanel.open(launched, orders.tabId);
    await expect.poll(() => ordersPanel.roiRows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await blockingViolations(ordersPanel.page)).toEqual([]);
    await ordersPanel.close();
    await orders.page.close();
  });
});

describe('keyboard reach', () => {
  it('Tab from the page reaches a badge button; Enter opens its popover and Escape closes it', async () => {
    const find = await launched.context.newPage();
    await find.goto(SAMPLE.findCreators);
    await expect.poll(() => find.locator('mitate-badge .mt-scoring-badge').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await find.locator('body').click({ position: { x: 2, y: 2 } });
    let reached: { host: string | null; tag: string; cls: string } | null = null;
    // the sample page has its own controls before, between and after ours; a bounded walk is enough
    for (let i = 0; i < 250 && !reached; i++) {
      await find.keyboard.press('Tab');
      const now = await focused(find);
      if (now.host === 'mitate-badge' && now.tag === 'button' && now.cls.includes('mt-scoring-badge')) reached = now;
    }
    expect(reached).not.toBeNull();
    await find.keyboard.press('Enter');
    await expect.poll(() => find.locator('mitate-badge .mt-scoring-popover:not([hidden])').count()).toBe(1);
    await find.keyboard.press('Escape');
    await expect.poll(() => find.locator('mitate-badge .mt-scoring-popover:not([hidden])').count()).toBe(0);
    await find.close();
  });

  it('every control of the side panel beside a creator page is reached by Tab', async () => {
    const detail = await mitate.openTab(SAMPLE.creatorDetail(sampleCreatorIds()[1]!));
    const panel = await SidePanel.open(launched, detail.tabId);
    await panel.noteText.waitFor({ timeout: 15_000 });
    await expect.poll(() => panel.score.count(), { timeout: 15_000 }).toBe(1);
    const missing = await controlsNotReachedByTab(panel.page);
    expect(missing.expected).toBeGreaterThan(5);
    expect(missing.missing).toEqual([]);
    await panel.close();
    await detail.page.close();
  });

  it('every control of the popup is reached by Tab', async () => {
    const popup = await launched.context.newPage();
    await popup.goto(extensionPage(launched, 'popup'));
    await expect.poll(() => popup.locator('.mt-compliance textarea').count()).toBe(1);
    // with text in, the "copy safer version" button is enabled too
    await popup.locator('.mt-compliance textarea').fill(DEMO_COPY);
    await expect.poll(() => popup.locator('.mt-compliance-copy').isEnabled(), { timeout: 5_000 }).toBe(true);
    const result = await controlsNotReachedByTab(popup);
    expect(result.expected).toBeGreaterThan(5);
    expect(result.missing).toEqual([]);
    await popup.close();
  });

  it('sends no request of its own', () => {
    expect(launched.fromExtension).toEqual([]);
    expect(launched.leaked).toEqual([]);
  });
});
