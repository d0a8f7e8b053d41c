/** Profile-median fallback (the quick check's engine): the Find creators list gives creator medians but no videos. */
import { describe, expect, it } from 'vitest';
import { assessCreator, scoringConstants as K, type Assessment, type CreatorMetrics } from '../../lib/scoring';
import type { Creator } from '../../lib/model';
import { DAY, NOW } from './generator';

const ids = (a: Assessment) => a.signals.map((s) => s.id).sort();
const part = (a: Assessment, id: string) => a.breakdown.components.find((c) => c.id === id)!;

/** A list-page Creator: no videos, only the platform's creator-level numbers. */
function listCreator(over: Partial<Creator>): Creator {
  return {
    id: 'c1', handle: 'h', nickname: null, bio: null, region: 'JP', followers: null, categories: [],
    gmvJpy: null, gpmJpy: null, unitsSold: null, avgViews: null, medianViews: null, medianLikes: null, medianComments: null,
    medianShares: null, engagementRate: null, medianCommissionRate: null, sampleFulfillmentRate: null, fulfillmentScore: null,
    videosLast30d: null, followerGenders: [], followerAges: [], videos: [], followerTrend: [],
    ...over,
  };
}

/** The medians of assess.test.ts's hand-worked creator (6 videos, 1,000…6,000 views, 5% likes, 2% comments/likes, 0.5% shares). */
const honestMedians = { followers: 20_000, medianViews: 3_500, medianLikes: 175, medianComments: 3.5, medianShares: 17.5, gmvJpy: 42_000, videosLast30d: 6 };

describe('profile-median fallback: honest creator', () => {
  it('scores a list-only creator from medians and calls it healthy, with the hand-worked sub-scores', () => {
    const a = assessCreator(listCreator(honestMedians), { now: NOW });
    expect(a.basis).toBe('profile_medians');
    expect(a.verdict).toBe('healthy');
    expect(a.signals).toEqual([]);
    expect(a.window).toEqual({ videos: 0, oldestAgeDays: null, newestAgeDays: null, source: 'profile_medians' });
    expect(a.medians.likeView).toBeCloseTo(0.05, 10); // 175 / 3,500
    expect(a.medians.commentLike).toBeCloseTo(0.02, 10); // 3.5 / 175
    expect(a.medians.engagement).toBeCloseTo(0.056, 10); // (175 + 3.5 + 17.5) / 3,500
    // recent views ≈ 3,500 × 6 = 21,000 → GPM ¥42,000 / 21,000 × 1,000 = ¥2,000 → 0.6
    expect(part(a, 'sales').input).toBeCloseTo(2000, 6);
    expect(part(a, 'sales').value).toBeCloseTo(0.6, 10);
    expect(part(a, 'engagement').value).toBeCloseTo(0.8575, 10); // 0.75 × 0.86 + 0.25 × 0.85
    expect(part(a, 'reach').value).toBe(1); // 17.5% ≥ 15%
    expect(part(a, 'cadence').value).toBeCloseTo(0.4 + 0.4 * (0.1 / 0.15), 10); // 6 videos / 30 d = 0.2/day
    // Same medians as the hand-worked video creator → the same 81.10 → 81.
    expect(a.breakdown.uncapped).toBeCloseTo(81.104, 2);
    expect(a.score).toBe(81);
  });

  it('with the engagement rate but no median likes: ER alone drives engagement, S1/S2 stay unavailable', () => {
    const a = assessCreator({ followers: 20_000, medianViews: 3_500, engagementRate: 0.056, videos: [] }, { now: NOW });
    expect(a.basis).toBe('profile_medians');
    expect(a.medians.likeView).toBeNull();
    expect(a.medians.commentLike).toBeNull();
    expect(part(a, 'engagement').value).toBeCloseTo(0.86, 10);
    expect(part(a, 'engagement').formula.en).toContain("the platform's engagement rate");
    expect(part(a, 'sales').available).toBe(false);
    expect(part(a, 'cadence').available).toBe(false);
    // (0.25 × 0.86 + 0.2 × 1 + 0.15 × 1) / 0.6 = 0.94167 → 94
    expect(a.score).toBe(94);
  });
});

describe('profile-median fallback: fakes visible in the medians', () => {
  it('bought likes (likes/views 50%) with almost no comments is likely fake, both signals from medians', () => {
    const a = assessCreator({ followers: 50_000, medianViews: 10_000, medianLikes: 5_000, medianComments: 5, videos: [] }, { now: NOW });
    expect(a.basis).toBe('profile_medians');
    expect(ids(a)).toEqual(['comment_like_low', 'like_view_high']);
    const likes = a.signals.find((s) => s.id === 'like_view_high')!;
    expect(likes.value).toBeCloseTo(0.5, 10);
    expect(likes.points).toBe(K.S1_CRITICAL_POINTS);
    expect(likes.window).toEqual({ videos: 0, oldestAgeDays: null, newestAgeDays: null, source: 'profile_medians' });
    expect(likes.formula.en).toBe('median likes ÷ median views (platform medians)');
    expect(likes.message.en).toContain("Like/view 50.0% (the platform's creator medians)");
    expect(likes.message.zh_CN).toContain('平台提供的达人中位数');
    const comments = a.signals.find((s) => s.id === 'comment_like_low')!;
    expect(comments.value).toBeCloseTo(0.001, 10); // 5 / 5,000; 5,000 × 0.2% = 10 ≥ 3 expected comments, so judged
    expect(comments.points).toBe(K.S2_CRITICAL_POINTS);
    expect(a.breakdown.riskPoints).toBe(6);
    expect(a.verdict).toBe('likely_fake');
    // engagement 0.75 × f(50.05%) = 0.75 + 0.25 × f(0.1%) = 0 → 0.75; reach 20% → 1; authenticity 0.
    // (0.25 × 0.75 + 0.2 × 1 + 0) / 0.6 = 64.58 → capped at 30
    expect(a.breakdown.uncapped).toBeCloseTo(64.583, 2);
    expect(a.breakdown.cap).toBe(K.CAP_LIKELY_FAKE);
    expect(a.score).toBe(30);
  });

  it('one critical signal from medians is only suspicious: no shortcut to likely fake', () => {
    const a = assessCreator({ followers: 50_000, medianViews: 10_000, medianLikes: 5_000, medianComments: 100, videos: [] }, { now: NOW });
    expect(ids(a)).toEqual(['like_view_high']); // comments 2% of likes: fine
    expect(a.breakdown.riskPoints).toBe(3);
    expect(a.verdict).toBe('suspicious');
    expect(a.score).toBeLessThanOrEqual(K.CAP_SUSPICIOUS);
  });

  it('bought views: like/view collapsed to 0.3% is flagged', () => {
    const a = assessCreator({ followers: 200_000, medianViews: 50_000, medianLikes: 150, medianComments: 6, videos: [] }, { now: NOW });
    expect(ids(a)).toEqual(['like_view_low']);
    const s = a.signals[0]!;
    expect(s.value).toBeCloseTo(0.003, 10); // 150 / 50,000 < 0.5%; 50,000 × 0.5% = 250 expected likes, judged
    expect(s.points).toBe(K.S1_CRITICAL_POINTS);
    expect(a.verdict).toBe('suspicious');
  });

  it('bought or dead followers: median views 0.33% of 300k followers plus collapsed likes is likely fake', () => {
    const a = assessCreator({ followers: 300_000, medianViews: 1_000, medianLikes: 3, videos: [] }, { now: NOW });
    expect(ids(a)).toEqual(['like_view_low', 'views_below_followers']);
    const reach = a.signals.find((s) => s.id === 'views_below_followers')!;
    expect(reach.value).toBeCloseTo(1_000 / 300_000, 10);
    expect(reach.points).toBe(K.S3_CRITICAL_POINTS);
    expect(reach.formula.en).toBe('median views ÷ followers (platform medians)');
    expect(reach.message.en).toContain("(the platform's creator medians)");
    // like/view 0.3% < 0.5%, and 1,000 × 0.5% = 5 ≥ 3 expected likes → critical
    expect(a.signals.find((s) => s.id === 'like_view_low')!.points).toBe(K.S1_CRITICAL_POINTS);
    expect(a.verdict).toBe('likely_fake');
  });

  it('never runs the video-only checks: a follower jump with no videos to explain it adds nothing', () => {
    const a = assessCreator({
      ...honestMedians,
      videos: [],
      followerTrend: [{ at: NOW - 30 * DAY, followers: 10_000 }, { at: NOW, followers: 20_000 }],
    }, { now: NOW });
    expect(a.basis).toBe('profile_medians');
    expect(a.followerGrowth.rate30d).toBeCloseTo(1, 10); // still reported
    expect(ids(a)).toEqual([]);
    expect(a.verdict).toBe('healthy');
  });
});

describe('profile-median fallback: when it does not apply', () => {
  it('nothing known → insufficient data, basis videos', () => {
    const a = assessCreator(listCreator({ followers: 30_000 }), { now: NOW });
    expect(a.verdict).toBe('insufficient_data');
    expect(a.basis).toBe('videos');
    expect(a.score).toBeNull();
  });

  it('median views without likes or engagement rate → insufficient', () => {
    const a = assessCreator({ followers: 30_000, medianViews: 5_000, medianComments: 10, videos: [] }, { now: NOW });
    expect(a.verdict).toBe('insufficient_data');
    expect(a.basis).toBe('videos');
  });

  it('medians but unknown followers → insufficient', () => {
    const a = assessCreator({ ...honestMedians, followers: null, videos: [] }, { now: NOW });
    expect(a.verdict).toBe('insufficient_data');
    expect(a.signals[0]!.message.en).toBe('Follower count unknown, so no score.');
  });

  it('too few videos but medians known: medians are used, the few videos are still listed', () => {
    const videos = [1000, 2000, 3000].map((v, i) => ({ id: `v${i}`, postedAt: NOW - (3 + i) * DAY, views: v, likes: v * 0.05, comments: 1, shares: 0 }));
    const a = assessCreator({ ...honestMedians, videos }, { now: NOW });
    expect(a.basis).toBe('profile_medians');
    expect(a.videos.map((r) => r.id)).toEqual(['v0', 'v1', 'v2']);
    expect(a.medians.views).toBe(3_500); // the platform's, not the 2,000 of the three videos
    expect(a.score).toBe(81);
  });
});

describe('profile-median fallback: a few stored videos do not leak into median-based measures', () => {
  // One 100k hit among three stored videos (97% of their views), one with likes unknown.
  const fewVideos = [100_000, 1_000, 2_000].map((v, i) => ({ id: `v${i}`, postedAt: NOW - (3 + i) * DAY, views: v, likes: i === 1 ? null : v * 0.05, comments: 1, shares: 0 }));

  it('no one-hit reach penalty from three videos: reach stays f(17.5%) = 1', () => {
    const a = assessCreator({ ...honestMedians, videos: fewVideos }, { now: NOW });
    expect(part(a, 'reach').value).toBe(1);
    expect(a.score).toBe(81);
  });

  it('signal windows are the platform medians even when some stored videos lack likes', () => {
    const a = assessCreator({ ...honestMedians, medianLikes: 1_000, videos: fewVideos }, { now: NOW });
    const s = a.signals.find((x) => x.id === 'like_view_high')!;
    expect(s.value).toBeCloseTo(1_000 / 3_500, 10);
    expect(s.window.source).toBe('profile_medians');
    expect(s.window.videos).toBe(0);
  });
});

describe('profile-median fallback: the video list wins', () => {
  it('six eligible videos give exactly the hand-worked video score, whatever the medians say', () => {
    const views = [1000, 2000, 3000, 4000, 5000, 6000];
    const withVideos: CreatorMetrics = {
      followers: 20_000,
      gmv30dJpy: 42_000,
      videos: views.map((v, i) => ({ postedAt: NOW - (3 + 2 * i) * DAY, views: v, likes: v * 0.05, comments: v * 0.001, shares: v * 0.005 })),
    };
    // Medians that alone would be likely fake (see above).
    const a = assessCreator({ ...withVideos, medianViews: 10_000, medianLikes: 5_000, medianComments: 5, engagementRate: 0.5 }, { now: NOW });
    const before = assessCreator(withVideos, { now: NOW });
    expect(a.basis).toBe('videos');
    expect(a.signals).toEqual([]);
    expect(a.verdict).toBe('healthy');
    expect(a.score).toBe(81); // assess.test.ts hand-worked total 81.10
    expect(a.window).toEqual({ videos: 6, oldestAgeDays: 13, newestAgeDays: 3, source: 'videos' });
    expect(a.medians.views).toBe(3_500);
    expect(a.breakdown).toEqual(before.breakdown);
  });
});

describe('platform engagement rate alone (list rows without median likes)', () => {
  const now = Date.UTC(2026, 10, 24);
  const base = { followers: 37_000, medianViews: 12_000, videos: [] };

  it('flags an implausible engagement rate as too many likes, with the same points as S1', () => {
    // 48.8% ER > 0.25 × 1.25 = 31.25% → critical S1 (3 points) → suspicious, capped at 60.
    const a = assessCreator({ ...base, engagementRate: 0.488 }, { now });
    const s1 = a.signals.find((s) => s.id === 'like_view_high');
    expect(s1?.points).toBe(3);
    expect(s1?.threshold).toBeCloseTo(0.3125, 10);
    expect(a.verdict).toBe('suspicious');
    expect(a.score).toBeLessThanOrEqual(60);
  });

  it('uses the warning level between 18.75% and 31.25%', () => {
    const a = assessCreator({ ...base, engagementRate: 0.2 }, { now });
    expect(a.signals.find((s) => s.id === 'like_view_high')?.points).toBe(1);
  });

  it('says nothing about a normal engagement rate', () => {
    const a = assessCreator({ ...base, engagementRate: 0.064 }, { now });
    expect(a.signals.some((s) => s.id === 'like_view_high')).toBe(false);
    expect(a.verdict).toBe('healthy');
  });
});
