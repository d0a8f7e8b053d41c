/**
 * The side panel (entrypoints/sidepanel), opened as a page pinned to one Seller Center tab:
 * `sidepanel.html?tab=<id>`. Headless Chromium cannot show the real side panel; the same app runs here.
 */
import type { Locator, Page } from 'playwright-core';
import type { Launched } from '../harness';

export const SIDE_PANEL_SIZE = { width: 400, height: 720 };

export class SidePanel {
  constructor(readonly page: Page) {}

  static async open(launched: Launched, tabId: number): Promise<SidePanel> {
    const page = await launched.context.newPage();
    await page.setViewportSize(SIDE_PANEL_SIZE);
    await page.goto(`chrome-extension://${launched.extensionId}/sidepanel.html?tab=${tabId}`);
    return new SidePanel(page);
  }

  get root(): Locator { return this.page.locator('main.mt-desk'); }

  // creator desk (components/sidepanel/CreatorDesk.tsx → components/scoring/CreatorScorePanel.tsx)
  get scorePanel(): Locator { return this.root.locator('.mt-scoring-panel'); }
  get name(): Locator { return this.scorePanel.locator('.mt-scoring-panel__name'); }
  get score(): Locator { return this.scorePanel.locator('.mt-scoring-panel__score'); }
  get verdict(): Locator { return this.scorePanel.locator('.mt-scoring-panel__verdict'); }
  get videoRows(): Locator { return this.scorePanel.locator('.mt-scoring-table tbody tr'); }
  get chartBars(): Locator { return this.scorePanel.locator('svg.mt-scoring-chart rect'); }
  get signals(): Locator { return this.scorePanel.locator('li[data-signal]'); }
  /** "back to the list" (a direct child of the desk; the header's link button opens the dashboard) */
  get backToList(): Locator { return this.root.locator(':scope > button.mt-link-button'); }

  /** The name shown, or null while the panel is still loading. */
  nameText(): Promise<string | null> { return this.name.textContent({ timeout: 1000 }).catch(() => null); }
  async signalIds(): Promise<string[]> { return (await this.signals.evaluateAll((els) => els.map((e) => e.getAttribute('data-signal') ?? ''))).sort(); }

  // note editor (components/notes/NoteEditor.tsx)
  get notes(): Locator { return this.root.locator('.mt-notes-editor'); }
  get noteText(): Locator { return this.notes.locator('textarea'); }
  get noteStatus(): Locator { return this.notes.locator('select[id$="-status"]'); }
  get noteTags(): Locator { return this.notes.locator('input[id$="-tags"]'); }
  get saveState(): Locator { return this.notes.locator('.mt-notes-status'); }
  saveStateText(): Promise<string | null> { return this.saveState.textContent({ timeout: 1000 }).catch(() => null); }

  // list desk (ListDesk.tsx)
  get listRows(): Locator { return this.root.locator('.mt-desk-row[data-creator]'); }
  listRow(creatorId: string): Locator { return this.root.locator(`.mt-desk-row[data-creator="${creatorId}"]`); }
  listedIds(): Promise<string[]> { return this.listRows.evaluateAll((els) => els.map((e) => e.getAttribute('data-creator') ?? '')); }

  // orders desk (OrdersDesk.tsx → components/roi/RoiTable.tsx)
  get roiRows(): Locator { return this.root.locator('tr.mt-roi-row'); }

  // notices (UnreadNotice.tsx and the tab's notices)
  get notices(): Locator { return this.root.locator('.mt-notice'); }
  get errors(): Locator { return this.root.locator('.mt-error'); }

  close(): Promise<void> { return this.page.close(); }
}
