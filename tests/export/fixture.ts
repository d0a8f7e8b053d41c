import type { MitateDb } from '../../lib/store';
import { addCost, addTimelineEvent, ingestPageData, saveCollaboration, saveNote, saveSamples, setCreatorScore, setProductCost, setSettings } from '../../lib/store';
import { makeCreator, makeOrder, makePlan, makeProduct, pageData } from '../store/helpers';

export const T0 = 1_760_000_000_000;

/** A database with something in every store, including hostile-looking and CJK text. */
export async function populate(db: MitateDb): Promise<void> {
  await ingestPageData(
    db,
    pageData({
      creators: [
        makeCreator('c1', { handle: '=cmd|calc', nickname: '山田 "ヤマ" 太郎' }),
        makeCreator('c2', { handle: 'lin', nickname: '林小美\n第二行', followers: null }),
        makeCreator('c3', { handle: null, nickname: null }),
      ],
      products: [makeProduct('p1'), makeProduct('p2', { category: null })],
      collaborations: [makePlan('pl1', { creatorIds: ['c1', 'c2'] })],
      orders: [makeOrder('o1'), makeOrder('o2', { skuId: null, creatorId: 'c2' })],
    }),
    T0,
  );
  await ingestPageData(db, pageData({ creators: [makeCreator('c1', { handle: '=cmd|calc', followers: 2500 })] }), T0 + 7 * 3600_000);
  await setCreatorScore(db, 'c1', 81.5);
  await saveNote(db, { creatorId: 'c1', baseRevision: 0, patch: { text: '-5% 返佣, "考虑"\r\n下周联系', status: 'sample_sent', sampleCostJpy: 1800, sampleTrackingNo: '@JP-1', tags: ['美妆', '+VIP'], rating: 4, nextActionAt: Date.UTC(2026, 11, 1, 1, 0) }, editor: 'tabA' }, T0 + 1);
  await saveNote(db, { creatorId: 'c2', baseRevision: 0, patch: { text: '\'already quoted', status: 'declined' }, editor: 'tabB' }, T0 + 2);
  await saveNote(db, { creatorId: 'ghost', baseRevision: 0, patch: { text: 'メモだけ', status: 'invited' }, editor: 'tabB' }, T0 + 3);
  await addCost(db, { id: 'k1', creatorId: 'c1', kind: 'sample', amountJpy: 1800, at: T0, memo: '=SUM(A1)' });
  await addCost(db, { id: 'k2', kind: 'other', amountJpy: -200, at: T0, memo: '' });
  const plan = (await db.get('collaborations', 'plan:pl1'))!;
  await saveCollaboration(db, { ...plan, shippingCostJpy: 700, trackingNo: 'YMT-9' });
  await saveCollaboration(db, { id: 'manual-1', planId: null, plan: null, creatorIds: ['c3'], productId: 'p2', agreedCommissionRate: 0.3, sampleCostJpy: null, shippingCostJpy: null, trackingNo: null, agreedAt: T0, sampleSentAt: null, postedAt: null, endsAt: null, memo: '口头约定', updatedAt: T0 });
  await setSettings(db, { lang: 'ja', cnyPerJpy: 0.047, benchmarkOverrides: [{ categoryId: 'beauty', typical: 0.18 }] });
  await addTimelineEvent(db, { creatorId: 'c1', editor: 'tabA', event: { status: 'content_due', at: T0 + 5, costJpy: null, shippingJpy: 600, trackingNo: null, dueAt: T0 + 14 * 86_400_000, memo: '=HYPERLINK("x")' } }, T0 + 6);
  await setProductCost(db, 'p1', 954, '=CNY 45', T0);
  await ingestPageData(db, pageData({ performance: [{ kind: 'video', id: 'v1', label: '=video', creatorId: 'c1', creatorHandle: null, periodStart: T0, periodEnd: T0 + 6 * 86_400_000, gmvJpy: 33000, commissionJpy: null, unitsSold: null, orders: 10, avgOrderValueJpy: null, views: 15000, impressions: null, clicks: 400, ctr: null, finishRate: null }] }), T0 + 8);
  await saveSamples(db, [{ id: 'apply-1', creatorId: 'c1', productId: 'p1', source: 'page', pageStatus: 'content_pending', refundable: false, requestedAt: T0, approvedAt: T0 + 1, shippedAt: T0 + 2, receivedAt: null, postedAt: null, costJpy: 1800, shippingJpy: 600, trackingNo: '+81', updatedAt: T0 }], 'seller');
}
