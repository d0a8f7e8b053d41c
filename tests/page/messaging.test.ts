/**
 * The page side's line to the background: a refused request (malformed, not for pages) is told apart from one the
 * background could not take (restarting, reloaded), which the capture forwarder keeps for another try.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ask } from '../../components/page/messaging';
import { createHandler } from '../../lib/protocol/handler';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ask', () => {
  it('says a request the background refuses as it is was refused, and an unreachable background was not', async () => {
    // the background's own handler, as a Seller Center tab reaches it
    const handle = createHandler({ openDb: async () => { throw new Error('no store needed'); }, now: () => 0 });
    vi.stubGlobal('browser', { runtime: { sendMessage: (m: unknown) => handle(m, { from: 'content', tabId: 1 }) } });
    const malformed = await ask({ type: 'capture', url: 'x'.repeat(5_000), method: 'GET', status: 200, requestBody: null, body: '' });
    expect(malformed).toMatchObject({ ok: false, refused: true });
    const notForPages = await ask({ type: 'exportAll' });
    expect(notForPages).toMatchObject({ ok: false, refused: true });
    vi.stubGlobal('browser', { runtime: { sendMessage: async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); } } });
    expect(await ask({ type: 'ping' })).toMatchObject({ ok: false, refused: false });
    vi.stubGlobal('browser', { runtime: { sendMessage: async () => undefined } });
    expect(await ask({ type: 'ping' })).toMatchObject({ ok: false, refused: false, error: 'no reply' });
  });
});
