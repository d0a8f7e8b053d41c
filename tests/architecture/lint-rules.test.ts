/**
 * The house rules live in eslint.config.js and run in `npm test` (`npm run lint`). These cases prove each rule fires on
 * the code it forbids, in the directory it guards, and stays quiet on the allowed form: a rule that silently stopped
 * matching (a renamed plugin, a moved directory) would otherwise pass everything.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** Rule ids reported for `code` as if it were the file `file` (project-relative; the file need not exist). */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('house rules in ESLint', () => {
  it('no array spread into call or new arguments in shipped code; literals and tests are fine', async () => {
    const code = 'export const a = (xs: number[], out: number[]) => { out.push(...xs); return [Math.min(...xs), new Set(...[xs])]; };\n';
    expect(await rulesFor('lib/x/spread.ts', code)).toEqual(['no-restricted-syntax', 'no-restricted-syntax', 'no-restricted-syntax']);
    expect(await rulesFor('components/x/spread.ts', code)).toHaveLength(3);
    expect(await rulesFor('lib/x/literal.ts', 'export const a = (xs: number[]) => ({ all: [...xs], n: xs.length });\n')).toEqual([]);
    expect(await rulesFor('tests/x/spread.test.ts', code)).toEqual([]);
  });

  it('lib/ imports no components, entrypoints, WXT, browser polyfill or Preact, and uses no extension globals', async () => {
    for (const spec of ['../../components/page/registry', '../../entrypoints/background', 'wxt/browser', 'webextension-polyfill', 'preact/hooks', '@preact/signals']) {
      expect(await rulesFor('lib/x/layer.ts', `import { a } from '${spec}';\nexport const b = a;\n`), spec).toEqual(['no-restricted-imports']);
    }
    expect(await rulesFor('lib/x/api.ts', 'export const send = () => chrome.runtime.sendMessage({});\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFor('lib/x/api.ts', 'export const send = () => browser.storage.local.get();\n')).toEqual(['no-restricted-globals']);
    expect(await rulesFor('lib/x/fine.ts', "import { t } from '../i18n';\nexport const b = t;\n")).toEqual([]);
  });

  it('the background imports no components; other entrypoints may', async () => {
    const code = "import { mount } from '../components/app/mount';\nexport const m = mount;\n";
    expect(await rulesFor('entrypoints/background.ts', code)).toEqual(['no-restricted-imports']);
    expect(await rulesFor('entrypoints/popup/main.tsx', code)).toEqual([]);
  });

  it('code on Seller Center pages imports no Preact, no zod and none of the heavy lib indexes', async () => {
    for (const [file, spec] of [['components/page/x.ts', 'preact'], ['components/page/features/x.ts', 'zod/mini'], ['entrypoints/capture.content.ts', '../lib/protocol'],
      ['entrypoints/badges.content.ts', '../lib/i18n'], ['entrypoints/page-reader.content.ts', '../lib/bridge/index']] as const) {
      expect(await rulesFor(file, `import { a } from '${spec}';\nexport const b = a;\n`), `${file} ${spec}`).toEqual(['no-restricted-imports']);
    }
    expect(await rulesFor('components/page/x.ts', "import { a } from '../../lib/protocol/client';\nexport const b = a;\n")).toEqual([]);
    expect(await rulesFor('components/popup/x.ts', "import { a } from 'preact';\nexport const b = a;\n")).toEqual([]);
  });

  it('an eslint-disable must say why, and must be needed', async () => {
    const spread = 'export const f = (xs: number[]) => Math.max(';
    expect(await rulesFor('lib/x/d.ts', `// eslint-disable-next-line no-restricted-syntax\n${spread}...xs);\n`)).toEqual(['@eslint-community/eslint-comments/require-description']);
    expect(await rulesFor('lib/x/d.ts', `// eslint-disable-next-line no-restricted-syntax -- two values at most\n${spread}...xs);\n`)).toEqual([]);
    const unused = await rulesFor('lib/x/d.ts', '// eslint-disable-next-line no-restricted-syntax -- nothing to disable\nexport const a = 1;\n');
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatch(/Unused eslint-disable directive/);
  });

  it('types are imported as types', async () => {
    expect(await rulesFor('lib/x/types.ts', "import { Lang } from '../i18n';\nexport const a: Lang = 'ja';\n")).toEqual(['@typescript-eslint/consistent-type-imports']);
    expect(await rulesFor('lib/x/types.ts', "import type { Lang } from '../i18n';\nexport const a: Lang = 'ja';\n")).toEqual([]);
  });
});
