/**
 * Category fit (类目垂直度 / 粉丝画像匹配): how much of the creator's GMV comes from the seller's product category, and
 * whether the creator's followers are the seller's audience. Pure; thresholds in model-constants.ts.
 */
import * as K from './model-constants';
import { interpolate } from './stats';

/** One share of a distribution, as lib/model's distribution entries are ({ key, name, share }). */
export interface ShareEntry {
  key: string;
  name?: string | null;
  share: number;
}

/** What fit reads from a creator; lib/model's Creator satisfies it. */
export interface FitCreator {
  /** share of GMV per product category (Seller Center industry_groups) */
  gmvShareByCategory?: ReadonlyArray<ShareEntry> | null;
  /** categories the platform lists for the creator (names), used when the GMV split is unknown */
  categories?: ReadonlyArray<string> | null;
  followerGenders?: ReadonlyArray<ShareEntry> | null;
}

/** The seller's side: the product category in view (plan, sample request, product) or the one chosen in settings. */
export interface FitTarget {
  category: string | null;
  /** the gender the product is for, when the seller set one */
  audienceGender?: 'female' | 'male' | null;
}

export type FitLevel = 'strong' | 'partial' | 'weak' | 'unknown';
export type FitReason =
  | 'no_seller_category'
  | 'no_creator_data'
  | 'gmv_share'
  | 'listed_category'
  | 'not_listed';

export interface CategoryFit {
  level: FitLevel;
  reason: FitReason;
  /** the seller's category compared */
  category: string | null;
  /** creator's GMV share in that category (0..1), null when the GMV split is unknown */
  gmvShare: number | null;
  /** creator's followers of the target gender (0..1), null when unknown or no target gender */
  audienceShare: number | null;
  audienceMismatch: boolean;
  /** 0..1 sub-score for the Creator Score; null unless the GMV split is known (then it counts in the score) */
  value: number | null;
}

const LOWER: Record<FitLevel, FitLevel> = { strong: 'partial', partial: 'weak', weak: 'weak', unknown: 'unknown' };

/** Category names and keys compared case- and width-insensitively ("Beauty & Personal Care" = "beauty & personal care"). */
export function sameCategory(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return false;
  const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  const x = norm(a);
  return x.length > 0 && x === norm(b);
}

export function categoryFit(creator: FitCreator, target: FitTarget): CategoryFit {
  const category = target.category?.trim() || null;
  const genders = creator.followerGenders ?? [];
  const gender = target.audienceGender ?? null;
  const genderEntry = gender == null ? undefined : genders.find((g) => sameCategory(g.key, gender));
  const audienceShare = genderEntry && Number.isFinite(genderEntry.share) ? genderEntry.share : null;
  const audienceMismatch = audienceShare != null && audienceShare < K.FIT_AUDIENCE_MISMATCH_SHARE;
  const base = { category, gmvShare: null, audienceShare, audienceMismatch, value: null };
  if (category == null) return { ...base, level: 'unknown', reason: 'no_seller_category', audienceMismatch: false };

  const split = creator.gmvShareByCategory ?? [];
  if (split.length > 0) {
    let share = 0;
    for (const entry of split) {
      if ((sameCategory(entry.key, category) || sameCategory(entry.name, category)) && Number.isFinite(entry.share)) share += entry.share;
    }
    share = Math.min(1, Math.max(0, share));
    let level: FitLevel = share >= K.FIT_STRONG_GMV_SHARE ? 'strong' : share >= K.FIT_PARTIAL_GMV_SHARE ? 'partial' : 'weak';
    let value = interpolate(K.FIT_GMV_SHARE_CURVE, share);
    if (audienceMismatch) {
      level = LOWER[level];
      value *= K.FIT_AUDIENCE_MISMATCH_FACTOR;
    }
    return { ...base, level, reason: 'gmv_share', gmvShare: share, value };
  }

  const listed = creator.categories ?? [];
  if (listed.length === 0) return { ...base, level: 'unknown', reason: 'no_creator_data' };
  // Listed categories say what the creator posts about, not what sells: at most a partial fit, never scored.
  const inList = listed.some((c) => sameCategory(c, category));
  const level: FitLevel = inList ? (audienceMismatch ? 'weak' : 'partial') : 'weak';
  return { ...base, level, reason: inList ? 'listed_category' : 'not_listed' };
}
