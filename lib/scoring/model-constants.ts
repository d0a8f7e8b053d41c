/**
 * Every weight and threshold of the Creator Score, in one place, each with its source.
 * Evidence tags: [C] confirmed by the platform/vendor's own documentation or code, [V] vendor claim, [S] secondary
 * source, [E] estimate / design choice, [G] guess about Seller Center data. Nearly all thresholds are [E] anchored on
 * the sources below and should be re-fitted on the seller's own outcomes: change them here, nowhere else.
 *
 * Sources (named in the comments below by the short name before the colon):
 * - HypeAuditor: https://help.hypeauditor.com/en/articles/4089895-what-is-tiktok-engagement-rate-and-how-is-it-calculated
 *   (ER = (likes+comments+shares) ÷ views, last 30 posts); its CMO on median views and stale audiences:
 *   https://iabuk.com/member-content/how-choose-tiktok-influencer-4-tiktok-tips-success
 * - KOLens: https://kolens.ai/answers/what-is-a-good-tiktok-engagement-rate , https://kolens.xyz/answers/how-to-spot-fake-engagement
 * - influencertools: https://influencertools.tech/tiktok-er-calculator (views-based "Excellent" 12.7–17.4 %)
 * - creator-hero: https://creator-hero.com/tools/tiktok-fake-follower-check ("many views but few likes → artificial traffic";
 *   500k followers with ~10k views suspicious)
 * - socialinsider: https://www.socialinsider.io/blog/tiktok-benchmarks/ (ER by views 5.38 %, average view rate 14.49 %)
 * - calculatecreator: https://calculatecreator.com/metrics/tiktok-comments-to-likes-ratio/ (comment/like bands)
 * - A stream (Japan, ~650k accounts, likes ÷ followers over the last 30 posts): https://markezine.jp/article/detail/42076 ;
 *   similar figures: https://main-c.co.jp/college-sns/tiktok-like-rate
 * - Upfluence: https://www.upfluence.com/influencer-marketing/how-to-tell-if-an-influencer-has-fake-followers
 * - I2S9 (synthetic spike/bot attacks): github.com/I2S9/fake-engagement-detection-ml-time-series README.md
 * - dungeun (fraud rule config): github.com/dungeun/video_platform packages/business/fraud-detection/README.md
 * - SRF Data (bimodal fake-follower shares): github.com/srfdata/2017-10-instagram-influencers analysis/main.Rmd
 * - momentIQ: https://bemomentiq.com/blog/tiktok-shop-creator-analytics-deep-dive-how-to-read-creator-data-like-a-7-figure
 * - sociavault tiers: https://sociavault.com/blog/good-engagement-rate-tiktok
 * - ShortsIntel: https://www.shortsintel.com/tools/tiktok-account-audit ; CreatorScore: https://creatorscore.io/fake-follower-checker
 * - TikTok Shop Video GPM definition: https://seller-id.tokopedia.com/university/essay?knowledge_id=4052070160746242&lang=en
 * - Kalodata playbook (judge against same category and follower band): github.com/sailtonight/kalodata-skill
 *   skills/kalodata/references/playbooks.md
 * - TikTok Shop Find creators filters (category, GMV, follower demographics):
 *   https://seller-us.tiktok.com/university/essay?knowledge_id=6401096262616878 ; similar-creator pools built from GMV range
 *   and creator category: https://seller-us.tiktok.com/university/essay?default_language=en&knowledge_id=1087822610466603
 */

const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

// ---------------------------------------------------------------------------------------------
// Pre-processing
// ---------------------------------------------------------------------------------------------

/** Videos younger than this have immature counts and are ignored [E]. */
export const MIN_VIDEO_AGE_MS = 48 * HOUR_MS;
/** Use only the newest N eligible videos: HypeAuditor 30, KOLens 12, 10–12 chosen [C/V/E]. */
export const MAX_VIDEOS_USED = 12;
/** Below this many eligible videos the composite is too noisy: show "insufficient data" (KOLens [V]). */
export const MIN_ELIGIBLE_VIDEOS = 6;
/**
 * [G] Seller Center's video list may omit post dates. A video whose date is unknown is assumed old enough
 * (the list shows published videos, most far older than 48 h); its age is simply left out of the window.
 */
export const UNDATED_VIDEOS_ARE_ELIGIBLE = true;

// ---------------------------------------------------------------------------------------------
// Profile-median fallback ([E]): the Find creators list gives creator-level
// medians but no videos. With fewer than MIN_ELIGIBLE_VIDEOS videos, S1–S3 run on those medians with the same
// thresholds and points (so the verdict needs as many risk points as with videos); S4–S6 need videos and are
// skipped (unavailable, not zero). S7's likes ÷ followers tier check is for pages without views; medianViews
// is required here, so S1/S3 run directly instead.
// ---------------------------------------------------------------------------------------------

/**
 * [G] Seller Center's creator "engagement rate" is assumed to be per *view* ((likes+comments+shares) ÷ views),
 * like the video ER here; TikTok does not document it. It feeds the engagement sub-score when the
 * medians cannot be recomputed from median likes, and, as an upper bound of like/view, the S1 checks. Set false to ignore it.
 */
export const PLATFORM_ENGAGEMENT_RATE_IS_PER_VIEW = true;
/**
 * [E] When the list gives only the platform's engagement rate (no median likes), ER is an upper bound of like/view:
 * comments and shares usually add well under a quarter on top of likes (calculatecreator comment/like bands; shares are rarer still). So ER above the S1 "too many
 * likes" thresholds × this margin still fires S1 with the same points; for "too few likes" see S1_LOW_FROM_PLATFORM_ER.
 */
export const S1_PLATFORM_ER_MARGIN = 1.25;
/**
 * [E] Without dated videos, views of the last 30 days for the GMV/units → GPM proxy are estimated as
 * median views × videos posted in 30 d. Set false to leave sales unavailable.
 */
export const PROFILE_ESTIMATE_RECENT_VIEWS = true;

// ---------------------------------------------------------------------------------------------
// Follower tiers (sociavault tier table [S]; 10k–100k favoured per momentIQ [V])
// ---------------------------------------------------------------------------------------------

export const TIER_BOUNDS = [
  { id: 'nano', min: 0, max: 10_000 },
  { id: 'micro', min: 10_000, max: 50_000 },
  { id: 'mid', min: 50_000, max: 100_000 },
  { id: 'macro', min: 100_000, max: 500_000 },
  { id: 'mega', min: 500_000, max: Number.POSITIVE_INFINITY },
] as const;
/** Micro + mid (10k–100k): creators < 100k drove 62% of US affiliate GMV (momentIQ [V]). Shown, not scored. */
export const FAVOURED_TIERS: ReadonlySet<string> = new Set(['micro', 'mid']);

// ---------------------------------------------------------------------------------------------
// Sub-score weights (all [E], to be re-fit). Missing inputs re-normalise the rest.
// ---------------------------------------------------------------------------------------------

export const WEIGHT_SALES = 0.3;
export const WEIGHT_ENGAGEMENT = 0.25;
export const WEIGHT_REACH = 0.2;
export const WEIGHT_CADENCE = 0.1;
export const WEIGHT_AUTHENTICITY = 0.15;

/** A piecewise-linear curve: sorted [x, y] anchors, flat beyond both ends. */
export type Curve = ReadonlyArray<readonly [number, number]>;

/** Video GPM (JPY per 1,000 views) → 0..1 (yen anchors [E]). */
export const SALES_GPM_CURVE: Curve = [[0, 0], [500, 0.3], [2_000, 0.6], [5_000, 0.85], [10_000, 1]];
/**
 * [G] When only units sold are known: units per 1,000 views, the GPM anchors divided by an assumed average
 * item price. ¥2,000 is a guess for a typical JP TikTok Shop item, not from a source; replace when known.
 */
export const ASSUMED_AVG_UNIT_PRICE_JPY = 2_000;
export const SALES_UNITS_PER_MILLE_CURVE: Curve = SALES_GPM_CURVE.map(([gpm, y]) => [gpm / ASSUMED_AVG_UNIT_PRICE_JPY, y] as const);
/**
 * GMV/units windows used with recent views as the GPM proxy (TikTok's Video GPM definition). [G] Creator.gmvJpy
 * and Creator.unitsSold are assumed to cover about 30 days, and Creator.gpmJpy to be *video* GPM (preferred when known).
 */
export const SALES_WINDOW_MS = 30 * DAY_MS;

/** Share of the engagement sub-score from view-based ER; the rest from comment/like (0.75 / 0.25) [E]. */
export const ENGAGEMENT_ER_SHARE = 0.75;
export const ENGAGEMENT_COMMENT_SHARE = 0.25;
/** median (likes+comments+shares)/views → 0..1 (HypeAuditor formula [C], socialinsider 5.38% [S], KOLens 4–6% [V]). */
export const ENGAGEMENT_ER_CURVE: Curve = [[0.01, 0], [0.02, 0.3], [0.04, 0.7], [0.06, 0.9], [0.1, 1]];
/** median comments/likes → 0..1 (1:30 ≈ 3% "average" [S]). */
export const ENGAGEMENT_COMMENT_LIKE_CURVE: Curve = [[0.002, 0], [0.005, 0.4], [0.01, 0.7], [0.03, 1]];

/** median views / followers → 0..1 (socialinsider view rate 14.49% [S], creator-hero 2% [V]). */
export const REACH_CURVE: Curve = [[0.005, 0], [0.02, 0.3], [0.05, 0.6], [0.15, 1]];
/** One-hit dependence: top video holding more than this share of recent views [E]… */
export const REACH_ONE_HIT_SHARE = 0.6;
/** …multiplies the reach sub-score by this [E]. */
export const REACH_ONE_HIT_FACTOR = 0.8;

/** Videos per day over the last 30 d → 0..1 (ShortsIntel 0.5–3/day best [V]). */
export const CADENCE_WINDOW_MS = 30 * DAY_MS;
export const CADENCE_CURVE: Curve = [[0, 0], [0.1, 0.4], [0.25, 0.8], [0.5, 1]];

/** Authenticity sub-score = 1 − this × risk points, floored at 0 [E]. */
export const AUTHENTICITY_PENALTY_PER_POINT = 0.2;

// ---------------------------------------------------------------------------------------------
// Verdict and caps
// ---------------------------------------------------------------------------------------------

/** Risk points at or above which the creator is "likely fake" (SRF bimodality [C]). */
export const RISK_LIKELY_FAKE = 4;
/**
 * Risk points at or above which the creator is "suspicious". One point is enough: any warning caps the verdict, so a
 * green "healthy" never sits above an amber or red warning (issue 16). Weak signals with honest explanations (low like
 * rate of demo content, a stale audience) are CORROBORATING ONLY: alone they are info notes with 0 points [E].
 */
export const RISK_SUSPICIOUS = 1;
/** Score caps by verdict [E]: suspicious ≤ 60, likely fake ≤ 30. */
export const CAP_SUSPICIOUS = 60;
export const CAP_LIKELY_FAKE = 30;

// ---------------------------------------------------------------------------------------------
// Authenticity checks (creator medians over eligible recent videos)
// ---------------------------------------------------------------------------------------------

/** S1 like/view: > 25% or < 0.5% → 3 pts; else > 15% or < 1% → 1 pt (KOLens [V], influencertools [V], creator-hero [V]). */
export const S1_LIKE_VIEW_CRITICAL_HIGH = 0.25;
export const S1_LIKE_VIEW_WARN_HIGH = 0.15;
export const S1_LIKE_VIEW_CRITICAL_LOW = 0.005;
export const S1_LIKE_VIEW_WARN_LOW = 0.01;
export const S1_CRITICAL_POINTS = 3;
export const S1_WARN_POINTS = 1;
/**
 * S1 "too low" at the warning level (< 1 %) is corroborating only: product demos and paid promotion have low like rates
 * (creator-hero names "many views but few likes" as artificial traffic, but KOLens calls such composites a screening
 * aid, not a verdict). Alone it is an info note; with another warning it adds S1_WARN_POINTS.
 */
export const S1_WARN_LOW_CORROBORATING_ONLY = true;

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
/** S3 at the warning level is corroborating only: HypeAuditor's CMO notes low views vs followers is usually a stale audience, not fraud. */
export const S3_WARN_CORROBORATING_ONLY = true;

/**
 * Japan check of S3 (A stream, likes ÷ followers over the last 30 posts, ~650k accounts ≥ 1,000 followers [S]):
 * median by follower tier. Below 1,000 followers the 1k–5k figure is used. Overall median 1.33 %.
 */
export const JP_LIKES_PER_FOLLOWER_TIERS: ReadonlyArray<{ minFollowers: number; median: number }> = [
  { minFollowers: 0, median: 0.0212 },
  { minFollowers: 5_000, median: 0.0136 },
  { minFollowers: 10_000, median: 0.0107 },
  { minFollowers: 50_000, median: 0.0093 },
  { minFollowers: 100_000, median: 0.0102 },
  { minFollowers: 500_000, median: 0.0135 },
  { minFollowers: 1_000_000, median: 0.0145 },
];
export const JP_LIKES_PER_FOLLOWER_MEDIAN = 0.0133;
/**
 * "Bought followers" (S3 critical) also needs likes ÷ followers below this fraction of the JP tier median whenever likes
 * can be estimated (median likes, or ER × median views, an upper bound). The Japan adjustment of the scoring design
 * (A stream tier medians) warns below 0.15× and calls < 0.05× critical [E]; at S3's < 0.5 % view rate, likes ÷ followers
 * stays under 0.15× the tier median unless like/view exceeds ~28 %, so honest-looking audiences are spared and a
 * creator whose few viewers like at JP-normal levels per follower is not called a bought-follower account.
 */
export const S3_JP_LIKES_PER_FOLLOWER_FACTOR = 0.15;

// ---------------------------------------------------------------------------------------------
// List checks (quick check): figures a Find creators row carries, no videos
// ---------------------------------------------------------------------------------------------

/**
 * Bought views on the list: median views at least this multiple of followers AND like/view (or the platform ER, its
 * upper bound) below S1_LIKE_VIEW_WARN_LOW. socialinsider's average view rate is 14.49 % of followers, so 3× followers
 * is ~20× the norm; views from the For You feed make high reach alone honest (HypeAuditor), hence the engagement
 * condition; "many views but few likes → artificial traffic" (creator-hero) [E thresholds].
 */
export const VIEWS_ABOVE_FOLLOWERS_MULTIPLE = 3;
export const VIEWS_ABOVE_FOLLOWERS_MAX_LIKE_VIEW = 0.01;
export const VIEWS_ABOVE_FOLLOWERS_POINTS = 2;
/**
 * The platform ER is an upper bound of like/view, so ER below S1_LIKE_VIEW_CRITICAL_LOW proves like/view is below it:
 * S1 "too low" fires at the critical level from ER alone. The warning level (< 1 %) is not judged from ER: a large
 * creator with modest engagement can sit there honestly (calculatecreator: views-based ER 1.2 % for 1M+) [E].
 */
export const S1_LOW_FROM_PLATFORM_ER = true;

/** S4 spikes: views > 5× median and like/view < 0.3× median like/view (I2S9 spike attacks [C], Promote confounder [S]). */
export const S4_SPIKE_VIEW_MULTIPLE = 5;
export const S4_SPIKE_LIKE_VIEW_COLLAPSE = 0.3;
/** Points by number of collapsed spikes: 1 → 2, 2 → 3, ≥ 3 → 4 [E]. Index = spike count, capped at the last. */
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

// ---------------------------------------------------------------------------------------------
// Category fit (类目垂直度 / 粉丝画像匹配): the creator's GMV share in the seller's category and audience match.
// TikTok Shop itself lets sellers filter creators by category and follower demographics and builds similar-creator
// pools from GMV range and creator category [C, Seller University]; the Kalodata playbook judges creators only against
// the same category [S]. The thresholds below are design choices [E].
// ---------------------------------------------------------------------------------------------

/** GMV share in the seller's category at or above which the creator is a category specialist (strong fit) [E]. */
export const FIT_STRONG_GMV_SHARE = 0.5;
/** GMV share at or above which the creator sells the category regularly (partial fit); below: weak [E]. */
export const FIT_PARTIAL_GMV_SHARE = 0.2;
/** GMV share → 0..1 fit sub-score [E]. */
export const FIT_GMV_SHARE_CURVE: Curve = [[0, 0], [0.2, 0.5], [0.5, 0.85], [0.8, 1]];
/** Followers of the seller's target gender at or above this share: audience matches; below FIT_AUDIENCE_MISMATCH: mismatch [E]. */
export const FIT_AUDIENCE_MATCH_SHARE = 0.6;
export const FIT_AUDIENCE_MISMATCH_SHARE = 0.3;
/** An audience mismatch multiplies the fit sub-score by this and lowers the level one step [E]. */
export const FIT_AUDIENCE_MISMATCH_FACTOR = 0.5;
/**
 * Weight of the fit sub-score, used only when both the creator's GMV by category and the seller's category are known;
 * otherwise it is unavailable and the other weights re-normalise [E].
 */
export const WEIGHT_FIT = 0.1;
