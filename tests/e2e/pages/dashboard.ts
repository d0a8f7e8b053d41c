/** The dashboard (entrypoints/options): the creators table, data (export/import), ROI and settings tabs. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { t, type Lang, type MessageKey } from '../../../lib/i18n';
import type { NoteStatus } from '../../../lib/store';
import type { Launched } from '../harness';

export type DashboardTab = 'creators' | 'roi' | 'benchmarks' | 'data' | 'settings';

export class Dashboard {
  constructor(readonly page: Page, readonly lang: Lang) {}

  static async open(launched: Launched, lang: Lang, tab: DashboardTab = 'creators'): Promise<Dashboard> {
    const page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/options.html#${tab}`);
    return new Dashboard(page, lang);
  }

  tab(key: MessageKey): Locator { return this.page.getByRole('tab', { name: t(this.lang, key) }); }
  get search(): Locator { return this.page.locator('.mt-dashboard-filters input[type="search"]'); }
  get statusFilter(): Locator { return this.page.locator('.mt-dashboard-filters select:not([data-filter])'); }
  get verdictFilter(): Locator { return this.page.locator('.mt-dashboard-filters select[data-filter="verdict"]'); }
  get table(): Locator { return this.page.locator('table.mt-dashboard-table'); }
  get fileInput(): Locator { return this.page.locator('input[type="file"]'); }
  get preview(): Locator { return this.page.locator('.mt-dashboard-preview'); }
  get importError(): Locator { return this.page.locator('.mt-dashboard-error[role="alert"]'); }
  get importDone(): Locator { return this.page.locator('.mt-dashboard-ok'); }
  get tabPanel(): Locator { return this.page.locator('main[role="tabpanel"]'); }
  get roiWarnings(): Locator { return this.page.locator('.mt-roi-warnings li'); }
  button(key: MessageKey): Locator { return this.page.getByRole('button', { name: t(this.lang, key) }); }
  rowOf(handle: string): Locator { return this.page.locator('tr.mt-dashboard-row', { hasText: `@${handle}` }); }

  /** Handles in the table once it has finished loading (a filter change shows the old rows while busy). */
  async shownHandles(): Promise<string[] | null> {
    if ((await this.table.getAttribute('aria-busy').catch(() => null)) !== 'false') return null;
    return (await this.page.locator('tr.mt-dashboard-row td:first-child').allTextContents()).sort();
  }

  /** The creator's row shows the note's status and its excerpt. */
  async expectRow(handle: string, status: NoteStatus, text: string): Promise<void> {
    const row = this.rowOf(handle);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => row.locator('.mt-dashboard-status').textContent()).toBe(t(this.lang, `ntStatus_${status}`));
    expect(await row.locator('.mt-dashboard-excerpt').textContent()).toBe(excerptOf(text));
  }

  close(): Promise<void> { return this.page.close(); }
}

/** The dashboard's one-line note excerpt. */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

export const handles = (...names: string[]) => names.map((n) => `@${n}`).sort();
