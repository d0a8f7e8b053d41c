/**
 * Firefox smoke test: the Firefox build (`wxt build -b firefox`) in Debian's firefox-esr, driven by puppeteer-core
 * over WebDriver BiDi. The extension is installed with `browser.installExtension` (BiDi webExtension.install), the
 * sample Affiliate Center is served at the real address by request interception (tests/fixtures/routes.ts), and any
 * other web request is aborted and recorded. .ci/run installs firefox-esr when missing. Covered: the first-run page,
 * badges on the list, the popup's copy check, the sidebar's content (its page in a tab, pinned to the list's tab:
 * headless Firefox shows no real sidebar) and a note saved there that survives a reload, the privacy page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixtureResponse } from '../fixtures/routes';
import { ROOT, SAMPLE } from './harness';

const FIREFOX_DIR = path.resolve(ROOT, process.env.MITATE_OUT_DIR ?? '.output', 'firefox-mv3');
const GECKO_ID = 'mitate@mitate.local';
/** Pinned internal UUID, so the test knows the moz-extension:// address of the extension's own pages. */
const EXTENSION_UUID = '6a4d3c2b-1e0f-4a9b-8c7d-5e4f3a2b1c0d';
const BASE = `moz-extension://${EXTENSION_UUID}`;

function firefoxPath(): string {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const candidate of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (fs.existsSync(candidate)) return candidate;
  throw new Error("Firefox not found: install Debian's firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH");
}

let browser: Browser;
/** The first-run tab Mitate opens on install; WebDriver may not navigate to moz-extension:// itself, so the
 * extension's other pages are reached from this (extension-owned) tab by the page's own navigation. */
let extensionTab: Page;
let profileDir: string;
const leaked: string[] = [];

/** Serves fixtures for web addresses, lets the extension's own files through, aborts and records the rest. */
async function intercepted(page: Page): Promise<Page> {
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    const url = request.url();
    if (!/^(https?|wss?):/.test(url)) return void request.continue();
    // BiDi gives the request body asynchronously (postData() is CDP-only); the fixtures pick pages by it
    const body = request.hasPostData() ? ((await request.fetchPostData().catch(() => undefined)) ?? null) : null;
    const response = fixtureResponse(url, request.method(), body);
    if (response) return void request.respond({ status: response.status, contentType: response.contentType, body: response.body });
    leaked.push(url);
    return void request.abort();
  });
  return page;
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(FIREFOX_DIR, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_DIR}: run \`npx wxt build -b firefox\` first`);
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mitate-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  const id = await browser.installExtension(FIREFOX_DIR);
  expect(id).toBe(GECKO_ID);
  // puppeteer's page.url() stays about:blank for a tab the extension opened, so ask each tab where it is
  for (let attempt = 0; attempt < 60 && !extensionTab; attempt++) {
    for (const page of await browser.pages()) {
      if ((await hrefOf(page)) === `${BASE}/welcome.html`) extensionTab = page;
    }
    if (!extensionTab) await sleep(500);
  }
  if (!extensionTab) throw new Error('The first-run page did not open on install');
}, 120_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const hrefOf = (page: Page) => page.evaluate(() => location.href).catch(() => '');

/** Goes to one of Mitate's own pages in the extension tab (a navigation the extension page makes itself). */
async function openOwnPage(name: string, query = ''): Promise<Page> {
  const url = `${BASE}/${name}.html${query}`;
  if ((await hrefOf(extensionTab)) !== url) await extensionTab.evaluate((to) => location.assign(to), url).catch(() => undefined);
  for (let attempt = 0; attempt < 80; attempt++) {
    const ready = await extensionTab
      .evaluate((to) => location.href === to && (document.getElementById('app')?.childElementCount ?? 0) > 0, url)
      .catch(() => false);
    if (ready) return extensionTab;
    await sleep(250);
  }
  throw new Error(`${name}.html did not render`);
}

afterAll(async () => {
  await browser?.close();
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
});

describe('Firefox (firefox-esr, WebDriver BiDi)', () => {
  // Debian's firefox-esr ships only an English UI, so Mitate follows it into English (zh → 简体中文, ja → 日本語, else English)
  it('opens the first-run page on install, in the browser\'s language', async () => {
    const page = await openOwnPage('welcome');
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Welcome to Mitate');
  });

  it('reads the creator list and puts a badge on each creator', async () => {
    const page = await intercepted(await browser.newPage());
    await page.goto(SAMPLE.findCreators);
    await page.waitForSelector('mitate-badge', { timeout: 30_000 });
    // badges appear as the background answers; wait until the count settles above zero
    let count = 0;
    for (let i = 0; i < 20; i++) {
      const next = await page.$$eval('mitate-badge', (hosts) => hosts.length);
      if (next > 0 && next === count) break;
      count = next;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(count).toBeGreaterThan(0);
    await page.close();
  });

  it('checks ad copy in the popup', async () => {
    const page = await openOwnPage('popup');
    const textarea = await page.waitForSelector('textarea', { timeout: 20_000 });
    await textarea!.type('このサプリでがんが治る！');
    // a finding names the matched words
    await page.waitForSelector('.mt-compliance-matched', { timeout: 20_000 });
    const matched = await page.$$eval('.mt-compliance-matched', (els) => els.map((el) => el.textContent ?? ''));
    expect(matched.some((text) => text.includes('治る'))).toBe(true);
  });

  it('renders the side panel (Firefox sidebar) page and the privacy policy page', async () => {
    await openOwnPage('sidepanel');
    const privacy = await openOwnPage('privacy');
    expect(await privacy.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Mitate privacy policy');
  });

  // Headless Firefox cannot show the real sidebar: the same page runs in a tab, pinned to the list's tab (?tab=<id>),
  // exactly as the sidebar loads it.
  it('the sidebar lists the creators of the Seller Center tab, and a note saved there survives a reload', async () => {
    const list = await intercepted(await browser.newPage());
    await list.goto(SAMPLE.findCreators);
    await list.waitForSelector('mitate-badge', { timeout: 30_000 });
    const handles = await list.$$eval('tr[data-row-key] span.handle', (els) => els.map((e) => e.firstChild?.textContent ?? ''));
    expect(handles.length).toBeGreaterThan(0);
    const ext = await openOwnPage('privacy');
    type Tabs = { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } };
    const tabIds = await ext.evaluate(async () => (await (globalThis as unknown as Tabs).browser.tabs.query({ url: 'https://affiliate.tiktok.com/*' })).map((t) => t.id ?? -1));
    expect(tabIds.length).toBe(1);
    const sidebar = await openOwnPage('sidepanel', `?tab=${tabIds[0]}`);
    const rowIds = async () => sidebar.$$eval('.mt-desk-row[data-creator]', (els) => els.map((e) => e.getAttribute('data-creator') ?? '')).catch(() => [] as string[]);
    let ids: string[] = [];
    for (let i = 0; i < 60 && ids.length < handles.length; i++) {
      ids = await rowIds();
      if (ids.length < handles.length) await sleep(250);
    }
    expect(ids.length).toBe(handles.length);

    const creatorId = ids[0]!;
    const NOTE = `Firefox で保存したメモ ${Date.now()}`;
    await sidebar.click(`.mt-desk-row[data-creator="${creatorId}"]`);
    const textarea = await sidebar.waitForSelector('.mt-notes-editor textarea', { timeout: 20_000 });
    await textarea!.type(NOTE);
    // "Saved at 17:05" once the background wrote it to IndexedDB
    await sidebar.waitForFunction(() => /^Saved at /.test(document.querySelector('.mt-notes-status')?.textContent ?? ''), { timeout: 20_000 });

    // the page reloads itself (WebDriver may not navigate a moz-extension:// page); a marker proves it really did
    await sidebar.evaluate(() => { (window as unknown as { mtBeforeReload?: boolean }).mtBeforeReload = true; });
    await sidebar.evaluate(() => location.reload()).catch(() => undefined);
    for (let i = 0; i < 40 && (await sidebar.evaluate(() => (window as unknown as { mtBeforeReload?: boolean }).mtBeforeReload === true).catch(() => true)); i++) await sleep(250);
    expect(await sidebar.evaluate(() => (window as unknown as { mtBeforeReload?: boolean }).mtBeforeReload ?? false)).toBe(false);
    for (let i = 0; i < 60 && !(await rowIds()).includes(creatorId) && !(await sidebar.$('.mt-notes-editor textarea')); i++) await sleep(250);
    if (!(await sidebar.$('.mt-notes-editor textarea'))) await sidebar.click(`.mt-desk-row[data-creator="${creatorId}"]`);
    await sidebar.waitForFunction((text) => (document.querySelector('.mt-notes-editor textarea') as HTMLTextAreaElement | null)?.value === text, { timeout: 20_000 }, NOTE);
    await list.close();
  });

  it('sent no request of its own', () => {
    expect(leaked).toEqual([]);
  });
});
