/**
 * Layer rules that keep Mitate easy to change (README "How it is built"): lib/ is pure logic, the background is not
 * UI, and code that runs on Seller Center pages stays small. Checked on the import lines of every source file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/** Import specifiers of a file, resolved to project-relative paths where relative. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specs.map((spec) => (spec.startsWith('.') ? path.normalize(path.join(path.dirname(file), spec)) : spec));
}

function violations(files: string[], forbidden: (spec: string) => boolean): string[] {
  return files.flatMap((file) => importsOf(file).filter(forbidden).map((spec) => `${file} imports ${spec}`));
}

describe('layers', () => {
  it('lib/ imports no components, entrypoints, WXT, browser polyfill or UI framework', () => {
    const bad = violations(sources('lib'), (spec) =>
      spec.startsWith('components') || spec.startsWith('entrypoints') || spec === 'wxt' || spec.startsWith('wxt/') ||
      spec.includes('webextension-polyfill') || spec === 'preact' || spec.startsWith('preact/') || spec.startsWith('@preact/'));
    expect(bad).toEqual([]);
  });
  it('lib/ uses no browser extension APIs', () => {
    const bad = sources('lib').filter((file) => /\b(?:chrome|browser)\.(?:runtime|storage|tabs|sidePanel|i18n)\b/.test(
      fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(bad).toEqual([]);
  });
  it('the background imports no components', () => {
    expect(violations(['entrypoints/background.ts'], (spec) => spec.startsWith('components'))).toEqual([]);
  });
  it('code that runs on Seller Center pages uses no UI framework and no schema library (it must stay small)', () => {
    const pageFiles = [...sources('components/page'), 'entrypoints/capture.content.ts', 'entrypoints/badges.content.ts', 'entrypoints/page-reader.content.ts'];
    const bad = violations(pageFiles, (spec) => spec === 'preact' || spec.startsWith('preact/') || spec.startsWith('@preact/') || spec.startsWith('zod') ||
      spec === 'lib/protocol' || spec === 'lib/bridge' || spec === 'lib/scoring' || spec === 'lib/i18n');
    expect(bad).toEqual([]);
  });
  it('these rules see imports at all (a broken scanner would pass everything)', () => {
    expect(importsOf('entrypoints/background.ts')).toContain('lib/protocol');
    expect(importsOf('components/page/features/creator-badges.ts')).toContain('lib/seller-center/dom');
  });
});
