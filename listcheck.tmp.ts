import { readFileSync } from 'node:fs';
import { normaliseResponse } from './lib/seller-center';
import { assessCreator } from './lib/scoring';
const NOW = Date.UTC(2026, 10, 24);
const url = 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find?aid=4331';
for (const p of ['page-0','page-1']) {
  const r = normaliseResponse('creatorFind', JSON.parse(readFileSync(`tests/fixtures/api/creatorFind/${p}.json`,'utf8')), { url, now: NOW });
  if (!r.ok) throw new Error('x');
  for (const c of r.data.creators) {
    const a = assessCreator(c, { now: NOW });
    console.log(c.handle?.slice(0,20), c.followers, c.avgViews, c.medianViews, c.medianLikes, c.engagementRate, c.gmvJpy, c.unitsSold, c.gpmJpy, c.medianCommissionRate, c.videosLast30d, c.categories.join('|'), '=>', a.score, a.verdict, a.signals.map(s=>s.id).join(','));
  }
}
