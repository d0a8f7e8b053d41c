/** assessForBadge: one shown check per creator (quick from list figures, full from videos), with its reason. */
import { describe, expect, it } from 'vitest';
import { assessForBadge, scoringConstants as K } from '../../lib/scoring';
import { NOW, makeProfile } from './generator';
import { FIXTURE_NOW, listCreators, visitedCreator } from './fixture-creators';

describe('assessForBadge on the sample pages', () => {
  const rows = listCreators();

  it('list row only: the quick check is shown because no videos are known', () => {
    const r = assessForBadge(rows.get('sakura_beauty_jp')!, { now: FIXTURE_NOW });
    expect(r.full).toBeNull();
    expect(r.shown).toBe('quick');
    expect(r.reason).toBe('quick_too_few_videos');
    expect(r.assessment).toBe(r.quick);
    expect(r.quick.basis).toBe('profile_medians');
  });

  it('gadget_sokuhou: likely fake on the list AND after a visit (same verdict in both places)', () => {
    const listOnly = assessForBadge(rows.get('gadget_sokuhou')!, { now: FIXTURE_NOW });
    const visited = assessForBadge(visitedCreator(rows.get('gadget_sokuhou')!), { now: FIXTURE_NOW });
    expect(listOnly.assessment.verdict).toBe('likely_fake');
    expect(visited.shown).toBe('full');
    expect(visited.reason).toBe('full_from_videos');
    expect(visited.assessment.verdict).toBe('likely_fake');
    expect(visited.quick.verdict).toBe('likely_fake');
  });

  it('fashion_lab_0001 (bot-uniform): after a visit the full check shows it suspicious, never a green above its warning', () => {
    const visited = assessForBadge(visitedCreator(rows.get('fashion_lab_0001')!), { now: FIXTURE_NOW });
    expect(visited.shown).toBe('full');
    expect(visited.assessment.signals.map((s) => s.id)).toContain('uniform_numbers');
    expect(visited.assessment.verdict).toBe('suspicious');
    expect(visited.assessment.score!).toBeLessThanOrEqual(K.CAP_SUSPICIOUS);
  });

  it('every visited sample creator: the shown verdict is never healthy next to a warning', () => {
    for (const row of rows.values()) {
      const r = assessForBadge(visitedCreator(row), { now: FIXTURE_NOW });
      const warned = r.assessment.signals.some((s) => s.severity !== 'info');
      expect(warned && r.assessment.verdict === 'healthy', row.handle!).toBe(false);
    }
  });
});

describe('assessForBadge: which check is shown', () => {
  const honestVideos = makeProfile({ seed: 3, followers: 20_000, videoCount: 12, medianViews: 4_000, likeView: 0.05, commentLike: 0.02 });

  it('the list figures are worse than the videos → the quick check is shown, reason quick_more_severe', () => {
    const r = assessForBadge({ ...honestVideos, medianViews: 150_000, engagementRate: 0.002 }, { now: NOW });
    expect(r.full!.verdict).toBe('healthy');
    expect(r.quick.verdict).toBe('likely_fake');
    expect(r.shown).toBe('quick');
    expect(r.reason).toBe('quick_more_severe');
    expect(r.assessment.verdict).toBe('likely_fake');
  });

  it('videos and honest list figures → the full check is shown', () => {
    const r = assessForBadge({ ...honestVideos, medianViews: 4_000, engagementRate: 0.055 }, { now: NOW });
    expect(r.shown).toBe('full');
    expect(r.assessment).toBe(r.full);
    expect(r.assessment.basis).toBe('videos');
  });

  it('nothing known → no_data, no score', () => {
    const r = assessForBadge({ followers: null, videos: [] }, { now: NOW });
    expect(r.reason).toBe('no_data');
    expect(r.assessment.score).toBeNull();
  });

  it('the full check ignores the platform medians; the quick check ignores the videos', () => {
    const r = assessForBadge({ ...honestVideos, medianViews: 150_000, engagementRate: 0.002 }, { now: NOW });
    expect(r.full!.medians.views).toBe(assessForBadge(honestVideos, { now: NOW }).full!.medians.views);
    expect(r.quick.videos).toEqual([]);
  });
});
