/**
 * Launches real Chromium with the production build loaded, serving the built-in sample Affiliate Center
 * at its real addresses by request interception. Every other request is aborted and recorded, so a test can
 * prove that nothing leaves the machine. Shared by the e2e tests, `npm run demo` and `npm run bench`.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { fixtureResponse } from '../fixtures/routes';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.resolve(ROOT, process.env.MITATE_OUT_DIR ?? '.output', 'chrome-mv3');

export function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execSync(`command -v ${name}`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
      if (found) return found;
    } catch {
      // try the next name
    }
  }
  throw new Error('Chromium not found: install Debian\'s chromium (apt-get install -y chromium) or set CHROME_PATH');
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** requests that were not served by a fixture (aborted); must stay empty */
  leaked: string[];
  /** http(s) requests made by extension pages or the service worker; must stay empty */
  fromExtension: string[];
  userDataDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  userDataDir?: string;
  /** Language of the browser UI, e.g. 'zh-CN', 'ja', 'en-US'. */
  locale?: string;
  viewport?: { width: number; height: number } | null;
  /** Launch the same sample site without the extension (for benchmarks). */
  withoutExtension?: boolean;
  /** Another build of the extension (for benchmarks comparing two builds); default EXTENSION_DIR. */
  extensionDir?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Launched> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!options.withoutExtension && !fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No production build at ${extensionDir}: run \`npx wxt build\` first`);
  }
  // Lets Playwright see the extension service worker's own network traffic too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mitate-e2e-'));
  const args = ['--disable-quic', '--disable-sync', '--no-first-run', '--disable-gpu', `--lang=${options.locale ?? 'zh-CN'}`];
  if (!options.withoutExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args,
    locale: options.locale ?? 'zh-CN',
    timezoneId: 'Asia/Tokyo',
    viewport: options.viewport === undefined ? { width: 1366, height: 900 } : options.viewport,
  });
  const leaked: string[] = [];
  const fromExtension: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    const frameUrl = safeFrameUrl(request);
    if (request.serviceWorker() || frameUrl.startsWith('chrome-extension://')) fromExtension.push(url);
  });
  // Registered first = consulted last: any web request no fixture claims is aborted and recorded.
  // (Only http(s): the extension's own chrome-extension:// files must load.)
  await context.route(/^(https?|wss?|ftp):/, (route) => {
    leaked.push(route.request().url());
    return route.abort();
  });
  await context.route(/^https:\/\/[^/]+\//, (route) => {
    const request = route.request();
    const response = fixtureResponse(request.url(), request.method(), request.postData());
    return response ? route.fulfill({ status: response.status, contentType: response.contentType, body: response.body }) : route.fallback();
  });
  let worker: Worker | undefined;
  let extensionId = '';
  if (!options.withoutExtension) {
    worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    worker: worker as Worker,
    extensionId,
    leaked,
    fromExtension,
    userDataDir,
    async close() {
      await context.close();
      if (!options.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function safeFrameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

/** Sample-site addresses, at the real Seller Center paths. */
export const SAMPLE = {
  findCreators: 'https://affiliate.tiktok.com/connection/creator?shop_region=JP',
  findCreatorsNew: 'https://affiliate.tiktok.com/affiliate/creator?shop_region=JP&route_migration=1',
  creatorDetail: (cid: string) => `https://affiliate.tiktok.com/connection/creator/detail?cid=${cid}&shop_region=JP`,
  targetCollabCreate: 'https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=JP',
  targetCollabList: 'https://affiliate.tiktok.com/affiliate/collaboration/target-invitation?shop_region=JP&tab=1',
  openCollab: 'https://affiliate.tiktok.com/affiliate/collaboration/open-collaboration?shop_region=JP',
  orders: 'https://affiliate.tiktok.com/product/order?shop_region=JP',
  sampleRequests: 'https://affiliate.tiktok.com/affiliate/sample/sample-request?shop_region=JP',
  crossBorderFind: 'https://affiliate.tiktokshopglobalselling.com/affiliate/creator?shop_region=JP',
};

export function extensionPage(launched: Launched, page: 'popup' | 'options'): string {
  return `chrome-extension://${launched.extensionId}/${page}.html`;
}

export async function openPage(launched: Launched, url: string): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(url);
  return page;
}
