import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { createClient, createHandler } from '../../lib/protocol';
import { ingestPageData, saveSamples, setProductCost, type MitateDb } from '../../lib/store';
import { Timeline, type NewTimelineEvent } from '../../components/collab/Timeline';
import { TodayView } from '../../components/collab/TodayView';
import { SamplesView } from '../../components/collab/SamplesView';
import { CostsEditor } from '../../components/collab/CostsEditor';
import { PlanResults } from '../../components/collab/PlanResults';
import { AcceptanceByCommission } from '../../components/collab/AcceptanceByCommission';
import { PopupApp } from '../../components/popup/PopupApp';
import { t } from '../../lib/i18n';
import { tokyoNoonOf, tokyoDay } from '../../lib/format';
import { mount } from '../helpers/mount';
import { freshDb, makeCreator, makeProduct, pageData } from '../store/helpers';
import { MONDAY, NOTES, SAMPLES, event, note } from '../fixtures/followup/week';

const HOUR = 3_600_000;
const jst = (day: number, hour = 0) => Date.UTC(2026, 10, day, hour) - 9 * HOUR;

async function settle() {
  for (let i = 0; i < 20; i++) await act(async () => { await new Promise((r) => setTimeout(r, 1)); });
}

function clientFor(db: MitateDb, now: number) {
  const handle = createHandler({ openDb: async () => db, now: () => now });
  return createClient(async (msg) => JSON.parse(JSON.stringify(await handle(JSON.parse(JSON.stringify(msg))))));
}

async function seeded(now: number) {
  const { db } = await freshDb();
  const client = clientFor(db, now);
  for (const n of NOTES) {
    for (const e of n.timeline) {
      const { id: _id, recordedAt: _r, ...rest } = e;
      await client.addTimelineEvent({ creatorId: n.creatorId, editor: 't', event: rest });
    }
  }
  await saveSamples(db, SAMPLES);
  await ingestPageData(db, pageData({ creators: ['A', 'B', 'C'].map((id) => makeCreator(id)) }), 1);
  return { db, client };
}

describe('Tokyo date inputs', () => {
  it('a picked date is that Tokyo day, whatever the hour', () => {
    expect(tokyoDay(jst(24, 8))).toBe('2026-11-24');
    expect(tokyoDay(jst(24, 0) - 1)).toBe('2026-11-23');
    expect(tokyoNoonOf('2026-11-24')).toBe(jst(24, 12));
    expect(tokyoNoonOf('24/11/2026')).toBeNull();
  });
});

describe('Timeline', () => {
  it('lists every dated event and adds the next with its cost; the sample cost field is always there', async () => {
    const added: NewTimelineEvent[] = [];
    const el = mount(<Timeline lang="en" now={() => jst(25, 10)} note={note('A', [event('a', 'invited', jst(20, 12)), event('b', 'replied', jst(21, 12))])}
      onAdd={async (e) => { added.push(e); return null; }} />);
    expect([...el.querySelectorAll('li')].map((li) => li.getAttribute('data-status'))).toEqual(['invited', 'replied']);
    const select = el.querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('agreement_confirmed');
    act(() => { select.value = 'sample_sent'; select.dispatchEvent(new Event('change')); });
    const [date, cost, shipping, tracking] = [...el.querySelectorAll('input')] as HTMLInputElement[];
    expect(date!.value).toBe('2026-11-25');
    act(() => {
      cost!.value = '1800'; cost!.dispatchEvent(new Event('input'));
      shipping!.value = '600'; shipping!.dispatchEvent(new Event('input'));
      tracking!.value = 'YM-1'; tracking!.dispatchEvent(new Event('input'));
    });
    await act(async () => { el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })); });
    expect(added).toEqual([{ status: 'sample_sent', at: jst(25, 12), costJpy: 1800, shippingJpy: 600, trackingNo: 'YM-1', dueAt: null, memo: '' }]);
    expect(el.textContent).toContain('Added');
  });
  it('refuses fractional yen without calling onAdd; shows the save error', async () => {
    let calls = 0;
    const el = mount(<Timeline lang="ja" note={null} onAdd={async () => { calls += 1; return 'quota'; }} />);
    expect(el.textContent).toContain('まだ記録がありません');
    const cost = el.querySelectorAll('input')[1] as HTMLInputElement;
    act(() => { cost.value = '1.5'; cost.dispatchEvent(new Event('input')); });
    await act(async () => { el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })); });
    expect(calls).toBe(0);
    act(() => { cost.value = '100'; cost.dispatchEvent(new Event('input')); });
    await act(async () => { el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })); });
    expect(calls).toBe(1);
    expect(el.querySelector('[role="status"]')!.textContent).toContain('quota');
  });
});

describe('TodayView and SamplesView on the hand-worked week', () => {
  it('today (28 Nov): B\'s sample is overdue; the count is shown', async () => {
    const { client } = await seeded(jst(28, 9));
    const el = mount(<TodayView lang="en" client={client} now={() => jst(28, 9)} />);
    await settle();
    expect([...el.querySelectorAll('li')].map((li) => li.getAttribute('data-kind'))).toEqual(['sampleOverdue']);
    expect(el.textContent).toContain('1 items');
    expect(el.textContent).toContain('@h_B');
  });
  it('samples: state, deadline, never-posted list and GMV per sample', async () => {
    const { client } = await seeded(jst(28, 9));
    const el = mount(<SamplesView lang="en" client={client} now={() => jst(28, 9)} />);
    await settle();
    expect([...el.querySelectorAll('tbody tr[data-state]')].map((tr) => tr.getAttribute('data-state'))).toEqual(['overdue', 'posted']); // B due 27 Nov, A 29 Nov
    expect(el.querySelector('.mt-never-posted')!.textContent).toContain('1 overdue samples, cost ¥1,800');
    expect(el.textContent).toContain('post within 14 days');
  });
});

describe('CostsEditor', () => {
  it('saves a cost of goods and shows the break-even at the page price', async () => {
    const { db } = await freshDb();
    const client = clientFor(db, MONDAY);
    await ingestPageData(db, pageData({ products: [makeProduct('P', { name: 'Serum', priceJpy: 3300 })] }), 1);
    const el = mount(<CostsEditor lang="en" client={client} />);
    await settle();
    const row = el.querySelector('tr[data-product="P"]')!;
    expect(row.textContent).toContain('—');
    const input = row.querySelector('input') as HTMLInputElement;
    act(() => { input.value = '954'; input.dispatchEvent(new Event('input')); });
    await act(async () => { row.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })); });
    await settle();
    expect(el.querySelector('tr[data-product="P"]')!.textContent).toContain('60.5%');
    expect((await client.listProductCosts({})).ok && (await db.getAll('productCosts'))).toEqual([{ productId: 'P', costOfGoodsJpy: 954, memo: '', updatedAt: MONDAY }]);
    await setProductCost(db, 'P', null, '', 2);
  });
});

describe('PlanResults', () => {
  it('shows the acceptance sentence from stored plans and timelines', async () => {
    const { db } = await freshDb();
    const client = clientFor(db, MONDAY);
    const plan = (id: string, rate: number, creators: string[]) => ({
      id, kind: 'target' as const, name: id, status: 'ongoing', creatorIds: creators, endsAt: null,
      products: [{ productId: 'P', commissionRate: rate, category: 'beauty' }],
    });
    await ingestPageData(db, pageData({ collaborations: [plan('ten', 0.1, ['a', 'b']), plan('fifteen', 0.15, ['c', 'd'])] }), 1);
    const base = { costJpy: null, shippingJpy: null, trackingNo: null, dueAt: null, memo: '' };
    for (const id of ['c', 'd', 'a']) await client.addTimelineEvent({ creatorId: id, editor: 't', event: { ...base, status: 'agreement_confirmed', at: 5 } });
    const el = mount(<PlanResults lang="en" client={client} />);
    await settle();
    expect(el.querySelector('[data-testid="acceptance-by-commission"]')!.textContent).toBe('at 10%, 1 of 2 accepted; at 15%, 2 of 2');
  });
});

describe('popup advisor: acceptance by commission (issue 17)', () => {
  it('shows the acceptance sentence in all three languages, and the empty state without history', async () => {
    const { db } = await freshDb();
    const client = clientFor(db, MONDAY);
    for (const lang of ['zh_CN', 'ja', 'en'] as const) {
      const empty = mount(<AcceptanceByCommission lang={lang} client={client} />);
      await settle();
      expect(empty.querySelector('[data-testid="advisor-acceptance"]')).toBeNull();
      expect(empty.querySelector('[data-testid="advisor-acceptance-empty"]')!.textContent).toBe(t(lang, 'advAcceptanceEmpty'));
    }
    const plan = (id: string, rate: number, creators: string[]) => ({
      id, kind: 'target' as const, name: id, status: 'ongoing', creatorIds: creators, endsAt: null,
      products: [{ productId: 'P', commissionRate: rate, category: 'beauty' }],
    });
    await ingestPageData(db, pageData({ collaborations: [plan('ten', 0.1, ['a', 'b', 'e']), plan('fifteen', 0.15, ['c', 'd'])] }), 1);
    const base = { costJpy: null, shippingJpy: null, trackingNo: null, dueAt: null, memo: '' };
    for (const id of ['c', 'd', 'a']) await client.addTimelineEvent({ creatorId: id, editor: 't', event: { ...base, status: 'agreement_confirmed', at: 5 } });
    const expected = { zh_CN: '佣金 10% 时，3 人中 1 人接受；佣金 15% 时，2 人中 2 人接受', ja: '報酬 10% では 3 人中 1 人が承諾、報酬 15% では 2 人中 2 人が承諾', en: 'at 10%, 1 of 3 accepted; at 15%, 2 of 2' };
    for (const lang of ['zh_CN', 'ja', 'en'] as const) {
      const el = mount(<AcceptanceByCommission lang={lang} client={client} />);
      await settle();
      expect(el.querySelector('[data-testid="advisor-acceptance"]')!.textContent).toBe(expected[lang]);
    }
  });

  it('sits under the advisor in the popup\'s advisor tab', async () => {
    const { db } = await freshDb();
    const el = mount(<PopupApp client={clientFor(db, MONDAY)} initialLang="en" openDashboard={() => undefined} />);
    await settle();
    act(() => (el.querySelector('#tab-advisor') as HTMLButtonElement).click());
    await settle();
    expect(el.querySelector('#panel-advisor [data-testid="advisor-acceptance-empty"]')).not.toBeNull();
  });
});
