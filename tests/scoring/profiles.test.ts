/** Labelled synthetic profiles: honest edge cases must not be condemned; fakes must be flagged with the right ids. */
import { describe, expect, it } from 'vitest';
import { assessCreator, scoringConstants as K } from '../../lib/scoring';
import { DAY, NOW, honestProfile, makeProfile, rng, logUniform } from './generator';

const ids = (a: ReturnType<typeof assessCreator>) => a.signals.map((s) => s.id).sort();

describe('honest edge cases are never likely_fake', () => {
  it('one viral outlier (30× views, slightly lower like rate) is reported as info, not as a spike attack', () => {
    const p = makeProfile({
      seed: 1, followers: 30_000, videoCount: 12, medianViews: 8_000, likeView: 0.06, commentLike: 0.02,
      tweak: (i, v) => { if (i === 3) { v.views *= 30; v.likes = Math.round(v.likes * 30 * 0.7); v.comments *= 20; } },
    });
    const a = assessCreator(p, { now: NOW });
    expect(a.verdict).toBe('healthy');
    expect(ids(a)).toEqual(['viral_outlier']);
    expect(a.signals[0]!.points).toBe(0);
    expect(a.signals[0]!.severity).toBe('info');
    const row = a.videos.find((r) => r.id === 'v3')!;
    expect(row.spike).toBe(true);
    expect(row.suspiciousSpike).toBe(false);
    expect(a.score).toBeGreaterThan(60);
  });

  it('a giveaway video with comments above likes does not fire comment_like_high', () => {
    const p = makeProfile({
      seed: 2, followers: 40_000, videoCount: 12, medianViews: 6_000, likeView: 0.05, commentLike: 0.02,
      tweak: (i, v) => { if (i === 1) v.comments = v.likes * 2; },
    });
    const a = assessCreator(p, { now: NOW });
    expect(a.videos.find((r) => r.id === 'v1')!.commentLike).toBeCloseTo(2, 6);
    expect(ids(a)).not.toContain('comment_like_high');
    expect(a.verdict).toBe('healthy');
  });

  it('a large creator with low but real engagement stays healthy with an info note', () => {
    const p = makeProfile({ seed: 3, followers: 2_000_000, videoCount: 12, medianViews: 25_000, likeView: 0.025, commentLike: 0.01 });
    const a = assessCreator(p, { now: NOW });
    expect(a.tier?.id).toBe('mega');
    expect(a.tier?.favoured).toBe(false);
    expect(ids(a)).toEqual(['views_below_followers']);
    expect(a.signals[0]!.severity).toBe('info');
    expect(a.signals[0]!.points).toBe(0);
    expect(a.verdict).toBe('healthy');
  });

  it('a product-demo creator with few likes but real comments and sales stays healthy, sales scored high', () => {
    const p = makeProfile({
      seed: 4, followers: 15_000, videoCount: 12, medianViews: 5_000, likeView: 0.008, commentLike: 0.08,
      extra: { gmv30dJpy: 600_000, category: 'home' },
    });
    const a = assessCreator(p, { now: NOW });
    expect(ids(a)).toEqual(['like_view_low']);
    expect(a.signals[0]!.points).toBe(0); // corroborating only: alone it is a note
    expect(a.signals[0]!.severity).toBe('info');
    expect(a.verdict).toBe('healthy');
    const sales = a.breakdown.components.find((c) => c.id === 'sales')!;
    expect(sales.available).toBe(true);
    expect(sales.value!).toBeGreaterThan(0.85); // GPM ≈ ¥600k over ~12 videos × 5k views ≈ ¥10k
  });

  it('a new creator with four videos gets no verdict rather than a bad one', () => {
    const p = makeProfile({ seed: 5, followers: 1_200, videoCount: 4, medianViews: 400, likeView: 0.12, commentLike: 0.03 });
    const a = assessCreator(p, { now: NOW });
    expect(a.verdict).toBe('insufficient_data');
    expect(a.score).toBeNull();
    expect(a.videos).toHaveLength(4);
    expect(a.medians.likeView).not.toBeNull(); // rows and medians are still there for the table
  });

  it('a tiny creator whose few likes bring no comments is not judged on comment/like (small-number guard)', () => {
    // median likes ≈ 12: at the 0.5% floor that predicts 0.06 comments, so 0 comments says nothing.
    const p = makeProfile({ seed: 6, followers: 3_000, videoCount: 10, medianViews: 300, likeView: 0.04, commentLike: 0.01, tweak: (_i, v) => { v.comments = 0; } });
    const a = assessCreator(p, { now: NOW });
    expect(a.medians.commentLike).toBe(0);
    expect(ids(a)).not.toContain('comment_like_low');
    // The same zero comments on a creator with thousands of likes per video is judged.
    const big = makeProfile({ seed: 6, followers: 300_000, videoCount: 10, medianViews: 60_000, likeView: 0.04, commentLike: 0.01, tweak: (_i, v) => { v.comments = 0; } });
    expect(ids(assessCreator(big, { now: NOW }))).toContain('comment_like_low');
  });

  it('300 random honest creators: none likely_fake, at most 3% suspicious', () => {
    let likelyFake = 0;
    let suspicious = 0;
    for (let seed = 100; seed < 400; seed++) {
      const a = assessCreator(honestProfile(seed), { now: NOW });
      if (a.verdict === 'likely_fake') likelyFake++;
      if (a.verdict === 'suspicious') suspicious++;
    }
    expect(likelyFake).toBe(0);
    expect(suspicious).toBe(0); // any warning caps the verdict, so an honest profile must raise none
  });
});

describe('fakes are flagged with the right signals', () => {
  it('bought likes: like/view far too high and almost no comments → likely_fake, score capped at 30', () => {
    const p = makeProfile({ seed: 10, followers: 80_000, videoCount: 12, medianViews: 20_000, likeView: 0.35, commentLike: 0.0015, extra: { gmv30dJpy: 2_000_000 } });
    const a = assessCreator(p, { now: NOW });
    expect(ids(a)).toEqual(['comment_like_low', 'like_view_high']);
    expect(a.signals.every((s) => s.severity === 'danger')).toBe(true);
    expect(a.verdict).toBe('likely_fake');
    expect(a.score!).toBeLessThanOrEqual(K.CAP_LIKELY_FAKE);
    expect(a.breakdown.riskPoints).toBe(6);
  });

  it('bought views on several videos: spikes whose like/view collapsed → view_spikes, likely_fake', () => {
    const p = makeProfile({
      seed: 11, followers: 50_000, videoCount: 12, medianViews: 10_000, likeView: 0.06, commentLike: 0.02,
      tweak: (i, v) => { if (i % 3 === 1) v.views *= 12; },
    });
    const a = assessCreator(p, { now: NOW });
    const spikes = a.signals.find((s) => s.id === 'view_spikes')!;
    expect(spikes.value).toBe(4);
    expect(spikes.points).toBe(4);
    expect(a.videos.filter((r) => r.suspiciousSpike).map((r) => r.id).sort()).toEqual(['v1', 'v10', 'v4', 'v7']);
    expect(a.verdict).toBe('likely_fake');
  });

  it('bought views across the account: like/view collapse → like_view_low, at least suspicious', () => {
    const p = makeProfile({ seed: 12, followers: 30_000, videoCount: 12, medianViews: 40_000, likeView: 0.003, commentLike: 0.03 });
    const a = assessCreator(p, { now: NOW });
    expect(ids(a)).toContain('like_view_low');
    expect(a.signals.find((s) => s.id === 'like_view_low')!.points).toBe(K.S1_CRITICAL_POINTS);
    expect(a.verdict).not.toBe('healthy');
    expect(a.score!).toBeLessThanOrEqual(K.CAP_SUSPICIOUS);
  });

  it('follower jump without a viral video (explicit 30-day growth) → follower_jump + views_below_followers', () => {
    const p = makeProfile({
      seed: 13, followers: 200_000, videoCount: 12, medianViews: 2_500, likeView: 0.06, commentLike: 0.02,
      extra: { followerGrowth30d: 100_000 },
    });
    const a = assessCreator(p, { now: NOW });
    const jump = a.signals.find((s) => s.id === 'follower_jump')!;
    expect(jump.value).toBeCloseTo(1, 10); // 100k gained on 100k at the start
    expect(jump.threshold).toBe(K.S5_CRITICAL_GROWTH_30D);
    expect(ids(a)).toEqual(['follower_jump', 'views_below_followers']);
    expect(a.verdict).toBe('likely_fake');
  });

  it('the same follower jump is explained away when a recent video went viral', () => {
    const p = makeProfile({
      seed: 13, followers: 200_000, videoCount: 12, medianViews: 2_500, likeView: 0.06, commentLike: 0.02,
      extra: { followerGrowth30d: 100_000 },
      tweak: (i, v) => { if (i === 2) { v.views = 900_000; v.likes = 60_000; v.comments = 1_500; } },
    });
    const a = assessCreator(p, { now: NOW });
    expect(ids(a)).not.toContain('follower_jump');
  });

  it('bought-view spikes do not count as the viral video that would explain a follower jump', () => {
    const p = makeProfile({
      seed: 15, followers: 60_000, videoCount: 12, medianViews: 10_000, likeView: 0.06, commentLike: 0.02,
      extra: { followerGrowth30d: 30_000 }, // 30k → 60k: +100%
      tweak: (i, v) => { if (i === 1) v.views *= 30; },
    });
    const a = assessCreator(p, { now: NOW });
    expect(a.videos.find((r) => r.id === 'v1')!.suspiciousSpike).toBe(true);
    expect(ids(a)).toEqual(['follower_jump', 'view_spikes']);
    expect(a.breakdown.riskPoints).toBe(3 + 2);
    expect(a.verdict).toBe('likely_fake');
  });

  it('bot-uniform numbers → uniform_numbers', () => {
    const p = makeProfile({ seed: 14, followers: 60_000, videoCount: 12, medianViews: 9_000, likeView: 0.2, commentLike: 0.01, viewSigma: 0.03, ratioSigma: 0.01 });
    const a = assessCreator(p, { now: NOW });
    const uniform = a.signals.find((s) => s.id === 'uniform_numbers')!;
    expect(uniform.value).toBeLessThan(K.S6_MAX_CV_LIKE_VIEW);
    expect(uniform.window.videos).toBe(12);
    expect(ids(a)).toEqual(['like_view_high', 'uniform_numbers']);
    expect(a.verdict).toBe('suspicious');
  });

  it('100 random bought-likes fakes are all flagged', () => {
    const random = rng(42);
    for (let seed = 500; seed < 600; seed++) {
      const followers = Math.round(logUniform(random, 20_000, 500_000));
      const p = makeProfile({ seed, followers, videoCount: 12, medianViews: followers * 0.1, likeView: 0.3 + random() * 0.2, commentLike: 0.001 });
      const a = assessCreator(p, { now: NOW });
      expect(a.verdict, `seed ${seed}`).toBe('likely_fake');
    }
  });
});

describe('signal explanations carry their numbers, formula and window', () => {
  it('exact bought-likes creator: 30% like/view over 12 videos 3–30.5 days old', () => {
    const videos = Array.from({ length: 12 }, (_, i) => ({ postedAt: NOW - (3 + 2.5 * i) * DAY, views: 10_000 + 1_000 * i, likes: 3_000 + 300 * i, comments: 100, shares: 10 }));
    const a = assessCreator({ followers: 40_000, videos }, { now: NOW });
    const s = a.signals.find((x) => x.id === 'like_view_high')!;
    expect(s.value).toBeCloseTo(0.3, 10);
    expect(s.threshold).toBe(0.25);
    expect(s.direction).toBe('above');
    expect(s.formula).toEqual({ zh_CN: '每条视频 点赞 ÷ 播放 的中位数', ja: '動画ごとの いいね ÷ 再生 の中央値', en: 'median per video of likes ÷ views' });
    expect(s.window).toEqual({ videos: 12, oldestAgeDays: 30.5, newestAgeDays: 3, source: 'videos' });
    expect(s.message.en).toBe('Like/view 30.0% (median of 12 videos, 3–31 days old) is above the 25.0% ceiling seen in published benchmarks: likes may be bought.');
    expect(s.message.zh_CN).toContain('30.0%');
    expect(s.message.zh_CN).toContain('12 条视频');
    expect(s.message.ja).toContain('30.0%');
    expect(s.message.ja).toContain('12本');
  });
});
