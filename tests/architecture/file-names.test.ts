/**
 * One file-naming convention (README "Contributing"): every module is kebab-case (`creator-id.ts`,
 * `page-reader.content.ts`); only a .tsx file under components/ whose export is the Preact component of the same
 * name is PascalCase (`CreatorTable.tsx` exports `CreatorTable`), and so is that component's test. Folders are
 * kebab-case. Saved fixture data under tests/fixtures keeps the names of what it records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['lib', 'components', 'entrypoints', 'tests'];
const CODE = /\.(ts|tsx|js|css|html)$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (rel === 'tests/fixtures' || entry.name === 'screenshots') continue;
    if (entry.isDirectory()) {
      out.push(`${rel}/`);
      walk(rel, out);
    } else if (CODE.test(entry.name)) out.push(rel);
  }
  return out;
}

/** The name before the first dot: `page-reader` of `page-reader.content.ts`, `CreatorTable` of `CreatorTable.test.tsx`. */
const stem = (file: string) => path.basename(file).split('.')[0]!;

/** Components (PascalCase .tsx under components/) by name, each checked to export the component it is named after. */
function componentFiles(files: string[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const file of files) if (file.startsWith('components/') && file.endsWith('.tsx') && PASCAL.test(stem(file))) byName.set(stem(file), file);
  return byName;
}

export function namingViolations(files: string[], exportsComponent: (file: string, name: string) => boolean): string[] {
  const components = componentFiles(files);
  const bad: string[] = [];
  for (const entry of files) {
    if (entry.endsWith('/')) {
      if (!KEBAB.test(path.basename(entry))) bad.push(`${entry} (folder: kebab-case)`);
      continue;
    }
    const name = stem(entry);
    if (KEBAB.test(name)) continue;
    if (!PASCAL.test(name)) bad.push(`${entry} (kebab-case, or PascalCase for a component)`);
    else if (entry.startsWith('components/')) {
      if (!entry.endsWith('.tsx') || !exportsComponent(entry, name)) bad.push(`${entry} (PascalCase only for a .tsx exporting the component ${name})`);
    } else if (!(entry.startsWith('tests/') && /\.test\.tsx$/.test(entry) && components.has(name))) {
      bad.push(`${entry} (PascalCase only for components/ and their tests)`);
    }
  }
  return bad;
}

const exportsComponentInFile = (file: string, name: string) =>
  new RegExp(`export\\s+(?:function|const|class)\\s+${name}\\b`).test(fs.readFileSync(path.join(ROOT, file), 'utf8'));

describe('file names', () => {
  it('follow the convention everywhere in lib/, components/, entrypoints/ and tests/', () => {
    const files = SCANNED.flatMap((dir) => walk(dir));
    expect(files.length).toBeGreaterThan(100);
    expect(namingViolations(files, exportsComponentInFile)).toEqual([]);
  });

  it('flags camelCase modules, PascalCase non-components and tests of no component', () => {
    const files = ['lib/export/creatorId.ts', 'lib/x/Helper.ts', 'components/x/Widget.tsx', 'components/x/Panel.tsx', 'tests/x/Nothing.test.tsx',
      'tests/x/Panel.test.tsx', 'components/someDir/', 'lib/x/page-reader.content.ts'];
    expect(namingViolations(files, (_file, name) => name === 'Panel')).toEqual([
      'lib/export/creatorId.ts (kebab-case, or PascalCase for a component)',
      'lib/x/Helper.ts (PascalCase only for components/ and their tests)',
      'components/x/Widget.tsx (PascalCase only for a .tsx exporting the component Widget)',
      'tests/x/Nothing.test.tsx (PascalCase only for components/ and their tests)',
      'components/someDir/ (folder: kebab-case)',
    ]);
  });
});
