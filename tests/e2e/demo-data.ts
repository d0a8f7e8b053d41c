/** Inputs the demo, the benchmark and the e2e tests share, read from the sample fixtures. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const API_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/api');

/** Risky Japanese ad copy for the popup's compliance check. */
export const DEMO_COPY = '【業界最安】飲むだけで痩せる！シミが消える美白クリーム。絶対に効果あり ※個人の感想です';

export type RawFindPage = { creator_profile_list: Array<Record<string, { value?: unknown } | undefined>> } & Record<string, unknown>;

export function sampleFindPage(page = 0): RawFindPage {
  return JSON.parse(readFileSync(path.join(API_FIXTURES, `creatorFind/page-${page}.json`), 'utf8'));
}

/** Ids of the sample creators on the first list page, in list order. */
export function sampleCreatorIds(): string[] {
  return sampleFindPage().creator_profile_list.map((c) => String(c.creator_oecuid?.value ?? '')).filter(Boolean);
}

/** The demo shop's cost of goods for the shampoo (fixture product 1), so the break-even chip has a figure to show. */
export const DEMO_COST = { productId: '1732000000000000001', costOfGoodsJpy: 1100 } as const;
