/** Category fit (类目垂直度 / 粉丝画像匹配) and its use in the score only where the data exists. */
import { describe, expect, it } from 'vitest';
import { assessCreator, categoryFit, sameCategory, scoringConstants as K } from '../../lib/scoring';
import { NOW, makeProfile } from './generator';

const split = (beauty: number) => [
  { key: '601450', name: 'Beauty & Personal Care', share: beauty },
  { key: '600001', name: 'Home Supplies', share: 1 - beauty },
];

describe('categoryFit', () => {
  it('GMV share in the category sets the level: ≥ 50% strong, ≥ 20% partial, else weak', () => {
    expect(categoryFit({ gmvShareByCategory: split(0.7) }, { category: 'Beauty & Personal Care' })).toMatchObject({ level: 'strong', reason: 'gmv_share', gmvShare: 0.7 });
    expect(categoryFit({ gmvShareByCategory: split(0.3) }, { category: 'beauty & personal care' })).toMatchObject({ level: 'partial', gmvShare: 0.3 });
    expect(categoryFit({ gmvShareByCategory: split(0.05) }, { category: 'Beauty & Personal Care' })).toMatchObject({ level: 'weak' });
    // matched by category key as well as by name
    expect(categoryFit({ gmvShareByCategory: split(0.7) }, { category: '601450' }).level).toBe('strong');
  });

  it('the fit value follows the GMV-share curve and an audience mismatch halves it and lowers the level', () => {
    const matched = categoryFit({ gmvShareByCategory: split(0.5), followerGenders: [{ key: 'female', share: 0.8 }] }, { category: 'Beauty & Personal Care', audienceGender: 'female' });
    expect(matched).toMatchObject({ level: 'strong', audienceShare: 0.8, audienceMismatch: false });
    expect(matched.value).toBeCloseTo(0.85, 10);
    const mismatch = categoryFit({ gmvShareByCategory: split(0.5), followerGenders: [{ key: 'female', share: 0.2 }] }, { category: 'Beauty & Personal Care', audienceGender: 'female' });
    expect(mismatch).toMatchObject({ level: 'partial', audienceMismatch: true });
    expect(mismatch.value).toBeCloseTo(0.85 * K.FIT_AUDIENCE_MISMATCH_FACTOR, 10);
  });

  it('without a GMV split, listed categories give at most a partial fit and no score value', () => {
    expect(categoryFit({ categories: ['Beauty & Personal Care'] }, { category: 'Beauty & Personal Care' })).toMatchObject({ level: 'partial', reason: 'listed_category', value: null });
    expect(categoryFit({ categories: ['Home Supplies'] }, { category: 'Beauty & Personal Care' })).toMatchObject({ level: 'weak', reason: 'not_listed', value: null });
    expect(categoryFit({}, { category: 'Beauty & Personal Care' })).toMatchObject({ level: 'unknown', reason: 'no_creator_data' });
    expect(categoryFit({ gmvShareByCategory: split(0.9) }, { category: null })).toMatchObject({ level: 'unknown', reason: 'no_seller_category' });
  });

  it('sameCategory ignores case and full-width forms, never matches empty names', () => {
    expect(sameCategory('Ｂｅａｕｔｙ', 'beauty')).toBe(true);
    expect(sameCategory('', '')).toBe(false);
    expect(sameCategory(null, 'x')).toBe(false);
  });
});

describe('fit in the Creator Score', () => {
  const base = makeProfile({ seed: 21, followers: 30_000, videoCount: 12, medianViews: 6_000, likeView: 0.05, commentLike: 0.02 });

  it('counts only when the GMV split and the seller category are both known; otherwise the weights re-normalise', () => {
    const none = assessCreator(base, { now: NOW });
    const noTarget = assessCreator({ ...base, gmvShareByCategory: split(0.9) }, { now: NOW });
    const noSplit = assessCreator({ ...base, categories: ['Beauty & Personal Care'] }, { now: NOW, fitTarget: { category: 'Beauty & Personal Care' } });
    for (const a of [none, noTarget, noSplit]) {
      const fit = a.breakdown.components.find((c) => c.id === 'fit')!;
      expect(fit.available).toBe(false);
      expect(a.score).toBe(none.score);
    }
    expect(noSplit.fit).toMatchObject({ level: 'partial', reason: 'listed_category' });
  });

  it('a category specialist scores higher than a creator who never sells the category', () => {
    const target = { category: 'Beauty & Personal Care' };
    const specialist = assessCreator({ ...base, gmvShareByCategory: split(0.9) }, { now: NOW, fitTarget: target });
    const outsider = assessCreator({ ...base, gmvShareByCategory: split(0) }, { now: NOW, fitTarget: target });
    const fit = specialist.breakdown.components.find((c) => c.id === 'fit')!;
    expect(fit.available).toBe(true);
    expect(fit.weight).toBe(K.WEIGHT_FIT);
    expect(specialist.score!).toBeGreaterThan(outsider.score!);
    expect(specialist.fit!.level).toBe('strong');
    expect(outsider.fit!.level).toBe('weak');
  });
});
