/**
 * The Firefox build passes Mozilla's addons-linter (what addons.mozilla.org runs on upload) with 0 errors.
 * `npm run zip` packs this same folder; `npm run lint:firefox` runs the linter from the command line.
 */
import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import linter from 'addons-linter';
import { ROOT } from './harness';

const FIREFOX_DIR = path.resolve(ROOT, process.env.MITATE_OUT_DIR ?? '.output', 'firefox-mv3');

describe('addons-linter', () => {
  it('reports 0 errors on the Firefox build', async () => {
    expect(fs.existsSync(path.join(FIREFOX_DIR, 'manifest.json')), 'run `npx wxt build -b firefox` first').toBe(true);
    const instance = linter.createInstance({
      config: { _: [FIREFOX_DIR], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false },
      runAsBinary: false,
    });
    const report = await instance.run();
    expect(report.errors.map((e: { code: string; message: string; file?: string }) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);

  it('installs only where the MAIN-world page reader runs (Firefox 128+): without it the bridge would wait for a reader a page script could pose as', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { strict_min_version?: string } } };
    const min = manifest.browser_specific_settings?.gecko?.strict_min_version ?? '0';
    expect(Number.parseFloat(min)).toBeGreaterThanOrEqual(128);
  });
});
