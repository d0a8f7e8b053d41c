/**
 * Seeded, deterministic synthetic creator profiles for the scoring tests.
 * Views are log-normal around a median; like/view, comment/like and share/like ratios are log-normal around
 * their typical values. Index 0 is the newest video.
 */
import type { CreatorMetrics } from '../../lib/scoring';

export interface GeneratedVideo { id: string; postedAt: number; views: number; likes: number; comments: number; shares: number }

export const NOW = Date.UTC(2026, 5, 1); // 2026-06-01T00:00:00Z
export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** mulberry32: tiny, well-known 32-bit PRNG; same seed → same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal via Box–Muller. */
function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export interface ProfileSpec {
  seed: number;
  followers: number | null;
  videoCount: number;
  medianViews: number;
  likeView: number;
  commentLike: number;
  shareLike?: number;
  /** log-normal spread of views (default 0.5) and of the ratios (default 0.25) */
  viewSigma?: number;
  ratioSigma?: number;
  /** age of the newest video and days between videos */
  newestAgeDays?: number;
  spacingDays?: number;
  /** edit one video after generation (index 0 = newest) */
  tweak?: (index: number, video: GeneratedVideo) => void;
  extra?: Partial<CreatorMetrics>;
}

export function makeProfile(spec: ProfileSpec): Omit<CreatorMetrics, 'videos'> & { videos: GeneratedVideo[] } {
  const random = rng(spec.seed);
  const viewSigma = spec.viewSigma ?? 0.5;
  const ratioSigma = spec.ratioSigma ?? 0.25;
  const newest = spec.newestAgeDays ?? 3;
  const spacing = spec.spacingDays ?? 2.5;
  const videos: GeneratedVideo[] = [];
  for (let i = 0; i < spec.videoCount; i++) {
    const views = Math.round(spec.medianViews * Math.exp(viewSigma * gaussian(random)));
    const likes = Math.round(views * spec.likeView * Math.exp(ratioSigma * gaussian(random)));
    const comments = Math.round(likes * spec.commentLike * Math.exp(ratioSigma * gaussian(random)));
    const shares = Math.round(likes * (spec.shareLike ?? 0.05) * Math.exp(ratioSigma * gaussian(random)));
    const video = { id: `v${i}`, postedAt: NOW - (newest + i * spacing) * DAY, views, likes, comments, shares };
    spec.tweak?.(i, video);
    videos.push(video);
  }
  return { followers: spec.followers, ...spec.extra, videos };
}

/** A log-uniform draw between lo and hi. */
export function logUniform(random: () => number, lo: number, hi: number): number {
  return Math.exp(Math.log(lo) + random() * (Math.log(hi) - Math.log(lo)));
}

/** A realistic honest creator drawn from broad published ranges (tier and ratio benchmarks cited in model-constants.ts). */
export function honestProfile(seed: number): ReturnType<typeof makeProfile> {
  const random = rng(seed * 7919 + 1);
  const followers = Math.round(logUniform(random, 5_000, 1_000_000));
  return makeProfile({
    seed,
    followers,
    videoCount: 12,
    medianViews: Math.max(300, followers * logUniform(random, 0.03, 0.3)),
    likeView: 0.03 + random() * 0.07,
    commentLike: 0.01 + random() * 0.05,
    viewSigma: 0.6,
    ratioSigma: 0.3,
  });
}

/** What a Find creators row carries: creator-level figures, no videos. */
export interface ListRow {
  followers: number | null;
  medianViews: number | null;
  avgViews: number | null;
  /** (likes + comments + shares) ÷ views, as a fraction */
  engagementRate: number | null;
  gmvJpy: number | null;
  unitsSold: number | null;
  videosLast30d: number | null;
  videos: [];
}

export type ListLabel = 'honest' | 'bought_views' | 'bought_likes' | 'bought_followers';

/**
 * A labelled list row drawn from published ranges. Honest: view rate 3–300% of followers below 10k followers (viral
 * reach from the For You feed), 1–60% above; per-view ER 1–15% (calculatecreator 1.2% for 1M+ … influencertools
 * "Excellent" ≈ 13–17%). Fakes: bought views = views 3–20× followers at ER 0.05–0.45%; bought likes = ER 35–70%;
 * bought followers = ≥ 50k followers watched by 0.05–0.45% of them.
 */
export function listRow(seed: number, label: ListLabel): ListRow {
  const random = rng(seed * 104_729 + 17);
  let followers = Math.round(logUniform(random, 1_000, 2_000_000));
  let viewRate = followers < 10_000 ? logUniform(random, 0.03, 3) : logUniform(random, 0.01, 0.6);
  let er = logUniform(random, 0.01, 0.15);
  if (label === 'bought_views') {
    viewRate = logUniform(random, 3, 20);
    er = logUniform(random, 0.0005, 0.0045);
    followers = Math.round(logUniform(random, 5_000, 200_000));
  } else if (label === 'bought_likes') {
    er = logUniform(random, 0.35, 0.7);
  } else if (label === 'bought_followers') {
    followers = Math.round(logUniform(random, 50_000, 2_000_000));
    viewRate = logUniform(random, 0.0005, 0.0045);
  }
  const medianViews = Math.max(1, Math.round(followers * viewRate));
  const gmvJpy = Math.round(medianViews * logUniform(random, 0.2, 8));
  return {
    followers,
    medianViews,
    avgViews: Math.round(medianViews * logUniform(random, 1, 2.5)),
    engagementRate: er,
    gmvJpy,
    unitsSold: Math.round(gmvJpy / logUniform(random, 800, 6_000)),
    videosLast30d: Math.round(logUniform(random, 2, 40)),
    videos: [],
  };
}
