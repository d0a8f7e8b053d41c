/** Dashboard "Page formats": the list, the saved report (value-free, valid), clearing, and the protocol round trip. */
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { PageFormats } from '../../components/dashboard/PageFormats';
import { mergeFormat, pageFormatsReportSchema, unreadableReport, type PageFormat } from '../../lib/seller-center';
import { createClient, createHandler } from '../../lib/protocol';
import { recordUnreadableFormat } from '../../lib/store';
import { freshDb } from '../store/helpers';
import { mount } from '../helpers/mount';

const URL = 'https://affiliate.tiktok.com/api/v1/affiliate/sample/group/list?shop_region=JP';
const HOSTILE = '<img src=x onerror="alert(1)">';
const T0 = Date.UTC(2026, 10, 20, 3, 0);

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** Lets pending IndexedDB work and renders finish until `ready` holds (fake-indexeddb needs several macrotasks). */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i += 1) await settle();
}

function sample(): PageFormat[] {
  let formats: PageFormat[] = [];
  formats = mergeFormat(formats, unreadableReport('sampleRequests', URL, 'agg_info missing', { code: 0, data: { groups: [{ handle: 'secret_handle' }] } }), T0);
  formats = mergeFormat(formats, unreadableReport('invitationSearch', URL, 'data.invitation_list missing', { code: 0, data: { [HOSTILE]: 1 } }), T0 + 60_000);
  formats = mergeFormat(formats, unreadableReport('sampleRequests', URL, 'agg_info missing', { code: 0, data: { groups: [{ handle: 'other' }] } }), T0 + 120_000);
  return formats;
}

describe('PageFormats', () => {
  it('lists endpoint, first and last seen, count and shape', async () => {
    const el = mount(<PageFormats lang="en" load={async () => sample()} extensionVersion="0.1.0" />);
    await settle();
    const rows = [...el.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(2);
    const cells = [...rows[0]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[0]).toContain('sampleRequests');
    expect(cells[0]).toContain('/api/v1/affiliate/sample/group/list');
    expect(cells[1]).toBe('11/20/2026, 12:00 PM');
    expect(cells[2]).toBe('11/20/2026, 12:02 PM');
    expect(cells[3]).toBe('2');
    expect(JSON.parse(cells[4]!)).toEqual({ code: 'number', data: { groups: [{ handle: 'string' }] } });
    expect(el.textContent).not.toContain('secret_handle');
    expect(el.querySelector('img')).toBeNull();
  });
  it('saves one valid, value-free report file', async () => {
    const saved: Array<{ name: string; blob: Blob }> = [];
    const el = mount(<PageFormats lang="ja" load={async () => sample()} extensionVersion="0.1.0" now={() => Date.UTC(2026, 10, 24)}
      download={(name, blob) => saved.push({ name, blob })} />);
    await settle();
    act(() => (el.querySelector('.mt-page-formats__actions button') as HTMLButtonElement).click());
    expect(saved.map((s) => s.name)).toEqual(['mitate-page-formats-2026-11-24.json']);
    const text = await saved[0]!.blob.text();
    const report = pageFormatsReportSchema.parse(JSON.parse(text));
    expect(report.formats.map((f) => [f.endpoint, f.count])).toEqual([['sampleRequests', 2], ['invitationSearch', 1]]);
    expect(report.extensionVersion).toBe('0.1.0');
    expect(text).not.toContain('secret_handle');
  });
  it('says so when there is nothing, and shows a load error', async () => {
    let el = mount(<PageFormats lang="zh_CN" load={async () => []} extensionVersion={null} />);
    await settle();
    expect(el.querySelector('[data-empty]')).not.toBeNull();
    expect(el.querySelector('button')).toBeNull();
    el = mount(<PageFormats lang="en" load={async () => { throw new Error('quota'); }} extensionVersion={null} />);
    await settle();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Error: quota');
  });
  it('reads and clears the store through the protocol', async () => {
    const { db } = await freshDb();
    await recordUnreadableFormat(db, unreadableReport('creatorFind', URL, 'creator_profile_list missing', { code: 0, list: [] }), T0);
    const client = createClient(createHandler({ openDb: async () => db, now: () => T0 }));
    const el = mount(<PageFormats lang="en" extensionVersion={null}
      load={async () => { const r = await client.listPageFormats({}); if (!r.ok) throw new Error(r.error.message); return r.data; }}
      clear={async () => { await client.clearPageFormats({}); }} />);
    await until(() => el.querySelectorAll('tbody tr').length > 0);
    expect(el.querySelectorAll('tbody tr')).toHaveLength(1);
    const clear = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Clear list')!;
    await act(async () => { clear.click(); });
    await until(() => el.querySelector('[data-empty]') !== null);
    expect(el.querySelector('[data-empty]')).not.toBeNull();
  });
});
