import { describe, expect, it } from 'vitest';
import { assessCreator, scoringConstants as K, type CreatorMetrics } from '../../lib/scoring';
import type { Creator } from '../../lib/model';
import { DAY, HOUR, NOW } from './generator';

/**
 * Hand-worked creator: 20,000 followers, 6 videos 3–13 days old, views 1,000…6,000 (median 3,500),
 * likes 5% of views, comments 2% of likes, shares 0.5% of views, GMV ¥42,000 over 21,000 recent views.
 */
function handWorked(): CreatorMetrics {
  const views = [1000, 2000, 3000, 4000, 5000, 6000];
  return {
    followers: 20_000,
    gmv30dJpy: 42_000,
    videos: views.map((v, i) => ({ postedAt: NOW - (3 + 2 * i) * DAY, views: v, likes: v * 0.05, comments: v * 0.001, shares: v * 0.005 })),
  };
}

describe('assessCreator: hand-worked score', () => {
  it('computes every sub-score and the weighted total', () => {
    const a = assessCreator(handWorked(), { now: NOW });
    expect(a.verdict).toBe('healthy');
    expect(a.signals).toEqual([]);
    expect(a.tier?.id).toBe('micro');
    expect(a.tier?.favoured).toBe(true);
    expect(a.medians.views).toBe(3500);
    expect(a.medians.likeView).toBeCloseTo(0.05, 10);
    expect(a.medians.commentLike).toBeCloseTo(0.02, 10);
    expect(a.medians.engagement).toBeCloseTo(0.056, 10);
    const byId = Object.fromEntries(a.breakdown.components.map((c) => [c.id, c]));
    // GPM = 42,000 / 21,000 × 1,000 = ¥2,000 → 0.6 on the curve.
    expect(byId.sales!.input).toBeCloseTo(2000, 6);
    expect(byId.sales!.value).toBeCloseTo(0.6, 10);
    // ER 5.6% → 0.7 + 0.2 × 0.016/0.02 = 0.86; C/L 2% → 0.7 + 0.3 × 0.5 = 0.85; 0.75 × 0.86 + 0.25 × 0.85 = 0.8575.
    expect(byId.engagement!.value).toBeCloseTo(0.8575, 10);
    // views/followers 17.5% ≥ 15% → 1.0.
    expect(byId.reach!.value).toBeCloseTo(1, 10);
    // 6 videos in 30 d = 0.2/day → 0.4 + 0.4 × 0.1/0.15.
    expect(byId.cadence!.value).toBeCloseTo(0.4 + 0.4 * (0.1 / 0.15), 10);
    expect(byId.authenticity!.value).toBe(1);
    // 100 × (0.18 + 0.214375 + 0.2 + 0.0666… + 0.15) = 81.10
    expect(a.breakdown.uncapped).toBeCloseTo(81.104, 2);
    expect(a.score).toBe(81);
    expect(a.window).toEqual({ videos: 6, oldestAgeDays: 13, newestAgeDays: 3, source: 'videos' });
  });

  it('re-weights missing inputs instead of counting them as zero', () => {
    const full = assessCreator(handWorked(), { now: NOW });
    const noSales = assessCreator({ ...handWorked(), gmv30dJpy: null }, { now: NOW });
    const sales = noSales.breakdown.components.find((c) => c.id === 'sales')!;
    expect(sales.available).toBe(false);
    expect(sales.points).toBeNull();
    expect(sales.effectiveWeight).toBe(0);
    // fit is unavailable too (no seller category), so only the other four share the weight
    for (const c of noSales.breakdown.components.filter((x) => x.id !== 'sales' && x.id !== 'fit')) {
      expect(c.effectiveWeight).toBeCloseTo(c.weight / 0.7, 10);
      const before = full.breakdown.components.find((x) => x.id === c.id)!;
      expect(c.value).toBeCloseTo(before.value!, 10); // same sub-score, only the weight moved
    }
    // (0.214375 + 0.2 + 0.0666… + 0.15) / 0.7 = 0.9015 → 90; counting sales as zero would give 63.
    expect(noSales.score).toBe(90);
    const sumWeights = noSales.breakdown.components.reduce((s, c) => s + c.effectiveWeight, 0);
    expect(sumWeights).toBeCloseTo(1, 10);
  });

  it('falls back from GMV to units when only units are known', () => {
    const a = assessCreator({ ...handWorked(), gmv30dJpy: null, units30d: 21 }, { now: NOW });
    const sales = a.breakdown.components.find((c) => c.id === 'sales')!;
    // 21 units / 21,000 views × 1,000 = 1 unit per mille = ¥2,000 at the assumed price → 0.6.
    expect(sales.input).toBeCloseTo(1, 10);
    expect(sales.value).toBeCloseTo(0.6, 10);
  });

  it('drops the shares term from the ER formula when a video lacks shares', () => {
    const m = handWorked();
    const videos = m.videos!.map((v, i) => (i === 0 ? { ...v, shares: null } : v));
    const a = assessCreator({ ...m, videos }, { now: NOW });
    expect(a.medians.engagement).toBeCloseTo(0.051, 10);
    expect(a.breakdown.components.find((c) => c.id === 'engagement')!.formula.en).toContain('(likes + comments) ÷ views');
  });
});

describe('assessCreator: re-weighting inside engagement', () => {
  it('with comments unknown everywhere, ER uses likes + shares and the comment/like part drops out', () => {
    const m = handWorked();
    const videos = m.videos!.map((v) => ({ ...v, comments: null }));
    const a = assessCreator({ ...m, videos }, { now: NOW });
    expect(a.medians.commentLike).toBeNull();
    expect(a.medians.engagement).toBeCloseTo(0.055, 10); // 5% likes + 0.5% shares
    const engagement = a.breakdown.components.find((c) => c.id === 'engagement')!;
    // 5.5% → 0.7 + 0.2 × 0.015/0.02 = 0.85, taken whole (not 0.75 × 0.85 + 0.25 × 0)
    expect(engagement.value).toBeCloseTo(0.85, 10);
    expect(engagement.formula.en).toContain('median per video of (likes + shares) ÷ views');
  });
});

describe('assessCreator: 48-hour exclusion', () => {
  it('ignores videos younger than 48 h and keeps those exactly 48 h old', () => {
    const m = handWorked();
    const young = [
      { postedAt: NOW - 47 * HOUR, views: 90_000, likes: 0, comments: 0, shares: 0 },
      { postedAt: NOW - 1 * HOUR, views: 50, likes: 40, comments: 0, shares: 0 },
    ];
    const exactly = { postedAt: NOW - 48 * HOUR, views: 3500, likes: 175, comments: 3.5, shares: 17.5 };
    const a = assessCreator({ ...m, videos: [...young, exactly, ...m.videos!] }, { now: NOW });
    const tooNew = a.videos.filter((r) => r.excluded === 'too_new');
    expect(tooNew.map((r) => r.views)).toEqual([50, 90_000]); // newest first
    expect(a.window.videos).toBe(7);
    expect(a.window.newestAgeDays).toBeCloseTo(2, 10);
    expect(a.medians.views).toBe(3500); // the 90k young video did not move the median
    expect(a.signals.find((s) => s.id === 'view_spikes')).toBeUndefined();
    expect(a.verdict).toBe('healthy');
  });

  it('is insufficient when every video is younger than 48 h', () => {
    const m = handWorked();
    const videos = m.videos!.map((v) => ({ ...v, postedAt: NOW - 10 * HOUR }));
    const a = assessCreator({ ...m, videos }, { now: NOW });
    expect(a.verdict).toBe('insufficient_data');
    expect(a.score).toBeNull();
    expect(a.signals[0]!.id).toBe('insufficient_data');
    expect(a.signals[0]!.value).toBe(0);
    expect(a.signals[0]!.message.en).toContain('Only 0 usable videos');
  });
});

describe('assessCreator: insufficient data', () => {
  it('has no score without videos', () => {
    const a = assessCreator({ followers: 30_000, videos: [] }, { now: NOW });
    expect(a.verdict).toBe('insufficient_data');
    expect(a.score).toBeNull();
    expect(a.tier?.id).toBe('micro');
    expect(a.breakdown.components.every((c) => !c.available)).toBe(true);
  });

  it('has no score when followers are unknown, even with plenty of videos', () => {
    const a = assessCreator({ ...handWorked(), followers: null }, { now: NOW });
    expect(a.verdict).toBe('insufficient_data');
    expect(a.score).toBeNull();
    expect(a.tier).toBeNull();
    expect(a.signals[0]!.message.ja).toContain('フォロワー数が不明');
  });

  it('needs six eligible videos: five is not enough', () => {
    const m = handWorked();
    const a = assessCreator({ ...m, videos: m.videos!.slice(0, 5) }, { now: NOW });
    expect(a.verdict).toBe('insufficient_data');
    expect(a.signals[0]!.value).toBe(5);
    expect(a.signals[0]!.threshold).toBe(K.MIN_ELIGIBLE_VIDEOS);
  });

  it('treats unknown views as missing, not zero', () => {
    const m = handWorked();
    const videos = [...m.videos!, { postedAt: NOW - 20 * DAY, views: null, likes: 10, comments: 1, shares: 0 }];
    const a = assessCreator({ ...m, videos }, { now: NOW });
    expect(a.videos.find((r) => r.views == null)!.excluded).toBe('views_unknown');
    expect(a.medians.views).toBe(3500);
  });
});

describe('assessCreator: medians, not means', () => {
  it('one giveaway video with comments far above likes does not fire comment_like_high', () => {
    const m = handWorked();
    const videos = m.videos!.map((v, i) => (i === 2 ? { ...v, comments: v.likes! * 3 } : v));
    const a = assessCreator({ ...m, videos }, { now: NOW });
    // The mean of comment/like would be (5 × 0.02 + 3) / 6 ≈ 0.52, far above the 30% ceiling.
    const mean = a.videos.reduce((s, r) => s + (r.commentLike ?? 0), 0) / 6;
    expect(mean).toBeGreaterThan(K.S2_COMMENT_LIKE_CRITICAL_HIGH);
    expect(a.medians.commentLike).toBeCloseTo(0.02, 10);
    expect(a.signals.map((s) => s.id)).not.toContain('comment_like_high');
    expect(a.verdict).toBe('healthy');
  });

  it('one huge video does not lift the view rate used for reach', () => {
    const m = { ...handWorked(), followers: 400_000 };
    // The 1,000-view video becomes 2M: median of [2M, 2k, 3k, 4k, 5k, 6k] = 4,500, 4,500 / 400k = 1.125% < 1.5%
    // → views_below_followers at the warning level. The mean (≈ 336,667 views, 84% of followers) would hide it.
    // Alone it is a corroborating-only note: 0 points, info, the verdict stays healthy (no green above amber).
    const videos = m.videos!.map((v, i) => (i === 0 ? { ...v, views: 2_000_000, likes: 100_000, comments: 2_000, shares: 10_000 } : v));
    const a = assessCreator({ ...m, videos }, { now: NOW });
    const reach = a.signals.find((s) => s.id === 'views_below_followers');
    expect(a.medians.views).toBe(4500);
    expect(reach?.value).toBeCloseTo(4500 / 400_000, 10);
    expect(reach?.points).toBe(0);
    expect(reach?.severity).toBe('info');
    expect(a.verdict).toBe('healthy');
  });
});

describe('assessCreator: Mitate Creator input', () => {
  it('accepts a full Creator and derives growth from followerTrend and sales from gmvJpy', () => {
    const m = handWorked();
    const creator: Creator = {
      id: 'c1', handle: '<b>x</b>', nickname: null, bio: null, region: 'JP', followers: 200_000, categories: ['beauty'],
      gmvJpy: 42_000, gpmJpy: null, unitsSold: null, avgViews: null, medianViews: null, medianLikes: null, medianComments: null,
      medianShares: null, engagementRate: null, medianCommissionRate: null, sampleFulfillmentRate: null, fulfillmentScore: null,
      videosLast30d: null, followerGenders: [], followerAges: [],
      videos: m.videos!.map((v, i) => ({ id: `v${i}`, caption: null, shoppable: null, postedAt: v.postedAt!, views: v.views! * 10, likes: v.likes! * 10, comments: v.comments! * 10, shares: v.shares! * 10 })),
      // 100k → 200k in 30 days: +100% over the start, with no video ≥ 3× the median.
      followerTrend: [
        { at: NOW - 30 * DAY, followers: 100_000 },
        { at: NOW - 7 * DAY, followers: 180_000 },
        { at: NOW, followers: 200_000 },
      ],
    };
    const a = assessCreator(creator, { now: NOW });
    expect(a.followerGrowth.rate30d).toBeCloseTo(1, 10);
    expect(a.followerGrowth.rate7d).toBeCloseTo(20_000 / 180_000, 10);
    const jump = a.signals.find((s) => s.id === 'follower_jump')!;
    expect(jump.points).toBe(3);
    expect(jump.value).toBeCloseTo(1, 10);
    expect(jump.message.en).toContain('100.0%');
    expect(jump.message.en).toContain('+100,000');
    expect(a.breakdown.components.find((c) => c.id === 'sales')!.input).toBeCloseTo(200, 6); // 42,000 / 210,000 × 1,000
  });
});

describe('median helper', () => {
  it('matches a sorted-array median on short and long lists, without reordering the input', async () => {
    const { median, robustCv } = await import('../../lib/scoring/stats');
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const long = Array.from({ length: 101 }, (_, i) => (i * 37) % 101); // a permutation of 0..100
    const copy = long.slice();
    expect(median(long)).toBe(50);
    expect(long).toEqual(copy);
    // robust CV of [9, 10, 11]: median 10, MAD 1 → 1.4826 / 10
    expect(robustCv([9, 10, 11])).toBeCloseTo(0.14826, 10);
  });
});
