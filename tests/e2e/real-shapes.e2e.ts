/**
 * The demo site answers in the shapes real Affiliate Center answers have (tests/fixtures/real): a sample-request
 * list at the top level with one apply_info object, a plan list with no list at all, a created plan whose id is nested.
 * Mitate must read each on its page, never report "format not recognised" for them, and show badges where samples
 * are approved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, launch, type Launched } from './harness';
import { MitateProbe } from './pages/extension';
import { SidePanel } from './pages/side-panel';

const SAMPLE_REQUESTS = 'https://affiliate.tiktok.com/affiliate/sample/sample-request?shop_region=JP';
const EMPTY_PLANS = 'https://affiliate.tiktok.com/affiliate/collaboration/target-invitation?shop_region=JP&tab=3';
const POLL = { timeout: 15_000, intervals: [100, 250, 500] };

let launched: Launched;
let probe: MitateProbe;

beforeAll(async () => {
  launched = await launch();
  probe = new MitateProbe(launched);
});
afterAll(async () => {
  await launched?.close();
});

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

describe('real answer shapes on their pages', () => {
  it('the sample-request list (top-level agg_info, one apply_info object) is read: its creators get badges and the side panel lists them', async () => {
    const { page, tabId } = await probe.openTab(SAMPLE_REQUESTS);
    const handles = ['sakura_beauty_jp', 'gadget_sokuhou', 'xss_probe_jp'];
    // the capture lists the creators a moment before the badge request names the page (kind): wait for both
    const view = await waitFor(() => probe.tabView(tabId), (v) => v.creatorIds.length >= 3 && v.kind !== 'other');
    expect(view.kind).toBe('sampleRequests');
    expect(view.unread).toEqual([]);
    // a badge beside each requesting creator, before the seller approves a free sample
    for (const handle of handles) {
      const row = page.locator('tr', { has: page.locator(`span.handle:text-is("${handle}")`) });
      await expect.poll(() => row.locator('mitate-badge .mt-scoring-badge').count(), POLL).toBeGreaterThan(0);
    }
    const panel = await SidePanel.open(launched, tabId);
    await expect.poll(() => panel.page.locator('.mt-desk-row').count(), POLL).toBe(view.creatorIds.length);
    const shown = await panel.page.locator('.mt-desk-row__handle').allTextContents();
    for (const handle of handles) expect(shown).toContain(`@${handle}`);
    await panel.page.close();
    await page.close();
  });

  it('a plan list answer without any list is an empty list, not an unreadable answer', async () => {
    const { page, tabId } = await probe.openTab(EMPTY_PLANS);
    await expect.poll(() => page.getByText('コラボはまだありません').count(), POLL).toBe(1);
    // give the capture time to be read, then make sure it was not reported as unreadable
    await page.waitForTimeout(2000);
    expect((await probe.tabView(tabId)).unread).toEqual([]);
    expect(JSON.stringify(await probe.askOk('listPageFormats', {}))).not.toContain('invitationSearch');
    await page.close();
  });

  it('a created plan is stored under the id nested in the answer, not as a draft', async () => {
    const { page } = await probe.openTab(SAMPLE.targetCollabCreate);
    await page.getByRole('button', { name: '招待を送信' }).click();
    await expect.poll(() => page.getByText('（ID 7561000000000000099）').count(), POLL).toBe(1);
    const stored = await waitFor(
      async () => (await probe.askOk('exportAll', {})).data.collaborations.map((c) => c.id),
      (ids) => ids.some((id) => id.includes('7561000000000000099')),
    );
    expect(stored.some((id) => id.includes('7561000000000000099'))).toBe(true);
    expect(stored.some((id) => id === 'draft' || id.endsWith(':draft'))).toBe(false);
    await page.close();
  });

  it('an answer Mitate cannot read is kept, redacted, for the dashboard Page formats view', async () => {
    await launched.context.route('**/api/v1/affiliate/sample/group/list*', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ code: 0, data: { surprise: [{ secret_name: 'Alice Example', phone: '090-0000-1111' }] } }) }));
    const { page } = await probe.openTab(SAMPLE_REQUESTS);
    const formats = await waitFor(() => probe.askOk('listPageFormats', {}), (list) => list.length > 0);
    const text = JSON.stringify(formats);
    expect(text).toContain('sampleRequests');
    expect(text).not.toContain('Alice Example');
    expect(text).not.toContain('090-0000-1111');
    await launched.context.unroute('**/api/v1/affiliate/sample/group/list*');
    await page.close();
  });
});
