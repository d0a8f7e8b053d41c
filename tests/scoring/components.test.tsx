import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { assessCreator, type Assessment } from '../../lib/scoring';
import type { Creator } from '../../lib/model';
import { formatCount, formatPercent } from '../../lib/format';
import { CreatorBadge } from '../../components/scoring/CreatorBadge';
import { CreatorScorePanel } from '../../components/scoring/CreatorScorePanel';
import { DAY, NOW, makeProfile } from './generator';
import { mount, unmount } from '../helpers/mount';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

function key(el: Element, k: string) {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });
}

/** Bought views on four of twelve videos, plus a 30-day follower jump: a likely-fake creator with several signals. */
function fakeCreator(): Creator {
  const p = makeProfile({
    seed: 11, followers: 50_000, videoCount: 12, medianViews: 10_000, likeView: 0.06, commentLike: 0.02,
    tweak: (i, v) => { if (i % 3 === 1) v.views *= 12; },
  });
  return {
    id: 'c1', handle: 'shop_fan', nickname: HOSTILE, bio: null, region: 'JP', followers: p.followers ?? null, categories: [],
    gmvJpy: null, gpmJpy: 1_500, unitsSold: null, avgViews: null, medianViews: null, medianLikes: null, medianComments: null,
    medianShares: null, engagementRate: null, medianCommissionRate: null, sampleFulfillmentRate: null, fulfillmentScore: null,
    videosLast30d: null, followerGenders: [], followerAges: [],
    videos: p.videos.map((v) => ({ ...v, caption: HOSTILE, shoppable: true })),
    followerTrend: [
      { at: NOW - 30 * DAY, followers: 30_000 },
      { at: NOW - 15 * DAY, followers: 45_000 },
      { at: NOW, followers: 50_000 },
    ],
  };
}

describe('CreatorBadge', () => {
  it('shows score, verdict and tier, and toggles its popover with Enter, Space and Escape', () => {
    const creator = fakeCreator();
    const a = assessCreator(creator, { now: NOW });
    expect(a.verdict).toBe('likely_fake');
    const el = mount(<CreatorBadge lang="en" assessment={a} />);
    const button = el.querySelector('button.mt-scoring-badge') as HTMLButtonElement;
    expect(button.textContent).toBe(`${formatCount('en', a.score)}Likely fakeMid 50k–100k`);
    expect(button.querySelector('.mt-scoring-dot--likely_fake')).not.toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('.mt-scoring-popover')).toBeNull();

    key(button, 'Enter');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const pop = el.querySelector('.mt-scoring-popover') as HTMLElement;
    expect(button.getAttribute('aria-controls')).toBe(pop.id);
    const warnings = [...pop.querySelectorAll('[data-signal]')].map((n) => n.getAttribute('data-signal'));
    expect(warnings).toEqual(a.signals.slice().sort((x, y) => y.points - x.points).map((s) => s.id));
    expect(pop.textContent).toContain('4 video(s) have more than 5× the median views');
    expect(pop.textContent).toContain('Top factors');

    key(button, ' ');
    expect(el.querySelector('.mt-scoring-popover')).toBeNull();
    key(button, 'Enter');
    key(el.querySelector('.mt-scoring-popover')!, 'Escape');
    expect(el.querySelector('.mt-scoring-popover')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);

    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('renders hostile text from a signal message as text, never markup', () => {
    const a: Assessment = assessCreator(fakeCreator(), { now: NOW });
    a.signals[0] = { ...a.signals[0]!, message: { zh_CN: HOSTILE, ja: HOSTILE, en: HOSTILE } };
    const el = mount(<CreatorBadge lang="zh_CN" assessment={a} />);
    key(el.querySelector('button')!, 'Enter');
    const pop = el.querySelector('.mt-scoring-popover')!;
    expect(pop.textContent).toContain(HOSTILE);
    expect(pop.querySelector('img, script')).toBeNull();
  });

  it('shows an em dash and "not enough data" when there is no score, and loading / error states', () => {
    const a = assessCreator({ followers: 2_000, videos: [] }, { now: NOW });
    let el = mount(<CreatorBadge lang="ja" assessment={a} />);
    expect(el.querySelector('button')!.textContent).toBe('—データ不足ナノ 1万人未満');
    unmount(el);
    el = mount(<CreatorBadge lang="en" assessment={null} state="loading" />);
    expect(el.textContent).toBe('Scoring…');
    unmount(el);
    el = mount(<CreatorBadge lang="en" assessment={null} state="error" />);
    expect(el.textContent).toBe('Score unavailable');
  });
});

describe('CreatorScorePanel', () => {
  it('shows breakdown, warnings with numbers, the per-video table with spikes, and both charts', () => {
    const creator = fakeCreator();
    const a = assessCreator(creator, { now: NOW });
    const el = mount(<CreatorScorePanel lang="en" creator={creator} assessment={a} state="ready" />);
    // hostile nickname as text
    expect(el.querySelector('.mt-scoring-panel__name')!.textContent).toBe(HOSTILE);
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.querySelector('.mt-scoring-panel__score')!.textContent).toBe(formatCount('en', a.score));
    // breakdown: all five components, sales from the GPM ¥1,500
    const rows = [...el.querySelectorAll('[data-component]')];
    expect(rows.map((r) => r.getAttribute('data-component'))).toEqual(['sales', 'engagement', 'reach', 'cadence', 'authenticity', 'fit']);
    const sales = a.breakdown.components[0]!;
    expect(rows[0]!.textContent).toContain(`${Math.round(sales.points!)} / ${Math.round(sales.effectiveWeight * 100)} pts`);
    expect(el.textContent).toContain('Capped at 30 because of the verdict');
    // every warning, with measured value and threshold
    const spike = el.querySelector('[data-signal="view_spikes"]')!;
    expect(spike.textContent).toContain('measured 4, threshold 1');
    const jump = a.signals.find((s) => s.id === 'follower_jump')!;
    expect(jump.value).toBeCloseTo(20_000 / 30_000, 10);
    expect(el.querySelector('[data-signal="follower_jump"]')!.textContent).toContain(formatPercent('en', jump.value, 2));
    // table: one row per video; the four bought-view videos highlighted
    const tr = el.querySelectorAll('tbody tr');
    expect(tr).toHaveLength(12);
    expect(el.querySelectorAll('tbody tr.mt-scoring-row--suspicious')).toHaveLength(4);
    expect(el.querySelector('tbody tr.mt-scoring-row--suspicious')!.textContent).toContain('Spike with collapsed like rate');
    const first = a.videos[0]!;
    expect(tr[0]!.textContent).toContain(formatPercent('en', first.likeView, 2));
    // charts: 12 bars, 4 of them danger; follower line with 3 points
    expect(el.querySelectorAll('rect.mt-scoring-chart__bar')).toHaveLength(12);
    expect(el.querySelectorAll('rect.mt-scoring-chart__bar--suspicious')).toHaveLength(4);
    expect(el.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(3);
    expect(el.textContent).toContain('Follower trend: 30K → 50K');
  });

  it('marks a missing input as unavailable rather than zero', () => {
    const creator = { ...fakeCreator(), gpmJpy: null };
    const a = assessCreator(creator, { now: NOW });
    const el = mount(<CreatorScorePanel lang="zh_CN" creator={creator} assessment={a} state="ready" />);
    expect(el.querySelector('[data-component="sales"]')!.textContent).toContain('无数据（权重已分配给其他项）');
  });

  it('has loading, no-data and error states', () => {
    let el = mount(<CreatorScorePanel lang="en" creator={null} assessment={null} state="loading" />);
    expect(el.textContent).toContain('Loading…');
    unmount(el);
    el = mount(<CreatorScorePanel lang="ja" creator={null} assessment={null} state="no-data" />);
    expect(el.textContent).toContain('まだクリエイターのデータを取得していません');
    unmount(el);
    el = mount(<CreatorScorePanel lang="en" creator={null} assessment={null} state="error" error={HOSTILE} />);
    expect(el.querySelector('[role="alert"]')!.textContent).toBe(`Error: ${HOSTILE}`);
    expect(el.querySelector('img, script')).toBeNull();
  });
});

/** A Find-creators list row: medians only (bought likes, almost no comments), no videos. */
function listOnlyCreator(): Creator {
  return {
    ...fakeCreator(), nickname: 'list row', videos: [], followerTrend: [], gpmJpy: null,
    followers: 50_000, medianViews: 10_000, medianLikes: 5_000, medianComments: 5,
  };
}

describe('profile-median basis in the UI', () => {
  it('badge marks the score as from medians, says so in three languages, and lists the fired signals', () => {
    const a = assessCreator(listOnlyCreator(), { now: NOW });
    expect(a.basis).toBe('profile_medians');
    expect(a.verdict).toBe('likely_fake');
    const el = mount(<CreatorBadge lang="en" assessment={a} />);
    const button = el.querySelector('button.mt-scoring-badge') as HTMLButtonElement;
    expect(button.textContent).toBe(`≈${formatCount('en', a.score)}Likely fakeMid 50k–100k`);
    expect(button.getAttribute('aria-label')).toContain('(from medians)');
    key(button, 'Enter');
    const pop = el.querySelector('.mt-scoring-popover')!;
    expect(pop.querySelector('[data-basis="profile_medians"]')!.textContent).toBe('Based on platform medians; open the creator for the video check.');
    const warnings = [...pop.querySelectorAll('[data-signal]')].map((n) => n.getAttribute('data-signal'));
    expect(warnings.sort()).toEqual(['comment_like_low', 'like_view_high']);
    expect(pop.querySelector('[data-signal="like_view_high"]')!.textContent).toContain("Like/view 50.0% (the platform's creator medians)");
    expect(pop.textContent).toContain("Data used: the platform's creator medians (no per-video data)");
    expect(pop.textContent).not.toContain('0 videos');
  });

  it('badge note in Chinese and Japanese; no note for a video-based assessment', () => {
    const a = assessCreator(listOnlyCreator(), { now: NOW });
    let el = mount(<CreatorBadge lang="zh_CN" assessment={a} />);
    key(el.querySelector('button')!, 'Enter');
    expect(el.querySelector('[data-basis]')!.textContent).toBe('基于平台中位数估算；打开达人详情可做逐条视频检查。');
    unmount(el);
    el = mount(<CreatorBadge lang="ja" assessment={a} />);
    key(el.querySelector('button')!, 'Enter');
    expect(el.querySelector('[data-basis]')!.textContent).toContain('プラットフォームの中央値');
    unmount(el);
    el = mount(<CreatorBadge lang="en" assessment={assessCreator(fakeCreator(), { now: NOW })} />);
    key(el.querySelector('button')!, 'Enter');
    expect(el.querySelector('[data-basis]')).toBeNull();
    expect(el.querySelector('.mt-scoring-badge__approx')).toBeNull();
  });

  it('panel shows the note, the signals with the medians formula, and no video table', () => {
    const creator = listOnlyCreator();
    const a = assessCreator(creator, { now: NOW });
    const el = mount(<CreatorScorePanel lang="en" creator={creator} assessment={a} state="ready" />);
    expect(el.querySelector('[data-basis="profile_medians"]')!.textContent).toBe('Based on platform medians; open the creator for the video check.');
    expect(el.querySelector('[data-signal="comment_like_low"]')!.textContent).toContain('median comments ÷ median likes (platform medians)');
    expect(el.textContent).toContain('No video data.');
    expect(el.querySelector('.mt-scoring-panel__score')!.textContent).toBe('30');
  });
});
