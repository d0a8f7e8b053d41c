/** Public types of the Creator Score. Input fields are `null | undefined` = unknown, never 0. */
import type { Localised } from '../i18n';
import type { CategoryFit, FitCreator, FitTarget } from './fit';

/** One video as the scorer needs it; Mitate's CreatorVideo fits, so does a plain test object. */
export interface ScoringVideo {
  id?: string | null;
  /** epoch ms */
  postedAt?: number | null;
  views?: number | null;
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
}

/**
 * What the scorer reads. Mitate's `Creator` (lib/model) satisfies it, and so does the minimal
 * `{ followers, videos, followerGrowth7d?, followerGrowth30d?, gmv30dJpy?, units30d?, category? }` shape.
 */
export interface CreatorMetrics extends FitCreator {
  followers?: number | null;
  videos?: ReadonlyArray<ScoringVideo> | null;
  /** followers gained in the last 7 / 30 days */
  followerGrowth7d?: number | null;
  followerGrowth30d?: number | null;
  gmv30dJpy?: number | null;
  units30d?: number | null;
  category?: string | null;
  // Fallbacks read from Mitate's Creator when the fields above are absent.
  followerTrend?: ReadonlyArray<{ at: number; followers: number }> | null;
  gmvJpy?: number | null;
  gpmJpy?: number | null;
  unitsSold?: number | null;
  categories?: ReadonlyArray<string> | null;
  videosLast30d?: number | null;
  sampleFulfillmentRate?: number | null;
  // Creator-level medians from the platform (Find creators list). Used only when too few videos are known
  // (profile-median fallback: the quick check); the video list always wins.
  medianViews?: number | null;
  medianLikes?: number | null;
  medianComments?: number | null;
  medianShares?: number | null;
  /** platform engagement rate as a fraction (definition guessed: see PLATFORM_ENGAGEMENT_RATE_IS_PER_VIEW) */
  engagementRate?: number | null;
}

export interface AssessOptions {
  /** epoch ms; the clock the video ages are measured against */
  now: number;
  /**
   * The seller's category (and audience) to judge category fit against. Fit enters the score only when this and the
   * creator's GMV by category are known. Pass the SAME target wherever one creator's score is shown (e.g. the category
   * chosen in settings), so the score is one per creator; show the fit for a product in view with `categoryFit`.
   */
  fitTarget?: FitTarget | null;
}

export type Verdict = 'healthy' | 'suspicious' | 'likely_fake' | 'insufficient_data';
export type TierId = 'nano' | 'micro' | 'mid' | 'macro' | 'mega';
export interface Tier {
  id: TierId;
  minFollowers: number;
  /** exclusive; Infinity for mega */
  maxFollowers: number;
  /** 10k–100k: the band that sells best per yen (momentIQ, see model-constants) (shown, not scored) */
  favoured: boolean;
}

export type SignalId =
  | 'insufficient_data'
  | 'like_view_high'
  | 'like_view_low'
  | 'comment_like_low'
  | 'comment_like_high'
  | 'views_below_followers'
  | 'views_above_followers'
  | 'view_spikes'
  | 'viral_outlier'
  | 'follower_jump'
  | 'uniform_numbers';
export type Severity = 'info' | 'warning' | 'danger';

/** What the creator medians were computed from: the per-video list, or the platform's own creator medians. */
export type AssessmentBasis = 'videos' | 'profile_medians';

export interface SignalWindow {
  /** how many videos the measure used (0 for platform medians) */
  videos: number;
  /** age in days of the oldest / newest video used; null when their dates are unknown */
  oldestAgeDays: number | null;
  newestAgeDays: number | null;
  /** 'profile_medians' when the measure came from the platform's creator medians, not from videos */
  source: AssessmentBasis;
}

export interface Signal {
  id: SignalId;
  severity: Severity;
  /** authenticity risk points this check added (0 for info) */
  points: number;
  /** the measured value (a fraction for ratios, a count for counts) */
  value: number;
  /** the threshold it crossed */
  threshold: number;
  /** how value compares with threshold when the signal fires */
  direction: 'above' | 'below';
  /** how the value is computed, in the seller's words */
  formula: Localised;
  window: SignalWindow;
  message: Localised;
}

export type ComponentId = 'sales' | 'engagement' | 'reach' | 'cadence' | 'authenticity' | 'fit';
export interface ScoreComponent {
  id: ComponentId;
  /** nominal weight from the model */
  weight: number;
  /** weight after re-normalising over the available components (0 when unavailable) */
  effectiveWeight: number;
  available: boolean;
  /** 0..1 sub-score, null when unavailable */
  value: number | null;
  /** contribution to the (uncapped) score in points: 100 × effectiveWeight × value */
  points: number | null;
  /** the main measured input (e.g. GPM in yen, median ER as a fraction), null when unavailable */
  input: number | null;
  /** how the value is computed, in the seller's words */
  formula: Localised;
}

export interface ScoreBreakdown {
  components: ScoreComponent[];
  /** sum of component points before the verdict cap, null when insufficient */
  uncapped: number | null;
  /** the verdict cap (60 suspicious / 30 likely fake) when it lowered the score, else null */
  cap: number | null;
  riskPoints: number;
}

export interface VideoRow {
  id: string | null;
  postedAt: number | null;
  ageDays: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  likeView: number | null;
  commentLike: number | null;
  /** views ÷ the creator's median views (eligible videos), null when unknown */
  viewsVsMedian: number | null;
  /** used for the creator medians */
  used: boolean;
  excluded: 'too_new' | 'views_unknown' | 'beyond_window' | null;
  /** views far above the median */
  spike: boolean;
  /** spike whose like/view collapsed (counted by view_spikes) */
  suspiciousSpike: boolean;
}

export interface Assessment {
  score: number | null;
  verdict: Verdict;
  /**
   * 'videos' when the video list was used (or was too short and no medians were known either);
   * 'profile_medians' when the score rests on the platform's creator medians: spike, uniformity and
   * follower-jump checks need videos, so they were not run (unavailable, never zero).
   */
  basis: AssessmentBasis;
  tier: Tier | null;
  signals: Signal[];
  breakdown: ScoreBreakdown;
  videos: VideoRow[];
  /** the window of the videos used for the creator medians */
  window: SignalWindow;
  /** creator-level medians, null when unknown */
  medians: {
    views: number | null;
    likeView: number | null;
    commentLike: number | null;
    engagement: number | null;
  };
  /** follower growth rates (Δ ÷ followers at window start), null when unknown */
  followerGrowth: { rate7d: number | null; rate30d: number | null };
  /** category fit against options.fitTarget, null when no target was given */
  fit: CategoryFit | null;
  assessedAt: number;
}
