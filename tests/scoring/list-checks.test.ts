/**
 * Quick check (list figures only): labelled synthetic rows, honest traps, the sample fixtures' planted fakes, the
 * Japanese likes ÷ followers norms, and a property test that random honest rows are never flagged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessQuick, jpLikesPerFollowerNorm, scoringConstants as K, type Assessment } from '../../lib/scoring';
import { NOW, listRow, type ListLabel } from './generator';
import { FIXTURE_NOW, listCreators } from './fixture-creators';

const ids = (a: Assessment) => a.signals.map((s) => s.id).sort();
const warnings = (a: Assessment) => a.signals.filter((s) => s.severity !== 'info');
const row = (over: Record<string, number | null>) => ({ videos: [], followers: null, medianViews: null, engagementRate: null, ...over });

describe('quick check: honest traps stay healthy', () => {
  it('small creator with viral reach and normal engagement (views 8× followers, ER 6%)', () => {
    const a = assessQuick(row({ followers: 2_400, medianViews: 19_000, avgViews: 40_000, engagementRate: 0.06, gmvJpy: 90_000 }), { now: NOW });
    expect(a.verdict).toBe('healthy');
    expect(warnings(a)).toEqual([]);
  });

  it('large creator with modest engagement (1.2M followers, views 2% of them, ER 1.2%)', () => {
    const a = assessQuick(row({ followers: 1_200_000, medianViews: 24_000, engagementRate: 0.012 }), { now: NOW });
    expect(a.verdict).toBe('healthy');
    expect(warnings(a)).toEqual([]);
  });

  it('large creator with a stale audience (views 1% of followers) gets an info note, not a warning', () => {
    const a = assessQuick(row({ followers: 800_000, medianViews: 8_000, engagementRate: 0.04 }), { now: NOW });
    expect(ids(a)).toEqual(['views_below_followers']);
    expect(a.signals[0]!.severity).toBe('info');
    expect(a.verdict).toBe('healthy');
  });

  it('new creator with little data: a few dozen views and no likes is not judged; no median views → no score', () => {
    const tiny = assessQuick(row({ followers: 1_100, medianViews: 60, engagementRate: 0 }), { now: NOW });
    expect(warnings(tiny)).toEqual([]);
    expect(tiny.verdict).toBe('healthy');
    const unknown = assessQuick(row({ followers: 1_100, engagementRate: 0.05 }), { now: NOW });
    expect(unknown.verdict).toBe('insufficient_data');
    expect(unknown.score).toBeNull();
  });
});

describe('quick check: fakes from list figures', () => {
  it('bought views: views 6× followers with 0.25% engagement → like_view_low + views_above_followers, likely fake', () => {
    const a = assessQuick(row({ followers: 21_500, medianViews: 125_000, engagementRate: 0.0025 }), { now: NOW });
    expect(ids(a)).toEqual(['like_view_low', 'views_above_followers']);
    const above = a.signals.find((s) => s.id === 'views_above_followers')!;
    expect(above.value).toBeCloseTo(125_000 / 21_500, 10);
    expect(above.points).toBe(K.VIEWS_ABOVE_FOLLOWERS_POINTS);
    expect(a.verdict).toBe('likely_fake');
    expect(a.score!).toBeLessThanOrEqual(K.CAP_LIKELY_FAKE);
  });

  it('bought views at 0.8% ER (above the 0.5% floor): views_above_followers alone → suspicious', () => {
    const a = assessQuick(row({ followers: 10_000, medianViews: 50_000, engagementRate: 0.008 }), { now: NOW });
    expect(ids(a)).toEqual(['views_above_followers']);
    expect(a.verdict).toBe('suspicious');
  });

  it('bought likes: ER 48.8% → like_view_high (critical), not healthy', () => {
    const a = assessQuick(row({ followers: 36_800, medianViews: 11_071, engagementRate: 0.488 }), { now: NOW });
    expect(ids(a)).toEqual(['like_view_high']);
    expect(a.signals[0]!.points).toBe(K.S1_CRITICAL_POINTS);
    expect(a.verdict).toBe('suspicious');
  });

  it('bought followers: 400k followers, median views 800 (0.2%) → views_below_followers (critical)', () => {
    const a = assessQuick(row({ followers: 400_000, medianViews: 800, engagementRate: 0.05 }), { now: NOW });
    expect(ids(a)).toEqual(['views_below_followers']);
    expect(a.signals[0]!.severity).toBe('danger');
    expect(a.verdict).toBe('suspicious');
  });
});

describe('quick check: Japanese likes ÷ followers norms (A stream, median 1.33%)', () => {
  it('tier medians from the table', () => {
    expect(jpLikesPerFollowerNorm(3_000)).toBe(0.0212);
    expect(jpLikesPerFollowerNorm(20_000)).toBe(0.0107);
    expect(jpLikesPerFollowerNorm(70_000)).toBe(0.0093);
    expect(jpLikesPerFollowerNorm(2_000_000)).toBe(0.0145);
    expect(K.JP_LIKES_PER_FOLLOWER_MEDIAN).toBe(0.0133);
  });

  it('a creator at the JP tier median of likes ÷ followers is healthy in every tier, at like/view 2–12%', () => {
    for (const tier of K.JP_LIKES_PER_FOLLOWER_TIERS) {
      const followers = Math.max(1_500, tier.minFollowers * 1.5);
      for (const likeView of [0.02, 0.05, 0.12]) {
        // likes ÷ followers = tier median → median views = median × followers ÷ like/view
        const medianViews = Math.round((tier.median * followers) / likeView);
        const a = assessQuick(row({ followers, medianViews, engagementRate: likeView * 1.1 }), { now: NOW });
        expect(warnings(a), `${followers} followers at ${likeView}`).toEqual([]);
      }
    }
  });

  it('every row flagged as bought followers sits below 0.15× the JP tier median of likes ÷ followers', () => {
    for (let seed = 0; seed < 200; seed++) {
      const r = listRow(seed, 'bought_followers');
      const a = assessQuick(r, { now: NOW });
      const s = a.signals.find((x) => x.id === 'views_below_followers' && x.severity === 'danger');
      if (!s) continue;
      const likesPerFollower = (r.medianViews! * r.engagementRate!) / r.followers!;
      expect(likesPerFollower).toBeLessThan(K.S3_JP_LIKES_PER_FOLLOWER_FACTOR * jpLikesPerFollowerNorm(r.followers!));
    }
  });

  it('few viewers who like at JP-normal levels per follower are not called bought followers', () => {
    // 60k followers, 250 views (0.42%) but 35% of viewers like: likes ÷ followers 0.15% ≥ 0.15 × 0.93% → no critical S3.
    const a = assessQuick(row({ followers: 60_000, medianViews: 250, engagementRate: 0.35 }), { now: NOW });
    expect(a.signals.find((s) => s.id === 'views_below_followers')?.severity).not.toBe('danger');
    expect(ids(a)).toContain('like_view_high'); // the likes themselves are implausible instead
  });
});

describe('quick check: calibration on labelled synthetic rows', () => {
  const rates = (label: ListLabel, n = 300) => {
    let flagged = 0;
    let likelyFake = 0;
    for (let seed = 0; seed < n; seed++) {
      const a = assessQuick(listRow(seed, label), { now: NOW });
      if (a.verdict === 'suspicious' || a.verdict === 'likely_fake') flagged++;
      if (a.verdict === 'likely_fake') likelyFake++;
    }
    return { flagged: flagged / n, likelyFake: likelyFake / n };
  };

  it('honest rows: none flagged', () => expect(rates('honest').flagged).toBe(0));
  it('bought views: all flagged, all likely fake', () => expect(rates('bought_views')).toEqual({ flagged: 1, likelyFake: 1 }));
  it('bought likes: all flagged', () => expect(rates('bought_likes').flagged).toBe(1));
  it('bought followers: all flagged', () => expect(rates('bought_followers').flagged).toBe(1));
});

describe('quick check: property — random honest rows are never flagged', () => {
  it('holds for honest reach and per-view engagement ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 5_000_000 }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        fc.double({ min: 0.01, max: 0.15, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: null }),
        (followers, viewRateDraw, er, gmvJpy) => {
          // Honest reach: small accounts may go far beyond their following; 10k+ accounts reach up to 60% of it.
          const viewRate = followers < 10_000 ? viewRateDraw : Math.min(viewRateDraw, 0.6);
          const a = assessQuick(row({ followers, medianViews: Math.round(followers * viewRate), engagementRate: er, gmvJpy }), { now: NOW });
          expect(a.verdict === 'healthy' || a.verdict === 'insufficient_data').toBe(true);
          expect(warnings(a)).toEqual([]);
        },
      ),
      { numRuns: 1_000, seed: 16 },
    );
  });
});

describe('quick check: the sample Find creators pages', () => {
  const rows = listCreators();
  const quick = (handle: string) => assessQuick(rows.get(handle)!, { now: FIXTURE_NOW });

  it('gadget_sokuhou (views ≈ 5–6× followers, 0.25% engagement) is likely fake, not healthy', () => {
    const a = quick('gadget_sokuhou');
    expect(a.verdict).toBe('likely_fake');
    expect(ids(a)).toEqual(['like_view_low', 'views_above_followers']);
  });

  it('the bought-likes creators are flagged; every honest creator is healthy', () => {
    expect(quick('yumekawa_cosme77').verdict).not.toBe('healthy');
    expect(quick('hadaka_cosme').verdict).not.toBe('healthy');
    const planted = new Set(['gadget_sokuhou', 'yumekawa_cosme77', 'hadaka_cosme', 'fashion_lab_0001', 'himitsu_account', 'kazu_no_ryouri', 'nulls_everywhere']);
    for (const handle of rows.keys()) {
      if (planted.has(handle)) continue;
      expect(quick(handle).verdict, handle).toBe('healthy');
    }
  });
});
