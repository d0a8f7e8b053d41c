/**
 * Held-out check: a Find creators answer written by hand for this test (not from the generator the thresholds were
 * calibrated on, not from the sample pages), in the raw API shape, read by the real normaliser. Five planted fakes,
 * honest traps around every threshold. The quick check must flag exactly the planted fakes.
 */
import { describe, expect, it } from 'vitest';
import { normaliseResponse } from '../../lib/seller-center';
import { assessForBadge } from '../../lib/scoring';

const NOW = Date.UTC(2026, 10, 30);
const w = (value: unknown) => ({ value, is_authorized: true, status: 0 });

/** handle, followers, median views, average views, engagement (% × 100, as the page sends it), GMV ¥, units */
type Row = [string, number, number, number, number, number, number];
const HONEST: Row[] = [
  ['tiny_viral_cook', 1_800, 42_000, 95_000, 610, 180_000, 90], // views 23× followers, normal engagement
  ['mega_modest_style', 1_450_000, 31_000, 58_000, 130, 2_400_000, 800], // 1.3% engagement, views 2% of followers
  ['brand_new_heya', 1_050, 85, 120, 0, 0, 0], // almost no data: not judged
  ['stale_macro_beauty', 420_000, 5_200, 9_900, 380, 310_000, 120], // views 1.2% of a stale following
  ['demo_gadgets_jp', 26_000, 9_400, 15_000, 110, 1_900_000, 640], // product demos: 1.1% engagement
  ['fan_favourite_idol', 12_000, 4_100, 5_000, 1_650, 90_000, 45], // 16.5% engagement: keen fans, below the ceiling
  ['osaka_snack_mama', 64_000, 18_000, 30_000, 540, 880_000, 410],
  ['hokkaido_outdoor', 210_000, 48_000, 90_000, 470, 1_200_000, 230],
  ['kyoto_kimono_rental', 8_800, 2_600, 3_100, 720, 56_000, 12],
  ['night_skin_routine', 150_000, 2_600, 7_000, 610, 410_000, 160], // views 1.7% of followers: not flagged
  ['budget_interior', 37_000, 111_000, 170_000, 120, 640_000, 300], // 3× followers at 1.2%: just above the floor
];
const PLANTED: Row[] = [
  ['views_bot_tech', 33_000, 210_000, 260_000, 18, 720_000, 260], // bought views
  ['views_bot_cosme', 8_200, 61_000, 64_000, 42, 150_000, 70], // bought views
  ['like_farm_cosme', 58_000, 9_800, 11_000, 4_100, 400_000, 150], // bought likes
  ['follower_farm_fashion', 780_000, 1_900, 2_300, 520, 30_000, 10], // bought followers
  ['follower_farm_food', 95_000, 300, 420, 700, 8_000, 3], // bought followers
];

function answer(rows: Row[]) {
  return {
    code: 0,
    creator_profile_list: rows.map(([handle, followers, med, avg, engagement, gmv, units], i) => ({
      creator_oecuid: w(String(7_600_000_000_000_000_000n + BigInt(i))), handle: w(handle), nickname: w(handle), selection_region: w('JP'),
      follower_cnt: w(String(followers)), video_play_cnt_med: w(String(med)), video_avg_view_cnt: w(avg), video_engagement: w(engagement),
      med_gmv_revenue: w({ value: String(gmv), symbol: '円' }), units_sold: w(String(units)),
    })),
    next_pagination: { has_more: false },
  };
}

describe('unseen Find creators list with planted fakes', () => {
  const result = normaliseResponse('creatorFind', answer([...HONEST, ...PLANTED]), { url: 'https://affiliate.tiktok.com/api/v1/oec/affiliate/creator/marketplace/find', now: NOW });
  if (!result.ok) throw new Error(result.diagnostic);
  const verdicts = new Map(result.data.creators.map((c) => [c.handle!, assessForBadge(c, { now: NOW })]));

  it('reads every row', () => expect(verdicts.size).toBe(HONEST.length + PLANTED.length));

  it('flags exactly the planted fakes (quick check, list figures only)', () => {
    const flagged = [...verdicts].filter(([, c]) => c.assessment.verdict === 'suspicious' || c.assessment.verdict === 'likely_fake').map(([h]) => h).sort();
    expect(flagged).toEqual(PLANTED.map((r) => r[0]).sort());
    for (const [, checks] of verdicts) expect(checks.shown).toBe('quick');
  });

  it('bought views are likely fake; each fake is caught by the signal of its kind', () => {
    const ids = (h: string) => verdicts.get(h)!.assessment.signals.filter((s) => s.severity !== 'info').map((s) => s.id).sort();
    expect(verdicts.get('views_bot_tech')!.assessment.verdict).toBe('likely_fake');
    expect(ids('views_bot_tech')).toEqual(['like_view_low', 'views_above_followers']);
    expect(ids('views_bot_cosme')).toEqual(['like_view_low', 'views_above_followers']);
    expect(ids('like_farm_cosme')).toEqual(['like_view_high']);
    expect(ids('follower_farm_fashion')).toEqual(['views_below_followers']);
    expect(ids('follower_farm_food')).toEqual(['views_below_followers']);
  });

  it('the honest traps are healthy (or, with almost no data, never flagged)', () => {
    for (const [handle] of HONEST) {
      const verdict = verdicts.get(handle)!.assessment.verdict;
      expect(['healthy', 'insufficient_data'], handle).toContain(verdict);
    }
  });
});
