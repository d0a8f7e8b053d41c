import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { createClient, createHandler } from '../../lib/protocol';
import { DEFAULT_SETTINGS, ingestPageData, setProductCost } from '../../lib/store';
import { WeeklyReview } from '../../components/roi/WeeklyReview';
import { SettingsForm } from '../../components/options/SettingsForm';
import { mount } from '../helpers/mount';
import { freshDb, pageData } from '../store/helpers';
import { DAY, MONDAY, ORDERS } from '../fixtures/followup/week';

async function settle() {
  for (let i = 0; i < 20; i++) await act(async () => { await new Promise((r) => setTimeout(r, 1)); });
}

describe('WeeklyReview', () => {
  it('per creator CTR/CVR beside the week\'s profit, per video, and two charts', async () => {
    const { db } = await freshDb();
    const handle = createHandler({ openDb: async () => db, now: () => MONDAY });
    const client = createClient(async (msg) => JSON.parse(JSON.stringify(await handle(JSON.parse(JSON.stringify(msg))))));
    await setProductCost(db, 'P', 954, '', 1);
    await setProductCost(db, 'Q', 700, '', 1);
    const perf = {
      kind: 'video' as const, id: 'v1', label: 'Serum review', creatorId: 'A', creatorHandle: 'A', periodStart: MONDAY, periodEnd: MONDAY + 7 * DAY - 1,
      gmvJpy: 33_000, commissionJpy: null, unitsSold: null, orders: 10, avgOrderValueJpy: null, views: 15_000, impressions: null, clicks: 400, ctr: null, finishRate: null,
    };
    await ingestPageData(db, pageData({ orders: ORDERS, products: [], performance: [perf] }), 1);
    const el = mount(<WeeklyReview lang="en" client={client} />);
    await settle();
    const a = el.querySelector('.mt-review-creators tr[data-key="A"]')!;
    const cells = [...a.querySelectorAll('td')].map((td) => td.textContent);
    // views, clicks, CTR 400/15,000, CVR 10/400, GMV, this week's profit (10 × ¥1,365; A's sample was the week before), ratio
    expect(cells).toEqual(['15K', '400', '2.67%', '2.5%', '¥33,000', '¥13,650', '7.33×']);
    expect(el.querySelector('.mt-review-videos tr[data-key="v1"]')!.textContent).toContain('Serum review');
    expect(el.querySelectorAll('.mt-roi-chart')).toHaveLength(2);
  });
});

describe('SettingsForm', () => {
  it('saves thresholds (empty = off) and the sample rule; refuses a 0-day window', async () => {
    const saved: unknown[] = [];
    const el = mount(<SettingsForm lang="en" settings={DEFAULT_SETTINGS} onSave={async (p) => { saved.push(p); return null; }} />);
    const input = (name: string) => el.querySelector(`input[name="${name}"]`) as HTMLInputElement;
    expect(input('roiThreshold').value).toBe('');
    expect(input('postWithinDays').value).toBe('14');
    act(() => { input('profitRoiThreshold').value = '20'; input('profitRoiThreshold').dispatchEvent(new Event('input')); });
    act(() => { input('postWithinDays').value = '10'; input('postWithinDays').dispatchEvent(new Event('input')); });
    await act(async () => { el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })); });
    expect(saved).toEqual([{
      cnyPerJpy: null, roiThreshold: null, profitRoiThreshold: 0.2,
      samplePostingRule: { approveWithinDays: 7, postWithinDays: 10, refundablePostWithinDays: 90, reminderAfterDays: 5 },
    }]);
    act(() => { input('postWithinDays').value = '0'; input('postWithinDays').dispatchEvent(new Event('input')); });
    await act(async () => { el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })); });
    expect(saved).toHaveLength(1);
  });
});
