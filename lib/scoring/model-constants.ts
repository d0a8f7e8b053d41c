/**
 * Every weight and threshold of the Creator Score, in one place, each with its source.
 * Source references point at /work/shared/research/scoring.md (section §n) and its evidence tags:
 * [C] confirmed, [V] vendor claim, [S] secondary, [E] estimate / design choice, [G] guess about Seller Center data.
 * The research itself marks nearly all of these as [E] "to be re-fit" (§6.5): change them here, nowhere else.
 */

const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

// ---------------------------------------------------------------------------------------------
// Pre-processing (§6.1)
// ---------------------------------------------------------------------------------------------

/** Videos younger than this have immature counts and are ignored (§2.4 S9, §6.1) [E]. */
export const MIN_VIDEO_AGE_MS = 48 * HOUR_MS;
/** Use only the newest N eligible videos: HypeAuditor 30, KOLens 12, research proposes 10–12 (§6.1) [C/V/E]. */
export const MAX_VIDEOS_USED = 12;
/** Below this many eligible videos the composite is too noisy: show "insufficient data" (§6.1, KOLens [V]). */
export const MIN_ELIGIBLE_VIDEOS = 6;
/**
 * [G] Seller Center's video list may omit post dates. A video whose date is unknown is assumed old enough
 * (the list shows published videos, most far older than 48 h); its age is simply left out of the window.
 */
export const UNDATED_VIDEOS_ARE_ELIGIBLE = true;

// ---------------------------------------------------------------------------------------------
// Profile-median fallback (§2.4 S7, §6.3 "Japan adjustment" [E]): the Find creators list gives creator-level
// medians but no videos. With fewer than MIN_ELIGIBLE_VIDEOS videos, S1–S3 run on those medians with the same
// thresholds and points (so the verdict needs as many risk points as with videos); S4–S6 need videos and are
// skipped (unavailable, not zero). S7's likes ÷ followers tier check is for pages without views; medianViews
// is required here, so S1/S3 run directly instead.
// ---------------------------------------------------------------------------------------------

/**
 * [G] Seller Center's creator "engagement rate" is assumed to be per *view* ((likes+comments+shares) ÷ views),
 * like the video ER here; TikTok does not document it (§6.1). It only feeds the engagement sub-score, and only
 * when the medians cannot be recomputed from median likes; it never adds risk points. Set false to ignore it.
 */
export const PLATFORM_ENGAGEMENT_RATE_IS_PER_VIEW = true;
/**
 * [E] When the list gives only the platform's engagement rate (no median likes), ER is an upper bound of like/view:
 * comments and shares usually add well under a quarter on top of likes (§6.1 ratios). So ER above the S1 "too many
 * likes" thresholds × this margin still fires S1 with the same points; a lower ER proves nothing and fires nothing.
 */
export const S1_PLATFORM_ER_MARGIN = 1.25;
/**
 * [E] Without dated videos, views of the last 30 days for the GMV/units → GPM proxy are estimated as
 * median views × videos posted in 30 d (§6.2 "GMV ÷ recent views × 1,000"). Set false to leave sales unavailable.
 */
export const PROFILE_ESTIMATE_RECENT_VIEWS = true;

// ---------------------------------------------------------------------------------------------
// Follower tiers (§2.2, sociavault tier table [S]; 10k–100k favoured per momentIQ [V] §6.2)
// ---------------------------------------------------------------------------------------------

export const TIER_BOUNDS = [
  { id: 'nano', min: 0, max: 10_000 },
  { id: 'micro', min: 10_000, max: 50_000 },
  { id: 'mid', min: 50_000, max: 100_000 },
  { id: 'macro', min: 100_000, max: 500_000 },
  { id: 'mega', min: 500_000, max: Number.POSITIVE_INFINITY },
] as const;
/** Micro + mid (10k–100k): creators < 100k drove 62% of US affiliate GMV (momentIQ [V], §6.2). Shown, not scored. */
export const FAVOURED_TIERS: ReadonlySet<string> = new Set(['micro', 'mid']);

// ---------------------------------------------------------------------------------------------
// Sub-score weights (§6.2 table; all [E], to be re-fit §6.5). Missing inputs re-normalise the rest.
// ---------------------------------------------------------------------------------------------

export const WEIGHT_SALES = 0.3;
export const WEIGHT_ENGAGEMENT = 0.25;
export const WEIGHT_REACH = 0.2;
export const WEIGHT_CADENCE = 0.1;
export const WEIGHT_AUTHENTICITY = 0.15;

/** A piecewise-linear curve: sorted [x, y] anchors, flat beyond both ends. */
export type Curve = ReadonlyArray<readonly [number, number]>;

/** Video GPM (JPY per 1,000 views) → 0..1 (§6.2 sales efficiency; yen anchors [E]). */
export const SALES_GPM_CURVE: Curve = [[0, 0], [500, 0.3], [2_000, 0.6], [5_000, 0.85], [10_000, 1]];
/**
 * [G] When only units sold are known: units per 1,000 views, the GPM anchors divided by an assumed average
 * item price. ¥2,000 is a guess for a typical JP TikTok Shop item, not from the research; replace when known.
 */
export const ASSUMED_AVG_UNIT_PRICE_JPY = 2_000;
export const SALES_UNITS_PER_MILLE_CURVE: Curve = SALES_GPM_CURVE.map(([gpm, y]) => [gpm / ASSUMED_AVG_UNIT_PRICE_JPY, y] as const);
/**
 * GMV/units windows used with recent views as the GPM proxy (§6.2 "GMV ÷ recent views × 1,000"). [G] Creator.gmvJpy
 * and Creator.unitsSold are assumed to cover about 30 days, and Creator.gpmJpy to be *video* GPM (preferred when known).
 */
export const SALES_WINDOW_MS = 30 * DAY_MS;

/** Share of the engagement sub-score from view-based ER; the rest from comment/like (§6.2: 0.75 / 0.25) [E]. */
export const ENGAGEMENT_ER_SHARE = 0.75;
export const ENGAGEMENT_COMMENT_SHARE = 0.25;
/** median (likes+comments+shares)/views → 0..1 (§6.2; HypeAuditor formula [C], socialinsider 5.38% [S], KOLens 4–6% [V]). */
export const ENGAGEMENT_ER_CURVE: Curve = [[0.01, 0], [0.02, 0.3], [0.04, 0.7], [0.06, 0.9], [0.1, 1]];
/** median comments/likes → 0..1 (§6.2; 1:30 ≈ 3% "average" [S]). */
export const ENGAGEMENT_COMMENT_LIKE_CURVE: Curve = [[0.002, 0], [0.005, 0.4], [0.01, 0.7], [0.03, 1]];

/** median views / followers → 0..1 (§6.2 reach; socialinsider view rate 14.49% [S], creator-hero 2% [V]). */
export const REACH_CURVE: Curve = [[0.005, 0], [0.02, 0.3], [0.05, 0.6], [0.15, 1]];
/** One-hit dependence: top video holding more than this share of recent views (§6.2) [E]… */
export const REACH_ONE_HIT_SHARE = 0.6;
/** …multiplies the reach sub-score by this (§6.2) [E]. */
export const REACH_ONE_HIT_FACTOR = 0.8;

/** Videos per day over the last 30 d → 0..1 (§6.2 cadence fallback; ShortsIntel 0.5–3/day best [V]). */
export const CADENCE_WINDOW_MS = 30 * DAY_MS;
export const CADENCE_CURVE: Curve = [[0, 0], [0.1, 0.4], [0.25, 0.8], [0.5, 1]];

/** Authenticity sub-score = 1 − this × risk points, floored at 0 (§6.2). */
export const AUTHENTICITY_PENALTY_PER_POINT = 0.2;

// ---------------------------------------------------------------------------------------------
// Verdict and caps (§6.2, §6.3 "Label")
// ---------------------------------------------------------------------------------------------

/** Risk points at or above which the creator is "likely fake" (§6.3; SRF bimodality [C]). */
export const RISK_LIKELY_FAKE = 4;
/** Risk points at or above which the creator is "suspicious" (§6.3). */
export const RISK_SUSPICIOUS = 2;
/** Score caps by verdict (§6.2): suspicious ≤ 60, likely fake ≤ 30. */
export const CAP_SUSPICIOUS = 60;
export const CAP_LIKELY_FAKE = 30;

// ---------------------------------------------------------------------------------------------
// Authenticity checks (§6.3 table; creator medians over eligible recent videos)
// ---------------------------------------------------------------------------------------------

/** S1 like/view: > 25% or < 0.5% → 3 pts; else > 15% or < 1% → 1 pt (KOLens [V], influencertools [V], creator-hero [V]). */
export const S1_LIKE_VIEW_CRITICAL_HIGH = 0.25;
export const S1_LIKE_VIEW_WARN_HIGH = 0.15;
export const S1_LIKE_VIEW_CRITICAL_LOW = 0.005;
export const S1_LIKE_VIEW_WARN_LOW = 0.01;
export const S1_CRITICAL_POINTS = 3;
export const S1_WARN_POINTS = 1;

/** S2 comment/like: < 0.2% or > 30% → 3 pts; else < 0.5% or > 12% → 2 pts (calculatecreator [S], KOLens [V], > 30% [E]). */
export const S2_COMMENT_LIKE_CRITICAL_LOW = 0.002;
export const S2_COMMENT_LIKE_WARN_LOW = 0.005;
export const S2_COMMENT_LIKE_CRITICAL_HIGH = 0.3;
export const S2_COMMENT_LIKE_WARN_HIGH = 0.12;
export const S2_CRITICAL_POINTS = 3;
export const S2_WARN_POINTS = 2;

/**
 * Small-number guard for "too low" ratio checks (S1 low, S2 low): a level is only judged when the creator's
 * median denominator would yield at least this many events at the threshold. With λ = 3 a Poisson count is 0
 * about 5% of the time, so tiny creators with 9 likes and 0 comments are not called fake [E, standard Poisson].
 */
export const MIN_EXPECTED_EVENTS_AT_THRESHOLD = 3;

/** S3 reach: followers ≥ 50k and median views < 0.5% of followers → 3 pts; followers ≥ 10k and < 1.5% → 1 pt (creator-hero [V], HypeAuditor [V]). */
export const S3_CRITICAL_MIN_FOLLOWERS = 50_000;
export const S3_CRITICAL_VIEW_RATE = 0.005;
export const S3_WARN_MIN_FOLLOWERS = 10_000;
export const S3_WARN_VIEW_RATE = 0.015;
export const S3_CRITICAL_POINTS = 3;
export const S3_WARN_POINTS = 1;

/** S4 spikes: views > 5× median and like/view < 0.3× median like/view (I2S9 spike attacks [C], Promote confounder [S]). */
export const S4_SPIKE_VIEW_MULTIPLE = 5;
export const S4_SPIKE_LIKE_VIEW_COLLAPSE = 0.3;
/** Points by number of collapsed spikes: 1 → 2, 2 → 3, ≥ 3 → 4 (§6.3). Index = spike count, capped at the last. */
export const S4_POINTS_BY_COUNT: readonly number[] = [0, 2, 3, 4];

/** S5 follower growth without a viral video (Upfluence [V], HypeAuditor hockey stick [C], dungeun 30%/24 h [C]). */
export const S5_VIRAL_VIEW_MULTIPLE = 3;
export const S5_CRITICAL_GROWTH_7D = 0.25;
export const S5_CRITICAL_GROWTH_30D = 0.5;
export const S5_WARN_GROWTH_7D = 0.1;
export const S5_WARN_GROWTH_30D = 0.25;
export const S5_CRITICAL_POINTS = 3;
export const S5_WARN_POINTS = 2;
/** Windows of the growth figures; Δ is divided by followers at the window start (Upfluence definition [V]). */
export const S5_WINDOW_7D_MS = 7 * DAY_MS;
export const S5_WINDOW_30D_MS = 30 * DAY_MS;
/** [G] A follower-trend point counts as "the window start" if it is at most this much later than the exact start. */
export const S5_TREND_START_TOLERANCE_MS = 1 * DAY_MS;

/** S6 uniformity: ≥ 8 videos, robust CV of like/view < 0.05 and of views < 0.15 → 1 pt (I2S9 synthetic [C]; thresholds [E]). */
export const S6_MIN_VIDEOS = 8;
export const S6_MAX_CV_LIKE_VIEW = 0.05;
export const S6_MAX_CV_VIEWS = 0.15;
export const S6_POINTS = 1;
/** Robust CV = 1.4826 · MAD / median (1.4826 makes MAD consistent with σ for normal data; standard statistics). */
export const MAD_TO_SIGMA = 1.4826;
