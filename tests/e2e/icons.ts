/**
 * `npm run icons`: draws public/icon/<size>.png from public/icon/mitate.svg in headless Chromium (the browser the
 * e2e tests already use; no image library needed). Re-run after editing the SVG and commit the PNGs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './harness';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const dir = path.resolve(import.meta.dirname, '../../public/icon');
const svg = fs.readFileSync(path.join(dir, 'mitate.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: path.join(dir, `${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
