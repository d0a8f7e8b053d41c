/**
 * The explainable Creator Score (sources and thresholds: model-constants.ts): per-video rows → creator medians → authenticity checks
 * (risk points, one Signal each) → weighted sub-scores re-normalised over what is known → verdict cap.
 */
import * as K from './model-constants';
import * as M from './messages';
import * as F from './formulas';
import type { Localised } from '../i18n';
import { interpolate, knownCount, median, robustCv } from './stats';
import { categoryFit } from './fit';
import type {
  AssessOptions,
  Assessment,
  AssessmentBasis,
  CreatorMetrics,
  ScoreComponent,
  Signal,
  SignalWindow,
  Tier,
  Verdict,
  VideoRow,
} from './types';

/** The Japanese likes ÷ followers median for this following (A stream tier table). */
export function jpLikesPerFollowerNorm(followers: number): number {
  let norm = K.JP_LIKES_PER_FOLLOWER_TIERS[0]!.median;
  for (const tier of K.JP_LIKES_PER_FOLLOWER_TIERS) if (followers >= tier.minFollowers) norm = tier.median;
  return norm;
}

export function tierOf(followers: number | null): Tier | null {
  if (followers == null) return null;
  for (const bound of K.TIER_BOUNDS) {
    if (followers < bound.max) {
      return { id: bound.id, minFollowers: bound.min, maxFollowers: bound.max, favoured: K.FAVOURED_TIERS.has(bound.id) };
    }
  }
  return null;
}

/** Per-video rows, newest first (undated last), with eligibility decided against `now`. */
function buildRows(metrics: CreatorMetrics, now: number): VideoRow[] {
  const videos = metrics.videos ?? [];
  const rows: VideoRow[] = [];
  for (const video of videos) {
    const postedAt = typeof video.postedAt === 'number' && Number.isFinite(video.postedAt) ? video.postedAt : null;
    const views = knownCount(video.views);
    const likes = knownCount(video.likes);
    const comments = knownCount(video.comments);
    const shares = knownCount(video.shares);
    const ageMs = postedAt == null ? null : now - postedAt;
    let excluded: VideoRow['excluded'] = null;
    if (views == null) excluded = 'views_unknown';
    else if (ageMs != null ? ageMs < K.MIN_VIDEO_AGE_MS : !K.UNDATED_VIDEOS_ARE_ELIGIBLE) excluded = 'too_new';
    rows.push({
      id: video.id ?? null,
      postedAt,
      ageDays: ageMs == null ? null : ageMs / K.DAY_MS,
      views,
      likes,
      comments,
      shares,
      likeView: views != null && views > 0 && likes != null ? likes / views : null,
      commentLike: likes != null && likes > 0 && comments != null ? comments / likes : null,
      viewsVsMedian: null,
      used: false,
      excluded,
      spike: false,
      suspiciousSpike: false,
    });
  }
  rows.sort(newestFirst);
  let used = 0;
  for (const row of rows) {
    if (row.excluded != null) continue;
    if (used < K.MAX_VIDEOS_USED) {
      row.used = true;
      used++;
    } else row.excluded = 'beyond_window';
  }
  return rows;
}

function newestFirst(a: VideoRow, b: VideoRow): number {
  if (a.postedAt == null) return b.postedAt == null ? 0 : 1;
  if (b.postedAt == null) return -1;
  return b.postedAt - a.postedAt;
}

function windowOf(rows: readonly VideoRow[]): SignalWindow {
  let oldest: number | null = null;
  let newest: number | null = null;
  for (const row of rows) {
    if (row.ageDays == null) continue;
    if (oldest == null || row.ageDays > oldest) oldest = row.ageDays;
    if (newest == null || row.ageDays < newest) newest = row.ageDays;
  }
  return { videos: rows.length, oldestAgeDays: oldest, newestAgeDays: newest, source: 'videos' };
}

const PROFILE_WINDOW: SignalWindow = { videos: 0, oldestAgeDays: null, newestAgeDays: null, source: 'profile_medians' };

/** The platform's creator-level medians, when enough of them are known to stand in for the video list. */
interface ProfileMedians {
  views: number;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  engagementRate: number | null;
}

/** Usable when followers, median views and median likes or the engagement rate are known (the brief for S7). */
function profileMedians(metrics: CreatorMetrics): ProfileMedians | null {
  const views = knownCount(metrics.medianViews);
  const likes = knownCount(metrics.medianLikes);
  const engagementRate = K.PLATFORM_ENGAGEMENT_RATE_IS_PER_VIEW ? knownCount(metrics.engagementRate) : null;
  if (views == null || (likes == null && engagementRate == null)) return null;
  return { views, likes, comments: knownCount(metrics.medianComments), shares: knownCount(metrics.medianShares), engagementRate };
}

interface GrowthRates {
  rate7d: number | null;
  rate30d: number | null;
  gained7d: number | null;
  gained30d: number | null;
}

/** Growth = Δ ÷ followers at the window start (Upfluence). Explicit fields first, then Creator.followerTrend. */
function followerGrowth(metrics: CreatorMetrics, followers: number | null): GrowthRates {
  const fromField = (gained: number | null | undefined): [number | null, number | null] => {
    if (typeof gained !== 'number' || !Number.isFinite(gained) || followers == null) return [null, null];
    const start = followers - gained;
    return start > 0 ? [gained / start, gained] : [null, null];
  };
  let [rate7d, gained7d] = fromField(metrics.followerGrowth7d);
  let [rate30d, gained30d] = fromField(metrics.followerGrowth30d);
  const trend = metrics.followerTrend;
  if ((rate7d == null || rate30d == null) && trend && trend.length >= 2) {
    const points = trend.slice().sort((a, b) => a.at - b.at);
    const latest = points[points.length - 1]!;
    const fromTrend = (windowMs: number): [number | null, number | null] => {
      const startBy = latest.at - windowMs + K.S5_TREND_START_TOLERANCE_MS;
      let start: { at: number; followers: number } | null = null;
      for (const point of points) {
        if (point.at <= startBy) start = point;
        else break;
      }
      if (start == null || start === latest || !(start.followers > 0)) return [null, null];
      const gained = latest.followers - start.followers;
      return [gained / start.followers, gained];
    };
    if (rate7d == null) [rate7d, gained7d] = fromTrend(K.S5_WINDOW_7D_MS);
    if (rate30d == null) [rate30d, gained30d] = fromTrend(K.S5_WINDOW_30D_MS);
  }
  return { rate7d, rate30d, gained7d, gained30d };
}

/** Enough volume that a ratio below `threshold` is not just small-number noise (see MIN_EXPECTED_EVENTS_AT_THRESHOLD). */
function judgeable(medianDenominator: number | null, threshold: number): boolean {
  return medianDenominator != null && medianDenominator * threshold >= K.MIN_EXPECTED_EVENTS_AT_THRESHOLD;
}

function signal(partial: Omit<Signal, 'severity'>): Signal {
  const severity = partial.points >= 3 ? 'danger' : partial.points > 0 ? 'warning' : 'info';
  return { severity, ...partial };
}

const COMPONENT_WEIGHTS = {
  sales: K.WEIGHT_SALES,
  engagement: K.WEIGHT_ENGAGEMENT,
  reach: K.WEIGHT_REACH,
  cadence: K.WEIGHT_CADENCE,
  authenticity: K.WEIGHT_AUTHENTICITY,
  fit: K.WEIGHT_FIT,
} as const;

function component(id: ScoreComponent['id'], value: number | null, input: number | null, formula: Localised): ScoreComponent {
  return { id, weight: COMPONENT_WEIGHTS[id], effectiveWeight: 0, available: value != null, value, points: null, input, formula };
}

export function assessCreator(metrics: CreatorMetrics, options: AssessOptions): Assessment {
  const { now } = options;
  const followers = knownCount(metrics.followers);
  const tier = tierOf(followers);
  const rows = buildRows(metrics, now);
  const used = rows.filter((row) => row.used);
  let window = windowOf(used);

  // Creator-level medians over the used videos.
  const views: number[] = [];
  const likeViews: number[] = [];
  const commentLikes: number[] = [];
  const engagements: number[] = [];
  const likeCounts: number[] = [];
  // ER sums the engagement terms known for every used video, so one missing count never reads as zero.
  let sharesKnownForAll = true;
  let commentsKnownForAll = true;
  for (const row of used) {
    if (row.shares == null) sharesKnownForAll = false;
    if (row.comments == null) commentsKnownForAll = false;
  }
  for (const row of used) {
    views.push(row.views!);
    if (row.likeView != null) likeViews.push(row.likeView);
    if (row.commentLike != null) commentLikes.push(row.commentLike);
    if (row.likes != null) likeCounts.push(row.likes);
    if (row.views! > 0 && row.likes != null) {
      engagements.push((row.likes + (commentsKnownForAll ? row.comments! : 0) + (sharesKnownForAll ? row.shares! : 0)) / row.views!);
    }
  }
  let medianViews = median(views);
  let medianLikes = median(likeCounts);
  let medianLikeView = median(likeViews);
  let medianCommentLike = median(commentLikes);
  let medianEngagement = median(engagements);
  for (const row of rows) {
    if (row.views != null && medianViews != null && medianViews > 0 && row.excluded !== 'too_new') {
      row.viewsVsMedian = row.views / medianViews;
    }
  }
  const growth = followerGrowth(metrics, followers);
  const fit = options.fitTarget ? categoryFit(metrics, options.fitTarget) : null;
  const followerGrowthOut = { rate7d: growth.rate7d, rate30d: growth.rate30d };

  // Profile-median fallback (S7): too few videos, but the platform's creator medians are known. The video list wins.
  const profile = followers != null && used.length < K.MIN_ELIGIBLE_VIDEOS ? profileMedians(metrics) : null;
  const basis: AssessmentBasis = profile ? 'profile_medians' : 'videos';
  let erFormula: Localised = F.PLATFORM_ER;
  if (profile) {
    window = PROFILE_WINDOW;
    medianViews = profile.views;
    medianLikes = profile.likes;
    medianLikeView = profile.views > 0 && profile.likes != null ? profile.likes / profile.views : null;
    medianCommentLike = profile.likes != null && profile.likes > 0 && profile.comments != null ? profile.comments / profile.likes : null;
    if (medianLikeView != null) {
      // Same terms as the video ER: likes, plus comments and shares when known.
      medianEngagement = (profile.likes! + (profile.comments ?? 0) + (profile.shares ?? 0)) / profile.views;
      const terms: F.Measure[] = ['likes', ...(profile.comments != null ? ['comments' as const] : []), ...(profile.shares != null ? ['shares' as const] : [])];
      erFormula = F.ratioOfMedians(terms, 'views');
    } else {
      medianEngagement = profile.engagementRate;
      erFormula = F.PLATFORM_ER;
    }
  }
  const medians = { views: medianViews, likeView: medianLikeView, commentLike: medianCommentLike, engagement: medianEngagement };
  const formula = F.formulasFor(profile != null);

  if (followers == null || (used.length < K.MIN_ELIGIBLE_VIDEOS && !profile)) {
    // No videos at all and no usable list medians: say what the list lacks, not "0 videos".
    const reason = followers == null ? 'followers_unknown' : rows.length === 0 ? 'list_figures_unknown' : 'too_few_videos';
    const components = (Object.keys(COMPONENT_WEIGHTS) as Array<ScoreComponent['id']>).map((id) => component(id, null, null, F.NO_FORMULA));
    return {
      score: null,
      verdict: 'insufficient_data',
      tier,
      basis,
      signals: [
        signal({
          id: 'insufficient_data',
          points: 0,
          value: reason === 'too_few_videos' ? used.length : 0,
          threshold: K.MIN_ELIGIBLE_VIDEOS,
          direction: 'below',
          formula: F.insufficientFormula(K.MIN_ELIGIBLE_VIDEOS),
          window,
          message: M.insufficientMessage(reason, used.length, K.MIN_ELIGIBLE_VIDEOS),
        }),
      ],
      breakdown: { components, uncapped: null, cap: null, riskPoints: 0 },
      videos: rows,
      window,
      medians,
      followerGrowth: followerGrowthOut,
      fit,
      assessedAt: now,
    };
  }

  const signals: Signal[] = [];
  /** weak signals that count only next to another warning (see RISK_SUSPICIOUS) */
  const corroboratingOnly = new Set<Signal>();
  const likeViewWindow = profile || likeViews.length === used.length ? window : windowOf(used.filter((r) => r.likeView != null));
  const commentLikeWindow = profile || commentLikes.length === used.length ? window : windowOf(used.filter((r) => r.commentLike != null));

  // S1 like/view level.
  if (medianLikeView != null) {
    const base = { value: medianLikeView, formula: formula.likeView, window: likeViewWindow };
    if (medianLikeView > K.S1_LIKE_VIEW_WARN_HIGH) {
      const critical = medianLikeView > K.S1_LIKE_VIEW_CRITICAL_HIGH;
      const threshold = critical ? K.S1_LIKE_VIEW_CRITICAL_HIGH : K.S1_LIKE_VIEW_WARN_HIGH;
      signals.push(signal({ ...base, id: 'like_view_high', points: critical ? K.S1_CRITICAL_POINTS : K.S1_WARN_POINTS, threshold, direction: 'above', message: M.likeViewHighMessage(medianLikeView, threshold, likeViewWindow) }));
    } else if (medianLikeView < K.S1_LIKE_VIEW_WARN_LOW) {
      const critical = medianLikeView < K.S1_LIKE_VIEW_CRITICAL_LOW && judgeable(medianViews, K.S1_LIKE_VIEW_CRITICAL_LOW);
      const threshold = critical ? K.S1_LIKE_VIEW_CRITICAL_LOW : K.S1_LIKE_VIEW_WARN_LOW;
      if (critical || judgeable(medianViews, K.S1_LIKE_VIEW_WARN_LOW)) {
        const fired = signal({ ...base, id: 'like_view_low', points: critical ? K.S1_CRITICAL_POINTS : K.S1_WARN_POINTS, threshold, direction: 'below', message: M.likeViewLowMessage(medianLikeView, threshold, likeViewWindow) });
        signals.push(fired);
        if (!critical && K.S1_WARN_LOW_CORROBORATING_ONLY) corroboratingOnly.add(fired);
      }
    }
  }

  // S1 "too low" on the platform's engagement rate alone: ER ≥ like/view, so ER below the critical floor proves it.
  if (medianLikeView == null && profile?.engagementRate != null && K.S1_LOW_FROM_PLATFORM_ER) {
    const er = profile.engagementRate;
    if (er < K.S1_LIKE_VIEW_CRITICAL_LOW && judgeable(medianViews, K.S1_LIKE_VIEW_CRITICAL_LOW)) {
      signals.push(signal({
        id: 'like_view_low', value: er, formula: F.platformErBound, window: likeViewWindow,
        points: K.S1_CRITICAL_POINTS, threshold: K.S1_LIKE_VIEW_CRITICAL_LOW, direction: 'below',
        message: M.likeViewLowMessage(er, K.S1_LIKE_VIEW_CRITICAL_LOW, likeViewWindow),
      }));
    }
  }

  // S1 on the platform's engagement rate alone (list pages without median likes): only "too high" can be judged.
  if (medianLikeView == null && profile?.engagementRate != null) {
    const er = profile.engagementRate;
    const warn = K.S1_LIKE_VIEW_WARN_HIGH * K.S1_PLATFORM_ER_MARGIN;
    const criticalAt = K.S1_LIKE_VIEW_CRITICAL_HIGH * K.S1_PLATFORM_ER_MARGIN;
    if (er > warn) {
      const critical = er > criticalAt;
      const threshold = critical ? criticalAt : warn;
      signals.push(signal({
        id: 'like_view_high', value: er, formula: F.platformErBound, window: likeViewWindow,
        points: critical ? K.S1_CRITICAL_POINTS : K.S1_WARN_POINTS, threshold, direction: 'above',
        message: M.likeViewHighMessage(er, threshold, likeViewWindow),
      }));
    }
  }

  // S2 comment/like level.
  if (medianCommentLike != null) {
    const base = { value: medianCommentLike, formula: formula.commentLike, window: commentLikeWindow };
    if (medianCommentLike < K.S2_COMMENT_LIKE_WARN_LOW) {
      const critical = medianCommentLike < K.S2_COMMENT_LIKE_CRITICAL_LOW && judgeable(medianLikes, K.S2_COMMENT_LIKE_CRITICAL_LOW);
      const threshold = critical ? K.S2_COMMENT_LIKE_CRITICAL_LOW : K.S2_COMMENT_LIKE_WARN_LOW;
      if (critical || judgeable(medianLikes, K.S2_COMMENT_LIKE_WARN_LOW)) signals.push(signal({ ...base, id: 'comment_like_low', points: critical ? K.S2_CRITICAL_POINTS : K.S2_WARN_POINTS, threshold, direction: 'below', message: M.commentLikeLowMessage(medianCommentLike, threshold, commentLikeWindow) }));
    } else if (medianCommentLike > K.S2_COMMENT_LIKE_WARN_HIGH) {
      const critical = medianCommentLike > K.S2_COMMENT_LIKE_CRITICAL_HIGH;
      const threshold = critical ? K.S2_COMMENT_LIKE_CRITICAL_HIGH : K.S2_COMMENT_LIKE_WARN_HIGH;
      signals.push(signal({ ...base, id: 'comment_like_high', points: critical ? K.S2_CRITICAL_POINTS : K.S2_WARN_POINTS, threshold, direction: 'above', message: M.commentLikeHighMessage(medianCommentLike, threshold, commentLikeWindow) }));
    }
  }

  // S3 reach: median views far below followers.
  const viewRate = medianViews != null && followers > 0 ? medianViews / followers : null;
  if (viewRate != null && medianViews != null) {
    let points = 0;
    let threshold = 0;
    // Likes ÷ followers (an upper bound when only the platform ER is known) against the Japanese tier norm.
    const likesPerView = medianLikeView ?? profile?.engagementRate ?? null;
    const likesPerFollower = likesPerView == null ? null : (medianViews * likesPerView) / followers;
    const belowJapaneseNorm = likesPerFollower == null || likesPerFollower < K.S3_JP_LIKES_PER_FOLLOWER_FACTOR * jpLikesPerFollowerNorm(followers);
    let weak = false;
    if (followers >= K.S3_CRITICAL_MIN_FOLLOWERS && viewRate < K.S3_CRITICAL_VIEW_RATE && belowJapaneseNorm) {
      points = K.S3_CRITICAL_POINTS;
      threshold = K.S3_CRITICAL_VIEW_RATE;
    } else if (followers >= K.S3_WARN_MIN_FOLLOWERS && viewRate < K.S3_WARN_VIEW_RATE) {
      points = K.S3_WARN_POINTS;
      threshold = K.S3_WARN_VIEW_RATE;
      weak = K.S3_WARN_CORROBORATING_ONLY;
    }
    if (points > 0) {
      const fired = signal({ id: 'views_below_followers', points, value: viewRate, threshold, direction: 'below', formula: formula.reach, window, message: M.reachLowMessage(viewRate, threshold, followers, medianViews, window) });
      signals.push(fired);
      if (weak) corroboratingOnly.add(fired);
    }
  }

  // Bought views: reach far above the following while (almost) nobody likes what they watch.
  const likeViewBound = medianLikeView ?? profile?.engagementRate ?? null;
  if (viewRate != null && viewRate >= K.VIEWS_ABOVE_FOLLOWERS_MULTIPLE && likeViewBound != null && likeViewBound < K.VIEWS_ABOVE_FOLLOWERS_MAX_LIKE_VIEW && judgeable(medianViews, K.VIEWS_ABOVE_FOLLOWERS_MAX_LIKE_VIEW)) {
    signals.push(signal({
      id: 'views_above_followers', points: K.VIEWS_ABOVE_FOLLOWERS_POINTS, value: viewRate, threshold: K.VIEWS_ABOVE_FOLLOWERS_MULTIPLE, direction: 'above',
      formula: F.viewsAboveFollowersFormula(formula.reach, medianLikeView != null ? formula.likeView : F.PLATFORM_ER, K.VIEWS_ABOVE_FOLLOWERS_MULTIPLE, K.VIEWS_ABOVE_FOLLOWERS_MAX_LIKE_VIEW),
      window, message: M.viewsAboveFollowersMessage(viewRate, likeViewBound, K.VIEWS_ABOVE_FOLLOWERS_MULTIPLE, window),
    }));
  }

  // S4 spikes whose like/view collapsed; honest viral outliers are reported as info only.
  let collapsedSpikes = 0;
  let viralOutliers = 0;
  let topViralMultiple = 0;
  for (const row of profile ? [] : used) {
    if (row.viewsVsMedian == null || row.viewsVsMedian <= K.S4_SPIKE_VIEW_MULTIPLE) continue;
    row.spike = true;
    if (row.likeView != null && medianLikeView != null && row.likeView < K.S4_SPIKE_LIKE_VIEW_COLLAPSE * medianLikeView) {
      row.suspiciousSpike = true;
      collapsedSpikes++;
    } else {
      viralOutliers++;
      if (row.viewsVsMedian > topViralMultiple) topViralMultiple = row.viewsVsMedian;
    }
  }
  // Older videos outside the window may still be spikes worth highlighting in the table; they are not scored.
  for (const row of rows) if (row.excluded === 'beyond_window' && row.viewsVsMedian != null && row.viewsVsMedian > K.S4_SPIKE_VIEW_MULTIPLE) row.spike = true;
  if (collapsedSpikes > 0) {
    const points = K.S4_POINTS_BY_COUNT[Math.min(collapsedSpikes, K.S4_POINTS_BY_COUNT.length - 1)]!;
    signals.push(signal({ id: 'view_spikes', points, value: collapsedSpikes, threshold: 1, direction: 'above', formula: formula.spikes, window, message: M.spikesMessage(collapsedSpikes, K.S4_SPIKE_VIEW_MULTIPLE, K.S4_SPIKE_LIKE_VIEW_COLLAPSE, window) }));
  }
  if (viralOutliers > 0) {
    signals.push(signal({ id: 'viral_outlier', points: 0, value: viralOutliers, threshold: K.S4_SPIKE_VIEW_MULTIPLE, direction: 'above', formula: formula.viral, window, message: M.viralOutlierMessage(viralOutliers, topViralMultiple, window) }));
  }

  // S5 follower growth unexplained by any video (young ones included: a fresh hit can explain a jump).
  // A spike whose like/view collapsed is bought reach, not a hit, so it explains nothing.
  // Needs the video list to rule out a viral hit, so it is unavailable on platform medians.
  if (!profile && (growth.rate7d != null || growth.rate30d != null)) {
    let viralInWindow = false;
    for (const row of rows) {
      const recent = row.postedAt == null || now - row.postedAt <= K.S5_WINDOW_30D_MS;
      const collapsed = row.likeView != null && medianLikeView != null && row.likeView < K.S4_SPIKE_LIKE_VIEW_COLLAPSE * medianLikeView;
      if (recent && !collapsed && row.views != null && medianViews != null && row.views >= K.S5_VIRAL_VIEW_MULTIPLE * medianViews) viralInWindow = true;
    }
    if (!viralInWindow) {
      const r7 = growth.rate7d ?? -Infinity;
      const r30 = growth.rate30d ?? -Infinity;
      const checks = [
        [r7 > K.S5_CRITICAL_GROWTH_7D, K.S5_CRITICAL_POINTS, 7, r7, K.S5_CRITICAL_GROWTH_7D, growth.gained7d, formula.growth7d],
        [r30 > K.S5_CRITICAL_GROWTH_30D, K.S5_CRITICAL_POINTS, 30, r30, K.S5_CRITICAL_GROWTH_30D, growth.gained30d, formula.growth30d],
        [r7 > K.S5_WARN_GROWTH_7D, K.S5_WARN_POINTS, 7, r7, K.S5_WARN_GROWTH_7D, growth.gained7d, formula.growth7d],
        [r30 > K.S5_WARN_GROWTH_30D, K.S5_WARN_POINTS, 30, r30, K.S5_WARN_GROWTH_30D, growth.gained30d, formula.growth30d],
      ] as const;
      const fired = checks.find((check) => check[0]);
      if (fired) {
        const [, points, days, rate, threshold, gained, formula] = fired;
        signals.push(signal({ id: 'follower_jump', points, value: rate, threshold, direction: 'above', formula, window, message: M.followerJumpMessage(rate, threshold, days, gained, K.S5_VIRAL_VIEW_MULTIPLE) }));
      }
    }
  }

  // S6 machine-like uniformity.
  if (!profile && used.length >= K.S6_MIN_VIDEOS && likeViews.length >= K.S6_MIN_VIDEOS) {
    const cvLikeView = robustCv(likeViews);
    const cvViews = robustCv(views);
    if (cvLikeView != null && cvViews != null && cvLikeView < K.S6_MAX_CV_LIKE_VIEW && cvViews < K.S6_MAX_CV_VIEWS) {
      signals.push(signal({ id: 'uniform_numbers', points: K.S6_POINTS, value: cvLikeView, threshold: K.S6_MAX_CV_LIKE_VIEW, direction: 'below', formula: formula.uniform, window, message: M.uniformMessage(cvLikeView, cvViews, K.S6_MAX_CV_LIKE_VIEW, K.S6_MAX_CV_VIEWS, window) }));
    }
  }

  // A weak signal alone is a note, not a warning; next to a real warning it corroborates it.
  if (!signals.some((s) => s.points > 0 && !corroboratingOnly.has(s))) {
    for (const [i, s] of signals.entries()) if (corroboratingOnly.has(s)) signals[i] = { ...s, points: 0, severity: 'info' };
  }
  let riskPoints = 0;
  for (const s of signals) riskPoints += s.points;
  const verdict: Verdict = riskPoints >= K.RISK_LIKELY_FAKE ? 'likely_fake' : riskPoints >= K.RISK_SUSPICIOUS ? 'suspicious' : 'healthy';

  // Sub-scores.
  let recentViews = 0;
  let recentDated = 0;
  for (const row of rows) {
    if (row.postedAt == null || now - row.postedAt > K.SALES_WINDOW_MS) continue;
    recentDated++;
    if (row.views != null) recentViews += row.views;
  }
  if (profile) {
    // A few stored videos are not the creator's 30 days: estimate from the platform medians instead.
    const posted = knownCount(metrics.videosLast30d);
    recentViews = K.PROFILE_ESTIMATE_RECENT_VIEWS && posted != null ? profile.views * posted : 0;
  }
  const gmv = knownCount(metrics.gmv30dJpy) ?? knownCount(metrics.gmvJpy);
  const units = knownCount(metrics.units30d) ?? knownCount(metrics.unitsSold);
  const gpm = knownCount(metrics.gpmJpy);
  let sales: ScoreComponent;
  if (gpm != null) sales = component('sales', interpolate(K.SALES_GPM_CURVE, gpm), gpm, formula.sales);
  else if (gmv != null && recentViews > 0) {
    const proxy = (gmv / recentViews) * 1000;
    sales = component('sales', interpolate(K.SALES_GPM_CURVE, proxy), proxy, formula.salesGmvProxy);
  } else if (units != null && recentViews > 0) {
    const perMille = (units / recentViews) * 1000;
    sales = component('sales', interpolate(K.SALES_UNITS_PER_MILLE_CURVE, perMille), perMille, formula.salesUnitsProxy);
  } else sales = component('sales', null, null, formula.sales);

  const erPart = medianEngagement == null ? null : interpolate(K.ENGAGEMENT_ER_CURVE, medianEngagement);
  const clPart = medianCommentLike == null ? null : interpolate(K.ENGAGEMENT_COMMENT_LIKE_CURVE, medianCommentLike);
  let engagementValue: number | null;
  if (erPart != null && clPart != null) engagementValue = K.ENGAGEMENT_ER_SHARE * erPart + K.ENGAGEMENT_COMMENT_SHARE * clPart;
  else engagementValue = erPart ?? clPart;
  if (!profile) {
    const erTerms: F.Measure[] = ['likes', ...(commentsKnownForAll ? ['comments' as const] : []), ...(sharesKnownForAll ? ['shares' as const] : [])];
    erFormula = F.perVideoMedian(erTerms, 'views');
  }
  const engagement = component('engagement', engagementValue, medianEngagement ?? medianCommentLike, F.engagementFormula(erFormula, formula.commentLike, K.ENGAGEMENT_ER_SHARE, K.ENGAGEMENT_COMMENT_SHARE));

  let reachValue: number | null = null;
  if (viewRate != null) {
    reachValue = interpolate(K.REACH_CURVE, viewRate);
    let total = 0;
    let top = 0;
    for (const v of views) {
      total += v;
      if (v > top) top = v;
    }
    // One-hit dependence needs the video list; a few stored videos on platform medians say nothing about it.
    if (!profile && total > 0 && top / total > K.REACH_ONE_HIT_SHARE) reachValue *= K.REACH_ONE_HIT_FACTOR;
  }
  const reach = component('reach', reachValue, viewRate, formula.reach);

  const postedLast30d = knownCount(metrics.videosLast30d) ?? (recentDated > 0 || rows.some((r) => r.postedAt != null) ? recentDated : null);
  const perDay = postedLast30d == null ? null : postedLast30d / (K.CADENCE_WINDOW_MS / K.DAY_MS);
  const fulfilment = knownCount(metrics.sampleFulfillmentRate);
  let cadenceValue: number | null = perDay == null ? null : interpolate(K.CADENCE_CURVE, perDay);
  if (fulfilment != null) cadenceValue = cadenceValue == null ? Math.min(1, fulfilment) : (cadenceValue + Math.min(1, fulfilment)) / 2;
  const cadence = component('cadence', cadenceValue, perDay, fulfilment != null ? formula.cadenceWithFulfilment : formula.cadence);

  const authenticity = component('authenticity', Math.max(0, 1 - K.AUTHENTICITY_PENALTY_PER_POINT * riskPoints), riskPoints, formula.authenticity);

  const fitComponent = component('fit', fit?.value ?? null, fit?.gmvShare ?? null, F.FIT_FORMULA);
  const components = [sales, engagement, reach, cadence, authenticity, fitComponent];
  let availableWeight = 0;
  for (const c of components) if (c.available) availableWeight += c.weight;
  let uncapped = 0;
  for (const c of components) {
    if (!c.available) continue;
    c.effectiveWeight = c.weight / availableWeight;
    c.points = 100 * c.effectiveWeight * c.value!;
    uncapped += c.points;
  }
  const cap = verdict === 'likely_fake' ? K.CAP_LIKELY_FAKE : verdict === 'suspicious' ? K.CAP_SUSPICIOUS : null;
  const rounded = Math.round(uncapped);
  const score = cap == null ? rounded : Math.min(cap, rounded);

  return {
    score,
    verdict,
    basis,
    tier,
    signals,
    breakdown: { components, uncapped, cap: cap != null && rounded > cap ? cap : null, riskPoints },
    videos: rows,
    window,
    medians,
    followerGrowth: followerGrowthOut,
    fit,
    assessedAt: now,
  };
}
