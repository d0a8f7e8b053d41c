/** The UI language follows the browser (zh → 简体中文, ja → 日本語, otherwise English) until the seller picks one. */
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { browser } from 'wxt/browser';
import { browserLang } from '../../components/app/runtime';
import { WelcomeApp, PrivacyApp } from '../../components/welcome/WelcomeApp';
import { createClient, createHandler } from '../../lib/protocol';
import type { Lang } from '../../lib/i18n';
import type { MitateDb } from '../../lib/store';
import { freshDb } from '../store/helpers';
import { mount } from '../helpers/mount';

async function langOf(result: Promise<{ ok: true; data: { lang: Lang } } | { ok: false }>): Promise<Lang | null> {
  const settled = await result;
  return settled.ok ? settled.data.lang : null;
}

function clientFor(db: MitateDb, browserLanguage: Lang) {
  const handle = createHandler({ openDb: async () => db, now: () => 0, defaultLang: () => browserLanguage });
  return createClient(async (msg) => JSON.parse(JSON.stringify(await handle(msg))));
}
async function flush() {
  for (let i = 0; i < 20; i++) await act(async () => { await new Promise((r) => setTimeout(r, 1)); });
}

describe('browser language', () => {
  it('reads the browser UI language', () => {
    for (const [locale, lang] of [['ja', 'ja'], ['zh-CN', 'zh_CN'], ['en-US', 'en'], ['ko-KR', 'en']] as const) {
      const spy = vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(locale);
      expect(browserLang()).toBe(lang);
      spy.mockRestore();
    }
  });

  it('is the settings language until the seller picks one, and other settings do not pin it', async () => {
    const { db } = await freshDb();
    const ja = clientFor(db, 'ja');
    expect(await langOf(ja.getSettings({}))).toBe('ja');
    expect(await langOf(ja.setSettings({ patch: { cnyPerJpy: 0.05 } }))).toBe('ja');
    // the same profile opened in an English browser: still unpicked, so English
    expect(await langOf(clientFor(db, 'en').getSettings({}))).toBe('en');
    await ja.setSettings({ patch: { lang: 'zh_CN' } });
    expect(await langOf(clientFor(db, 'en').getSettings({}))).toBe('zh_CN');
  });
});

describe('first-run page', () => {
  it('greets a Japanese browser in Japanese, with the privacy promise and how-to, and saves a language choice', async () => {
    const { db } = await freshDb();
    const opened: string[] = [];
    const el = mount(<WelcomeApp client={clientFor(db, 'ja')} initialLang="ja" openDashboard={() => opened.push('dashboard')} privacyUrl="/privacy.html" />);
    await flush();
    expect(el.querySelector('h1')?.textContent).toBe('Mitate 見立てへようこそ');
    expect(document.documentElement.lang).toBe('ja-JP');
    expect(el.textContent).toContain('通信を一切行いません');
    expect(el.textContent).toContain('サイドパネル');
    expect(el.querySelector('a[href="/privacy.html"]')).not.toBeNull();
    const select = el.querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('ja');
    select.value = 'en';
    act(() => { select.dispatchEvent(new Event('change', { bubbles: true })); });
    await flush();
    expect(el.querySelector('h1')?.textContent).toBe('Welcome to Mitate');
    expect(await langOf(clientFor(db, 'ja').getSettings({}))).toBe('en');
    act(() => (el.querySelector('.mt-welcome-button') as HTMLButtonElement).click());
    expect(opened).toEqual(['dashboard']);
  });

  it('shows the privacy policy in the seller\'s chosen language', async () => {
    const { db } = await freshDb();
    await clientFor(db, 'en').setSettings({ patch: { lang: 'zh_CN' } });
    const el = mount(<PrivacyApp client={clientFor(db, 'en')} initialLang="en" />);
    await flush();
    expect(el.querySelector('h1')?.textContent).toBe('Mitate 隐私政策');
    expect(el.querySelectorAll('h2')).toHaveLength(4);
  });
});
