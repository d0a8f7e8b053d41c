/**
 * Mitate's marks on a Seller Center page (components/page): score badges in `<mitate-badge>` hosts and commission
 * chips in `<mitate-chip>` hosts, both in open shadow roots (Playwright's CSS locators pierce them). The sample
 * Find creators list (tests/fixtures/site) has one `tr[data-row-key=<creator id>]` per creator with `span.handle`.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const POLL = { timeout: 15_000 };

export interface RowBadge {
  handle: string;
  /** badge hosts in the row (must be exactly 1) */
  badges: number;
  /** verdict class of the row's badge button, or null while loading */
  verdict: string | null;
  /** the score text shown */
  score: string | null;
}

export class SellerPage {
  constructor(readonly page: Page) {}

  get badgeHosts(): Locator { return this.page.locator('mitate-badge'); }
  get chipHosts(): Locator { return this.page.locator('mitate-chip'); }
  row(creatorId: string): Locator { return this.page.locator(`tr[data-row-key="${creatorId}"]`); }
  /** the creator's own text in the row (clicking it is the page's own navigation, not our badge) */
  rowName(creatorId: string): Locator { return this.row(creatorId).locator('span.nick'); }
  badge(creatorId: string): Locator { return this.row(creatorId).locator('mitate-badge .mt-scoring-badge'); }
  badgeScore(creatorId: string): Locator { return this.badge(creatorId).locator('.mt-scoring-badge__score'); }
  popover(creatorId: string): Locator { return this.row(creatorId).locator('mitate-badge .mt-scoring-popover'); }
  noteButton(creatorId: string): Locator { return this.row(creatorId).locator('mitate-badge .mt-note-button'); }
  /** the badge anywhere on the page (the creator page has one, beside the creator's name) */
  get anyBadge(): Locator { return this.page.locator('mitate-badge .mt-scoring-badge'); }
  chipOfInput(productId: string): Locator {
    // the chip sits right after the input's box (span.arco-input-group), inside the same form item
    return this.page.locator(`span.arco-input-group:has(input[data-product-id="${productId}"]) ~ mitate-chip .mt-commission-chip`);
  }

  rowHandles(): Promise<string[]> {
    return this.page.locator('tr[data-row-key] span.handle').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));
  }

  /** Per list row: its handle, how many badge hosts it holds, the verdict class and score of its badge. */
  rowBadges(): Promise<RowBadge[]> {
    return this.page.locator('tr[data-row-key]').evaluateAll((rows) => rows.map((row) => {
      const hosts = row.querySelectorAll('mitate-badge');
      const button = hosts[0]?.shadowRoot?.querySelector('.mt-scoring-badge');
      const verdict = button ? (/mt-scoring-badge--(\w+)/.exec(button.className)?.[1] ?? null) : null;
      const score = button?.querySelector('.mt-scoring-badge__score')?.textContent ?? null;
      return { handle: row.querySelector('span.handle')?.firstChild?.textContent ?? '', badges: hosts.length, verdict: verdict === 'loading' || verdict === 'error' ? null : verdict, score };
    }));
  }

  /** Waits until exactly these handles' rows each hold one scored badge, and no other badge is on the page. */
  async expectBadgesFor(handles: readonly string[]): Promise<void> {
    await expect.poll(async () => (await this.rowBadges()).filter((r) => r.badges === 1 && r.verdict).length, POLL).toBe(handles.length);
    const rows = await this.rowBadges();
    expect(rows.map((r) => r.handle).sort()).toEqual([...handles].sort());
    for (const row of rows) expect(row.badges).toBe(1);
    expect(await this.badgeHosts.count()).toBe(handles.length);
  }
}
