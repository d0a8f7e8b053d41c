/**
 * npm run fixture:from-report <report.json> [--out <dir>]
 * Turns a seller's "Page formats" report into, per format, a fixture (tests/fixtures/reported/) and a failing test
 * (tests/seller-center/reported/). Existing files are never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fixtureFilesFromReport, pageFormatsReportSchema } from '../../lib/seller-center/format-report';

function main(argv: string[]): number {
  const outIndex = argv.indexOf('--out');
  const out = resolve(outIndex >= 0 ? argv[outIndex + 1] ?? '.' : '.');
  const file = argv.find((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--out');
  if (!file) {
    console.error('usage: npm run fixture:from-report <report.json> [--out <dir>]');
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const parsed = pageFormatsReportSchema.safeParse(json);
  if (!parsed.success) {
    console.error(`${file} is not a Mitate page-formats report: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return 1;
  }
  for (const generated of fixtureFilesFromReport(parsed.data)) {
    const target = join(out, generated.path);
    if (existsSync(target)) {
      console.log(`kept     ${generated.path} (exists)`);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, generated.content);
    console.log(`written  ${generated.path}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
