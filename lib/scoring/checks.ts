/**
 * One score per creator wherever it is shown. Two named checks of the same creator:
 * - the QUICK check reads only the figures a Find creators row carries (followers, median views, engagement rate, GMV,
 *   units…), so it can run on every list row;
 * - the FULL check reads the creator's recent videos (creator page), when at least MIN_ELIGIBLE_VIDEOS are known.
 * `assessForBadge` runs both and says which one is shown and why; every place (list badge, side panel, dashboard)
 * shows that one, so the same creator never gets two unexplained numbers.
 */
import { assessCreator } from './assess';
import * as K from './model-constants';
import type { AssessOptions, Assessment, CreatorMetrics, Verdict } from './types';

export type CheckKind = 'quick' | 'full';

/**
 * Why the shown check was chosen:
 * - full_from_videos: the full check has enough videos and the quick check is not more severe;
 * - quick_more_severe: the list figures show a worse verdict than the videos (e.g. bought views the video sample
 *   missed), so the stricter check is shown;
 * - quick_too_few_videos: fewer than MIN_ELIGIBLE_VIDEOS videos are known, so only the list figures can be used;
 * - no_data: neither check has enough data for a score.
 */
export type ShownReason = 'full_from_videos' | 'quick_more_severe' | 'quick_too_few_videos' | 'no_data';

export interface CreatorChecks {
  /** assessment from list figures only (basis 'profile_medians', or insufficient_data) */
  quick: Assessment;
  /** assessment from videos, null when too few videos (or followers) are known */
  full: Assessment | null;
  shown: CheckKind;
  reason: ShownReason;
  /** the shown assessment (quick or full): the one score and verdict for this creator */
  assessment: Assessment;
}

const SEVERITY: Record<Verdict, number> = { insufficient_data: 0, healthy: 1, suspicious: 2, likely_fake: 3 };

/** Quick check: the list figures only, whatever videos are stored. */
export function assessQuick(creator: CreatorMetrics, options: AssessOptions): Assessment {
  return assessCreator({ ...creator, videos: [], followerTrend: null, followerGrowth7d: null, followerGrowth30d: null }, options);
}

/** Full check: the videos only (the platform medians are ignored); null when there are too few videos for a score. */
export function assessFull(creator: CreatorMetrics, options: AssessOptions): Assessment | null {
  const assessment = assessCreator(
    { ...creator, medianViews: null, medianLikes: null, medianComments: null, medianShares: null, engagementRate: null },
    options,
  );
  return assessment.verdict === 'insufficient_data' || assessment.window.videos < K.MIN_ELIGIBLE_VIDEOS ? null : assessment;
}

/**
 * What the store keeps for the dashboard (score sort, verdict filter): the shown check's score and verdict.
 * Pass it to lib/store rescoreCreators: `rescoreCreators(db, ids, (c) => storedScoreOf(c, { now }))`.
 */
export function storedScoreOf(creator: CreatorMetrics, options: AssessOptions): { score: number | null; verdict: Verdict } {
  const { assessment } = assessForBadge(creator, options);
  return { score: assessment.score, verdict: assessment.verdict };
}

/** Both checks and the one to show. The function the background calls for every creator it scores or badges. */
export function assessForBadge(creator: CreatorMetrics, options: AssessOptions): CreatorChecks {
  const quick = assessQuick(creator, options);
  const full = assessFull(creator, options);
  if (full) {
    if (SEVERITY[quick.verdict] > SEVERITY[full.verdict]) return { quick, full, shown: 'quick', reason: 'quick_more_severe', assessment: quick };
    return { quick, full, shown: 'full', reason: 'full_from_videos', assessment: full };
  }
  return { quick, full, shown: 'quick', reason: quick.verdict === 'insufficient_data' ? 'no_data' : 'quick_too_few_videos', assessment: quick };
}
