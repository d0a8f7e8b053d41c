/**
 * Issue 13, hostile page JavaScript: each attack on the page reader, run from a script at the top of the served page
 * (it runs before the page's own code, after Mitate's document_start scripts) and from a late script after load.
 * Each must store 0 forged creators, leave the real creators' numbers alone, and still let the real answer through.
 * Asserted through the store (protocol messages from an extension page), not through any overlay.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureResponse } from '../fixtures/routes';
import { SAMPLE, extensionPage, launch, type Launched } from './harness';
import { API_FIXTURES } from './demo-data';

const FIND_PATH = '/api/v1/oec/affiliate/creator/marketplace/find';
const REAL_PREFIX = '7494000000000000';
/** Same length, never in a fixture: a stored id with this prefix means a forgery got through. */
const FORGED_PREFIX = '7494999999999999';
const FORGED_FOLLOWERS = '999999999';
const PAGE0_ID = '7494000000000000101';
const PAGE1_ID = '7494000000000000113';

const realPage0 = readFileSync(path.join(API_FIXTURES, 'creatorFind/page-0.json'), 'utf8');
/** The real answer, with every id made up and every follower count 999,999,999; plus a real id with a forged count. */
function forgedBody(): string {
  const parsed = JSON.parse(realPage0.replaceAll(REAL_PREFIX, FORGED_PREFIX));
  for (const creator of parsed.creator_profile_list) creator.follower_cnt.value = FORGED_FOLLOWERS;
  const overwrite = JSON.parse(realPage0).creator_profile_list[0];
  overwrite.follower_cnt.value = FORGED_FOLLOWERS;
  parsed.creator_profile_list.push(overwrite);
  return JSON.stringify(parsed);
}
const FORGED = forgedBody();
const realFollowers = (id: string, page: string) => {
  const list = JSON.parse(readFileSync(path.join(API_FIXTURES, `creatorFind/${page}.json`), 'utf8')).creator_profile_list as Array<Record<string, { value: unknown }>>;
  return Number(list.find((c) => c.creator_oecuid!.value === id)!.follower_cnt!.value);
};

/**
 * Runs in the page. Installs one attack's hooks; returns nothing. `window.__leaks` collects any event name or
 * secret the hooks saw; `window.__forge()` then tries every way the attack offers to get FORGED into the store.
 */
function installAttack(attack: string, forged: string, findPath: string): void {
  const w = window as unknown as Record<string, unknown>;
  const leaks: string[] = [];
  w.__leaks = leaks;
  const api = `${findPath}?shop_region=JP`;
  const body = JSON.stringify({ query: '', pagination: { size: 12, page: 0 }, algorithm: 1 });
  const noteEvent = (value: unknown) => {
    if (value instanceof CustomEvent && value.type.startsWith('mitate:')) leaks.push(value.type);
  };
  const forgers: Array<() => unknown> = [];
  if (attack === 'call') {
    const apply = Reflect.apply;
    const originalDispatch = EventTarget.prototype.dispatchEvent;
    Function.prototype.call = function (this: (...a: unknown[]) => unknown, thisArg: unknown, ...args: unknown[]) {
      noteEvent(args[0]);
      return apply(this, thisArg, args);
    } as typeof Function.prototype.call;
    Function.prototype.apply = function (this: (...a: unknown[]) => unknown, thisArg: unknown, args?: unknown[]) {
      noteEvent(args?.[0]);
      return apply(this, thisArg, args ?? []);
    } as typeof Function.prototype.apply;
    Reflect.apply = function (target: (...a: unknown[]) => unknown, thisArg: unknown, args: ArrayLike<unknown>) {
      noteEvent(args[0]);
      return apply(target, thisArg, args);
    } as typeof Reflect.apply;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      noteEvent(event);
      return apply(originalDispatch, this, [event]);
    };
    Object.defineProperty(Object.prototype, 'bubbles', { configurable: true, get(this: { detail?: unknown }) {
      if (typeof this?.detail === 'string') leaks.push('init-dict-read');
      return false;
    } });
    forgers.push(() => {
      for (const name of leaks) {
        if (!name.startsWith('mitate:capture:')) continue;
        const detail = JSON.stringify({ url: `${location.origin}${api}`, method: 'POST', status: 200, requestBody: body, body: forged });
        document.dispatchEvent(new CustomEvent(name, { detail }));
      }
    });
  } else if (attack === 'clone') {
    Response.prototype.clone = function () {
      return new Response(forged);
    };
    Response.prototype.text = function () {
      return Promise.resolve(forged);
    };
    const urlGetter = Object.getOwnPropertyDescriptor(Response.prototype, 'url')!;
    Object.defineProperty(Response.prototype, 'url', { configurable: true, get() {
      const real = urlGetter.get!.call(this);
      return real || `${location.origin}${api}`;
    } });
    forgers.push(() => fetch(api, { method: 'POST', body }).catch(() => undefined));
  } else if (attack === 'xhrText') {
    Object.defineProperty(XMLHttpRequest.prototype, 'responseText', { configurable: true, get: () => forged });
    Object.defineProperty(XMLHttpRequest.prototype, 'response', { configurable: true, get: () => JSON.parse(forged) });
    Object.defineProperty(XMLHttpRequest.prototype, 'responseURL', { configurable: true, get: () => `${location.origin}${api}` });
    Object.defineProperty(Object.prototype, 'toJSON', { configurable: true, writable: true, value: () => JSON.parse(forged) });
    const stringify = JSON.stringify;
    JSON.stringify = ((value: unknown, ...rest: unknown[]) => (typeof value === 'object' ? forged : stringify(value, ...(rest as [])))) as typeof JSON.stringify;
    forgers.push(() => new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', api);
      xhr.responseType = 'json';
      xhr.onloadend = resolve;
      xhr.send(body);
    }));
  } else if (attack === 'urlSwitch') {
    const blobUrl = URL.createObjectURL(new Blob([forged], { type: 'application/json' }));
    const switching = (first: string, then: string) => {
      let calls = 0;
      return { toString: () => (calls++ === 0 ? first : then) } as unknown as URL;
    };
    forgers.push(() => fetch(switching(blobUrl, api), { method: 'POST', body }).catch(() => undefined));
    forgers.push(() => fetch(switching(api, blobUrl), { method: 'POST', body }).catch(() => undefined));
    for (const [first, then] of [[blobUrl, api], [api, blobUrl]] as const) {
      forgers.push(() => new Promise((resolve) => {
        const xhr = new XMLHttpRequest();
        try {
          xhr.open('POST', switching(first, then) as unknown as string);
          xhr.onloadend = resolve;
          xhr.send(body);
        } catch {
          resolve(null);
        }
      }));
    }
  } else if (attack === 'thenable') {
    // Object.prototype.then makes every Response a thenable: the browser's own fetch promise adopts what the hook
    // resolves it with. First a Response from the Cache API (a real Response whose url is the API address), then one
    // the page built (empty url) while the page's own address is an API path.
    const target = `${location.origin}${api}`;
    const forgedOnes = new WeakSet<object>();
    let busy = false;
    let mode: 'cache' | 'built' = 'cache';
    const forgedResponse = async (): Promise<Response> => {
      busy = true;
      try {
        let response: Response;
        if (mode === 'cache') {
          const cache = await caches.open('mitate-attack');
          await cache.put(target, new Response(forged, { headers: { 'content-type': 'application/json' } }));
          response = (await cache.match(target))!;
        } else {
          response = new Response(forged, { headers: { 'content-type': 'application/json' } });
        }
        forgedOnes.add(response);
        return response;
      } finally {
        busy = false;
      }
    };
    Object.defineProperty(Object.prototype, 'then', { configurable: true, get(this: unknown) {
      if (busy || !(this instanceof Response) || forgedOnes.has(this)) return undefined;
      return (resolve: (value: unknown) => void) => void forgedResponse().then(resolve);
    } });
    forgers.push(async () => {
      mode = 'cache';
      await fetch(api, { method: 'POST', body }).catch(() => undefined);
      mode = 'built';
      const home = location.href;
      history.replaceState(null, '', api);
      await fetch(api, { method: 'POST', body }).catch(() => undefined);
      history.replaceState(null, '', home);
      mode = 'cache';
    });
  } else if (attack === 'cors') {
    forgers.push(() => fetch(`https://evil.example${api}`, { method: 'POST', body }).catch(() => undefined));
    // an affiliate URL that redirects to the other host: the final URL decides
    forgers.push(() => fetch(`${api}&mitate_redirect=evil`, { method: 'POST', body }).catch(() => undefined));
    forgers.push(() => new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `https://evil.example${api}`);
      xhr.onloadend = resolve;
      xhr.send(body);
    }));
  }
  w.__forge = () => Promise.all(forgers.map((forge) => forge()));
}

function attackScript(attack: string): string {
  return `(${installAttack.toString()})(${JSON.stringify(attack)}, ${JSON.stringify(FORGED)}, ${JSON.stringify(FIND_PATH)});`;
}

/** Runs in the page, with the hooks in place: the page's own requests for the second result page, by fetch and XHR. */
function requestRealPage1(findPath: string): Promise<unknown> {
  const api = `${findPath}?shop_region=JP`;
  // a literal: one attack replaces JSON.stringify
  const body = '{"query":"","pagination":{"size":12,"page":1},"algorithm":1}';
  const byXhr = new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', api);
    xhr.responseType = 'json';
    xhr.onloadend = () => resolve(xhr.response);
    xhr.send(body);
  });
  return Promise.all([fetch(api, { method: 'POST', body }).then((r) => r.status).catch(() => 'failed'), byXhr]);
}

const ATTACKS = ['call', 'clone', 'xhrText', 'urlSwitch', 'cors', 'thenable'] as const;

let launched: Launched;
let probe: Page;

beforeAll(async () => {
  launched = await launch();
  const forgedReply = { status: 200, contentType: 'application/json', body: FORGED, headers: { 'access-control-allow-origin': '*' } };
  await launched.context.route(/^https:\/\/evil\.example\//, (route) => route.fulfill(forgedReply));
  await launched.context.route(/mitate_redirect=evil/, (route) =>
    route.fulfill({ status: 302, headers: { location: `https://evil.example${FIND_PATH}?shop_region=JP`, 'access-control-allow-origin': '*' } }));
  // `?mitate_attack=NAME` serves the sample page with the attack as the first script in <head>
  await launched.context.route(/mitate_attack=/, (route) => {
    const url = route.request().url();
    const attack = new URL(url).searchParams.get('mitate_attack')!;
    const page = fixtureResponse(url, 'GET', null)!;
    const script = `<script>${attackScript(attack)}</script>`;
    return route.fulfill({ status: 200, contentType: page.contentType, body: page.body.replace('<head>', `<head>${script}`) });
  });
  probe = await launched.context.newPage();
  await probe.goto(extensionPage(launched, 'popup'));
}, 60_000);
afterAll(async () => {
  await launched?.close();
});

async function send<T>(message: unknown): Promise<{ ok: boolean; data: T }> {
  return probe.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<never> } } }).chrome.runtime.sendMessage(m), message);
}

interface StoredCreatorView { id: string; followers: number | null; updatedAt: number }
async function storedCreators(): Promise<StoredCreatorView[]> {
  const reply = await send<{ data: { creators: StoredCreatorView[] } }>({ type: 'exportAll' });
  expect(reply.ok).toBe(true);
  return reply.data.data.creators.map(({ id, followers, updatedAt }) => ({ id, followers, updatedAt }));
}

/** The stored creator once it was written at or after `since` (the real answer was read), or fails. */
async function readSince(id: string, since: number): Promise<StoredCreatorView> {
  let found: StoredCreatorView | undefined;
  await expect.poll(async () => {
    found = (await storedCreators()).find((c) => c.id === id);
    return (found?.updatedAt ?? 0) >= since;
  }, { timeout: 15_000, interval: 500 }).toBe(true);
  return found!;
}

async function expectNothingForged(): Promise<void> {
  const creators = await storedCreators();
  expect(creators.filter((c) => c.id.startsWith(FORGED_PREFIX)).map((c) => c.id)).toEqual([]);
  expect(creators.filter((c) => c.followers === Number(FORGED_FOLLOWERS)).map((c) => c.id)).toEqual([]);
}

async function runAttack(page: Page): Promise<void> {
  const leaks = await page.evaluate(async () => {
    const w = window as unknown as { __forge(): Promise<unknown>; __leaks: string[] };
    await w.__forge();
    return w.__leaks;
  });
  expect(leaks).toEqual([]);
  // give the forgeries every chance to reach the store before looking
  await page.waitForLoadState('networkidle');
}

describe('hostile page scripts cannot forge captures, and the real answer is still read', () => {
  for (const attack of ATTACKS) {
    it(`${attack}: from a script at the top of the served page`, async () => {
      const since = Date.now();
      const page = await launched.context.newPage();
      await page.goto(`${SAMPLE.findCreators}&mitate_attack=${attack}`);
      // the page's own first request ran under the hooks and was read
      expect((await readSince(PAGE0_ID, since)).followers).toBe(realFollowers(PAGE0_ID, 'page-0'));
      await runAttack(page);
      const beforePage1 = Date.now();
      await page.evaluate(requestRealPage1, FIND_PATH);
      expect((await readSince(PAGE1_ID, beforePage1)).followers).toBe(realFollowers(PAGE1_ID, 'page-1'));
      await runAttack(page);
      await expectNothingForged();
      await page.close();
    }, 60_000);

    it(`${attack}: from a late script after load`, async () => {
      const page = await launched.context.newPage();
      await page.goto(SAMPLE.findCreators);
      await page.waitForLoadState('networkidle');
      await page.evaluate(attackScript(attack));
      await runAttack(page);
      const since = Date.now();
      await page.evaluate(requestRealPage1, FIND_PATH);
      expect((await readSince(PAGE1_ID, since)).followers).toBe(realFollowers(PAGE1_ID, 'page-1'));
      await expectNothingForged();
      await page.close();
    }, 60_000);
  }
});

/**
 * Runs in a Seller Center page after load. Calls the page's (wrapped) fetch and XHR, then a fresh same-origin frame's
 * (where Mitate's reader does not run: the browser's own), the same odd ways, and returns both sets of outcomes:
 * what was returned or thrown, which of the page's getters and toString ran, in which order. None of them reaches
 * the network (each fails in argument checks first).
 */
async function wrappedAndNative(findPath: string): Promise<{ wrapped: unknown[]; native: unknown[] }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const api = `${location.origin}${findPath}?shop_region=JP`;
  const describe = (error: unknown) => ({ name: (error as Error)?.name, message: (error as Error)?.message });
  const run = async (w: typeof window) => {
    const out: unknown[] = [];
    const f = w.fetch;
    const X = w.XMLHttpRequest;
    const attempt = async (label: string, call: (log: string[]) => unknown, beforeAwait?: () => void) => {
      const log: string[] = [];
      let outcome: unknown;
      try {
        const value = call(log);
        beforeAwait?.();
        if (value instanceof w.Promise || value instanceof Promise) {
          try {
            outcome = { resolved: ((await value) as Response | undefined)?.status ?? null };
          } catch (error) {
            outcome = { rejected: describe(error) };
          }
        } else outcome = { returned: value === undefined ? 'undefined' : typeof value };
      } catch (error) {
        beforeAwait?.();
        outcome = { threw: describe(error) };
      }
      out.push({ label, outcome, log });
    };
    await attempt('fetch()', () => (f as unknown as () => unknown)());
    await attempt('fetch(symbol)', () => f(Symbol('x') as unknown as string));
    await attempt('fetch(toString throws)', (log) => f({ toString() {
      log.push('toString');
      throw new Error('page error');
    } } as unknown as string));
    await attempt('fetch with a foreign this', (log) => f.call({}, { toString() {
      log.push('toString');
      return api;
    } } as unknown as string));
    await attempt('fetch init getters', (log) => f(api, {
      get body() {
        log.push('body');
        return '{}';
      },
      get method() {
        log.push('method');
        return 'POST';
      },
      mode: 'nope' as RequestMode,
    }));
    await attempt('fetch bad URL', (log) => f({ toString() {
      log.push('toString');
      return 'https://[';
    } } as unknown as string));
    await attempt('fetch with Promise.prototype.constructor throwing', () => {
      Object.defineProperty(w.Promise.prototype, 'constructor', { configurable: true, get() {
        throw new Error('species');
      } });
      return f(api, { method: 'POST', mode: 'nope' as RequestMode });
    }, () => {
      Object.defineProperty(w.Promise.prototype, 'constructor', { configurable: true, writable: true, value: w.Promise });
    });
    await attempt('open(one argument)', () => (new X().open as unknown as (m: string) => void)('GET'));
    const open = X.prototype.open as unknown as (this: unknown, method: unknown, url: unknown) => void;
    await attempt('open with a foreign this', (log) => open.call({}, 'GET', { toString() {
      log.push('url');
      return api;
    } }));
    await attempt('open conversion order', (log) => new X().open({ toString() {
      log.push('method');
      return 'GET';
    } } as unknown as string, { toString() {
      log.push('url');
      return api;
    } } as unknown as string));
    await attempt('open bad method', () => new X().open('GE T', api));
    await attempt('open(symbol URL)', () => new X().open('GET', Symbol('x') as unknown as string));
    await attempt('send with a foreign this', () => X.prototype.send.call({} as XMLHttpRequest));
    for (const [name, fn] of [['fetch', f], ['open', X.prototype.open], ['send', X.prototype.send]] as const) {
      const text = w.Function.prototype.toString.call(fn);
      out.push({ label: `${name} as text`, native: /\{\s*\[native code\]\s*\}$/.test(text), name: fn.name, length: fn.length });
    }
    return out;
  };
  const wrapped = await run(window);
  const native = await run(frame.contentWindow as typeof window);
  frame.remove();
  return { wrapped, native };
}

describe('the wrapped fetch and XHR behave as the browser\'s own', () => {
  it('odd calls return or throw the same, run the page\'s getters and toString the same times in the same order, and read as native code', async () => {
    const page = await launched.context.newPage();
    await page.goto(SAMPLE.findCreators);
    await page.waitForLoadState('networkidle');
    const { wrapped, native } = await page.evaluate(wrappedAndNative, FIND_PATH);
    expect(native.length).toBeGreaterThan(10);
    expect(wrapped).toEqual(native);
    await page.close();
  }, 60_000);
});

