/**
 * Large requests from Mitate's pages by the service worker's port (lib/protocol/worker-port.ts): the file arrives
 * intact as the handler's `text`, answers come back on the port, and nothing else (another origin, a content
 * script's view of the page's own worker, a small request) takes this path.
 */
import { describe, expect, it } from 'vitest';
import { answerPortRequest, createClient, createHandler, extensionServiceWorker, sendViaWorkerPort, type WorkerLike } from '../../lib/protocol';
import { buildExportJson } from '../../lib/export';
import { dumpAll } from '../../lib/store';
import { freshDb } from '../store/helpers';
import { populate, T0 } from '../export/fixture';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';

/** A worker that answers like entrypoints/background.ts does; `posted` records what was posted to it. */
function fakeWorker(handle: Parameters<typeof answerPortRequest>[2], origin = 'chrome-extension://abcdefghijklmnop') {
  const posted: unknown[] = [];
  const worker: WorkerLike = {
    postMessage(data, transfer) {
      posted.push(data);
      const ports = [transfer[0] as MessagePort];
      void answerPortRequest({ data: structuredClone(data), ports, origin }, ORIGIN, handle);
    },
  };
  return { worker, posted };
}

describe('worker port', () => {
  it('carries an import file (non-ASCII included) to the handler and its summary back; small requests go by runtime messaging', async () => {
    const source = await freshDb();
    await populate(source.db);
    const file = buildExportJson(await dumpAll(source.db), T0);
    expect(file).toMatch(/[\u0080-\uffff]/); // some non-ASCII text
    const { db } = await freshDb();
    const seen: unknown[] = [];
    const inner = createHandler({ openDb: async () => db, now: () => T0 + 1000 });
    const handle: typeof inner = (raw, sender) => {
      seen.push({ raw, sender });
      return inner(raw, sender);
    };
    const { worker, posted } = fakeWorker(handle);
    const byRuntime: unknown[] = [];
    const client = createClient(sendViaWorkerPort(async (message) => {
      byRuntime.push(message);
      return inner(JSON.parse(JSON.stringify(message)));
    }, async () => worker));
    const applied = await client.importApply({ format: 'json', text: file });
    expect(applied.ok).toBe(true);
    expect(posted).toHaveLength(1);
    expect(seen).toEqual([{ raw: { type: 'importApply', format: 'json', text: file }, sender: { from: 'extension' } }]);
    expect(await dumpAll(db)).toEqual(await dumpAll(source.db));
    const exported = await client.exportAll({});
    expect(exported.ok && exported.data.data.notes.length).toBe((await dumpAll(source.db)).notes.length);
    expect(posted).toHaveLength(2);
    expect((await client.ping({})).ok).toBe(true);
    expect(byRuntime).toEqual([{ type: 'ping' }]);
  });

  it('falls back to runtime messaging without a worker; the worker ignores other origins, kinds and port-less posts', async () => {
    const { db } = await freshDb();
    const handle = createHandler({ openDb: async () => db, now: () => T0 });
    const viaRuntime: unknown[] = [];
    const send = sendViaWorkerPort(async (m) => {
      viaRuntime.push(m);
      return handle(m);
    }, async () => null);
    expect(await createClient(send).importPreview({ format: 'json', text: '{}' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(viaRuntime).toHaveLength(1);

    const { port2 } = new MessageChannel();
    const request = { kind: 'mitate:port-request', message: { type: 'ping' } };
    expect(answerPortRequest({ data: request, ports: [port2], origin: 'https://seller-jp.tiktok.com' }, ORIGIN, handle)).toBeNull();
    expect(answerPortRequest({ data: request, ports: [], origin: ORIGIN.slice(0, -1) }, ORIGIN, handle)).toBeNull();
    expect(answerPortRequest({ data: { type: 'ping' }, ports: [port2], origin: ORIGIN.slice(0, -1) }, ORIGIN, handle)).toBeNull();
    port2.close();
  });

  it('finds only the extension\'s own worker (in a content script navigator.serviceWorker is the page\'s)', async () => {
    const container = (scriptURL: string) => ({ getRegistration: async () => ({ active: { scriptURL, postMessage() {} } }) }) as never;
    expect(await extensionServiceWorker(container(`${ORIGIN}background.js`), ORIGIN)).not.toBeNull();
    expect(await extensionServiceWorker(container('https://seller-jp.tiktok.com/sw.js'), ORIGIN)).toBeNull();
    expect(await extensionServiceWorker(undefined, ORIGIN)).toBeNull();
  });
});
