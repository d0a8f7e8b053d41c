/**
 * A new user in a Japanese browser: the first-run page opens by itself on install, in Japanese, and the popup
 * and dashboard are Japanese too (the browser's language until the seller picks one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionPage, launch, type Launched } from './harness';

let launched: Launched;
let welcome: Page;

beforeAll(async () => {
  launched = await launch({ locale: 'ja' });
  welcome = launched.context.pages().find((p) => p.url().endsWith('/welcome.html'))
    ?? (await launched.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 15_000 }));
  await welcome.waitForSelector('h1');
}, 60_000);
afterAll(async () => launched?.close());

describe('first run in a Japanese browser', () => {
  it('opens the welcome page in Japanese with the privacy promise, how-to and language choice', async () => {
    expect(await welcome.locator('h1').textContent()).toBe('Mitate 見立てへようこそ');
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('ja-JP');
    const text = await welcome.locator('main').textContent();
    expect(text).toContain('通信を一切行いません');
    expect(text).toContain('サイドパネル');
    expect(await welcome.locator('select').inputValue()).toBe('ja');
  });

  it('links to the privacy policy page inside the extension', async () => {
    const href = await welcome.locator('a[href$="privacy.html"]').getAttribute('href');
    const policy = await launched.context.newPage();
    await policy.goto(href!);
    await policy.waitForSelector('h1');
    expect(await policy.locator('h1').textContent()).toBe('Mitate プライバシーポリシー');
    await policy.close();
  });

  it('shows the popup and dashboard in Japanese, and follows a language picked on the welcome page', async () => {
    const popup = await launched.context.newPage();
    await popup.goto(extensionPage(launched, 'popup'));
    await popup.waitForLoadState('domcontentloaded');
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('ja-JP');
    await welcome.locator('select').selectOption('en');
    await expect.poll(() => welcome.locator('h1').textContent()).toBe('Welcome to Mitate');
    const dashboard = await launched.context.newPage();
    await dashboard.goto(extensionPage(launched, 'options'));
    await expect.poll(() => dashboard.evaluate(() => document.documentElement.lang)).toBe('en-US');
  });
});
