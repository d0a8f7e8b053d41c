/**
 * Issue 13: spreading an array into a call's arguments (`Math.min(...xs)`, `push(...xs)`, `new Set(...)` is fine, it
 * takes one iterable) throws RangeError once the array is large. This scans the shipped source with the TypeScript
 * parser and fails on any spread argument not listed below with the reason its array is small.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { appendAll, maxOf, minOf } from '../../lib/collections';

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['lib', 'components', 'entrypoints'];

/** file → call text prefix → why its array is bounded */
const BOUNDED: Record<string, Record<string, string>> = {
  'lib/i18n/index.ts': { 'Object.assign({}, ...tables)': 'the fixed list of message tables' },
  'lib/scoring/badge.ts': { 't(lang, warning.key, ...warning.params': "a message's placeholders ($1..$9 at most)" },
  'lib/seller-center/normalise.ts': { 'metricOf(metrics, spec.prefix, ...names)': 'a fixed list of field names' },
};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) appendAll(out, sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Every spread argument of a call or `new` in `text`, as "line: call text". */
export function spreadArguments(fileName: string, text: string): Array<{ line: number; call: string }> {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Array<{ line: number; call: string }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, call: node.parent.getText() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no array spread into call arguments', () => {
  it('finds spreads into calls, not into array or object literals', () => {
    const found = spreadArguments('x.ts', 'Math.min(...xs); a.push(...b); new Foo(...c); const d = [...xs]; const e = { ...o }; f(xs);');
    expect(found.map((f) => f.call)).toEqual(['Math.min(...xs)', 'a.push(...b)', 'new Foo(...c)']);
  });

  it('lib/, components/ and entrypoints/ have none beyond the listed bounded ones', () => {
    const offending: string[] = [];
    for (const file of SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      for (const { line, call } of spreadArguments(file, fs.readFileSync(file, 'utf8'))) {
        const allowed = Object.keys(BOUNDED[rel] ?? {}).some((prefix) => call.startsWith(prefix));
        if (!allowed) offending.push(`${rel}:${line} ${call.slice(0, 80)}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('the loop helpers handle 1,000,000 values where spreading throws', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.min(...values)).toThrow(RangeError);
    expect(minOf(values)).toBe(0);
    expect(maxOf(values)).toBe(values.reduce((a, b) => (b > a ? b : a), -Infinity));
    expect(minOf([], 0)).toBe(0);
    expect(maxOf([3, 9, 2], 10)).toBe(10);
    expect(appendAll([1], values).length).toBe(1_000_001);
  });
});
