/**
 * Mitate's extension side, as the tests reach it: a probe extension page that sends protocol requests, the browser
 * tab id behind a Seller Center page (to pin a side panel to it), and that tab's view in the background.
 */
import type { Page } from 'playwright-core';
import type { Launched } from '../harness';
import { ask, askOk } from './ask';
import type { ProtocolResult, RequestPayload, RequestType, ResponseData } from '../../../lib/protocol';

type ChromeTabs = { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };

export class MitateProbe {
  private page: Page | null = null;

  constructor(private readonly launched: Launched, private readonly path: 'popup' | 'options' = 'popup') {}

  /** The extension page requests are sent from (opened on first use, reopened if a test closed it). */
  async probe(): Promise<Page> {
    if (!this.page || this.page.isClosed()) {
      this.page = await this.launched.context.newPage();
      await this.page.goto(`chrome-extension://${this.launched.extensionId}/${this.path}.html`);
    }
    return this.page;
  }

  async ask<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<ProtocolResult<ResponseData<T>>> {
    return ask(await this.probe(), type, payload);
  }

  async askOk<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<ResponseData<T>> {
    return askOk(await this.probe(), type, payload);
  }

  async tabIds(): Promise<number[]> {
    const tabs = await (await this.probe()).evaluate(() => (globalThis as unknown as ChromeTabs).chrome.tabs.query({}));
    return tabs.flatMap((t) => (t.id == null ? [] : [t.id]));
  }

  /**
   * Opens a new tab at `url` and returns it with its browser tab id: the one tab that did not exist before
   * (tests open tabs one at a time).
   */
  async openTab(url: string, onPage?: (page: Page) => void): Promise<{ page: Page; tabId: number }> {
    const before = new Set(await this.tabIds());
    const page = await this.launched.context.newPage();
    onPage?.(page);
    await page.goto(url);
    // the extension's own first-run tab may open at the same moment: pick the new tab that shows `url`
    const probe = await this.probe();
    const added = (await probe.evaluate(() => (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome.tabs.query({})))
      .filter((t) => t.id != null && !before.has(t.id) && t.url === page.url());
    if (added.length !== 1) throw new Error(`expected one new tab at ${url}, found ${added.length}`);
    return { page, tabId: added[0]!.id! };
  }

  /** What the background keeps for a tab (kind, creators read, selected creator, unread answers). */
  async tabView(tabId: number): Promise<ResponseData<'getTabView'>> {
    return this.askOk('getTabView', { tabId });
  }

  async note(creatorId: string) {
    return (await this.askOk('getCreator', { creatorId })).note;
  }

  async close(): Promise<void> {
    if (this.page && !this.page.isClosed()) await this.page.close();
    this.page = null;
  }
}
