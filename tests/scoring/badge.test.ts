/** BadgeData: compact, serialisable, validated; warnings as i18n keys with numeric params; the seller's own status. */
import { describe, expect, it } from 'vitest';
import { isMessageKey, t } from '../../lib/i18n';
import {
  assessForBadge, badgeDataSchema, BADGE_SIGNAL_IDS, SELLER_STATUSES, badgeWarningText, buildBadgeData, categoryFit, sellerStatusOf, BADGE_KEYS,
} from '../../lib/scoring';
import { FIXTURE_NOW, listCreators, visitedCreator } from './fixture-creators';
import { NOW, makeProfile } from './generator';

const rows = listCreators();

describe('buildBadgeData', () => {
  it('gadget_sokuhou from the list row: likely fake, quick check, warnings as keys with numbers, survives JSON', () => {
    const creator = rows.get('gadget_sokuhou')!;
    const badge = buildBadgeData(assessForBadge(creator, { now: FIXTURE_NOW }), { creatorId: creator.id, sellerStatus: 'invited' });
    expect(badge).toMatchObject({ version: 1, creatorId: creator.id, verdict: 'likely_fake', check: 'quick', reason: 'quick_too_few_videos', other: null, sellerStatus: 'invited', tier: 'micro' });
    expect(badge.score!).toBeLessThanOrEqual(30);
    expect(badge.warnings.map((w) => w.signal)).toEqual(['like_view_low', 'views_above_followers']);
    const above = badge.warnings[1]!;
    expect(above.key).toBe('scoreWarn_views_above_followers');
    expect(above.params[0]!.as).toBe('multiple');
    expect(above.params[0]!.n).toBeCloseTo(creator.medianViews! / creator.followers!, 10);
    expect(badgeWarningText('en', above)).toMatch(/^Views 5\.4× the followers but like\/view only 0\.25%/);
    const copy = JSON.parse(JSON.stringify(badge));
    expect(badgeDataSchema.safeParse(copy).success).toBe(true);
    expect(copy).toEqual(badge);
  });

  it('after a visit: the full check is shown and the quick one is named as the other check', () => {
    const creator = visitedCreator(rows.get('fashion_lab_0001')!);
    const badge = buildBadgeData(assessForBadge(creator, { now: FIXTURE_NOW }), { creatorId: creator.id });
    expect(badge.check).toBe('full');
    expect(badge.verdict).toBe('suspicious');
    expect(badge.other).toEqual({ check: 'quick', score: expect.any(Number), verdict: 'healthy' });
    expect(badge.warnings[0]).toMatchObject({ signal: 'uniform_numbers', severity: 'warning', key: 'scoreWarn_uniform_numbers' });
  });

  it('factors carry the same points and maxima as the assessment the panel shows', () => {
    const checks = assessForBadge(visitedCreator(rows.get('sakura_beauty_jp')!), { now: FIXTURE_NOW });
    const badge = buildBadgeData(checks, { creatorId: 'x' });
    expect(badge.factors).toHaveLength(3);
    for (const f of badge.factors) {
      const c = checks.assessment.breakdown.components.find((x) => x.id === f.component)!;
      expect(f.max).toBe(Math.round(100 * c.effectiveWeight));
      expect(f.points).toBe(Math.round(c.points!));
    }
  });

  it('every key a badge can carry exists in all three languages, and every placeholder is filled', () => {
    const keys = [
      ...Object.values(BADGE_KEYS.verdict), ...Object.values(BADGE_KEYS.check), ...Object.values(BADGE_KEYS.reason), ...Object.values(BADGE_KEYS.fit),
      ...BADGE_SIGNAL_IDS.map((id) => BADGE_KEYS.warning(id)),
      ...SELLER_STATUSES.map((s) => BADGE_KEYS.sellerStatus(s)),
    ];
    for (const key of keys) expect(isMessageKey(key), key).toBe(true);
    for (const row of rows.values()) {
      const badge = buildBadgeData(assessForBadge(visitedCreator(row), { now: FIXTURE_NOW }), { creatorId: row.id });
      for (const w of badge.warnings) for (const lang of ['zh_CN', 'ja', 'en'] as const) expect(badgeWarningText(lang, w)).not.toMatch(/\$\d|NaN|undefined/);
    }
  });

  it('the schema refuses what the page could not render safely', () => {
    const badge = buildBadgeData(assessForBadge(rows.get('sakura_beauty_jp')!, { now: FIXTURE_NOW }), { creatorId: 'c1' });
    expect(badgeDataSchema.safeParse({ ...badge, score: 1e9 }).success).toBe(false);
    expect(badgeDataSchema.safeParse({ ...badge, verdict: 'great' }).success).toBe(false);
    expect(badgeDataSchema.safeParse({ ...badge, warnings: Array(20).fill(badge.warnings[0] ?? { signal: 'viral_outlier', severity: 'info', key: 'k', params: [] }) }).success).toBe(false);
    expect(badgeDataSchema.safeParse({ ...badge, fit: { level: 'strong', category: 'x'.repeat(500), gmvShare: 1 } }).success).toBe(false);
  });

  it('a fit for the product in view is carried as level + the seller category + GMV share', () => {
    const creator = { ...rows.get('sakura_beauty_jp')!, gmvShareByCategory: [{ key: '601450', name: 'Beauty & Personal Care', share: 0.7 }] };
    const fit = categoryFit(creator, { category: 'Beauty & Personal Care' });
    const badge = buildBadgeData(assessForBadge(creator, { now: FIXTURE_NOW }), { creatorId: creator.id, fit });
    expect(badge.fit).toEqual({ level: 'strong', category: 'Beauty & Personal Care', gmvShare: 0.7 });
    expect(t('zh_CN', BADGE_KEYS.fit[badge.fit!.level])).toBe('类目高度匹配');
  });
});

describe('sellerStatusOf', () => {
  it('nothing recorded → null (candidate has no marker)', () => {
    expect(sellerStatusOf({})).toBeNull();
    expect(sellerStatusOf({ note: { status: 'candidate' } })).toBeNull();
  });
  it('a target plan or the profile flag means invited', () => {
    expect(sellerStatusOf({ collaborations: [{ plan: { kind: 'target' } }] })).toBe('invited');
    expect(sellerStatusOf({ collaborations: [{ plan: { kind: 'open' } }] })).toBeNull();
    expect(sellerStatusOf({ creator: { invitedLast90d: true } })).toBe('invited');
  });
  it('the furthest step wins: a sample sent beats a note saying invited', () => {
    expect(sellerStatusOf({ note: { status: 'invited' }, collaborations: [{ sampleSentAt: 1 }, { plan: { kind: 'target' } }] })).toBe('sample_sent');
    expect(sellerStatusOf({ note: { status: 'long_term_partner' }, collaborations: [{ postedAt: 1 }] })).toBe('long_term_partner');
  });
  it("the seller's own 'declined' always wins", () => {
    expect(sellerStatusOf({ note: { status: 'declined' }, collaborations: [{ postedAt: 1 }] })).toBe('declined');
  });
});

describe('one score per creator', () => {
  it('the badge score equals the shown assessment score, whichever check is shown', () => {
    const p = makeProfile({ seed: 9, followers: 30_000, videoCount: 12, medianViews: 6_000, likeView: 0.05, commentLike: 0.02 });
    for (const extra of [{}, { medianViews: 200_000, engagementRate: 0.001 }]) {
      const checks = assessForBadge({ ...p, ...extra }, { now: NOW });
      expect(buildBadgeData(checks, { creatorId: 'c' }).score).toBe(checks.assessment.score);
    }
  });
});

describe('no data on the list', () => {
  it('an unauthorised list row says what is missing, not "0 videos"', () => {
    const creator = rows.get('himitsu_account')!;
    const checks = assessForBadge(creator, { now: FIXTURE_NOW });
    expect(checks.reason).toBe('no_data');
    expect(checks.assessment.signals[0]!.message.en).toContain('no median views or engagement rate');
    const badge = buildBadgeData(checks, { creatorId: creator.id });
    expect(badge.warnings).toEqual([{ signal: 'insufficient_data', severity: 'info', key: 'scoreWarn_insufficient_list', params: [] }]);
    expect(badgeWarningText('ja', badge.warnings[0]!)).toBe('一覧のデータ不足。詳細を開くと詳細チェック可');
  });
});
