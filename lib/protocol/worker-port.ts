/**
 * Large requests from Mitate's own pages (import files, the full export) go to the background service worker by
 * postMessage over a MessageChannel, the file as a structured-cloned string. Runtime messaging serialises to JSON on
 * both sides: a 30 MB import file took 3-6 s to reach the worker in Chromium, a structured-clone postMessage under
 * 1 s. The string is posted as it is: encoding a 46 MB file to UTF-8 bytes to transfer them took 245 ms in the page
 * and decoding them 77 ms in the worker, cloning the string ~100 ms in all (Chromium, 2026-11-30). Only same-origin
 * contexts (the extension's own pages) can post to the extension's service worker; a Seller Center page and its
 * content scripts cannot. Where there is no active service worker (Firefox's background page),
 * the request goes by runtime messaging as before.
 */
import type { MessageHandler } from './handler';
import type { RequestType } from './schemas';

/** Requests whose payload or answer can be tens of megabytes. */
export const WORKER_PORT_REQUEST_TYPES: readonly RequestType[] = ['importPreview', 'importApply', 'exportAll'];

const PORT_REQUEST = 'mitate:port-request';

interface PortRequest {
  kind: typeof PORT_REQUEST;
  /** the protocol message, `text` included */
  message: Record<string, unknown>;
}

export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
}

function usesPort(message: unknown): message is Record<string, unknown> {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && (WORKER_PORT_REQUEST_TYPES as readonly string[]).includes(type);
}

/**
 * A `send` for createClient: large requests through the worker's port when `worker()` finds one, everything else
 * (and everything where it finds none) through `fallback`.
 */
export function sendViaWorkerPort(
  fallback: (message: unknown) => Promise<unknown>,
  worker: () => Promise<WorkerLike | null>,
): (message: unknown) => Promise<unknown> {
  return async (message) => {
    if (!usesPort(message)) return fallback(message);
    const target = await worker().catch(() => null);
    if (!target) return fallback(message);
    const request: PortRequest = { kind: PORT_REQUEST, message };
    const channel = new MessageChannel();
    return new Promise((resolve) => {
      channel.port1.onmessage = (event: MessageEvent) => {
        channel.port1.close();
        resolve(event.data);
      };
      target.postMessage(request, [channel.port2]);
    });
  };
}

/**
 * The extension's own service worker, from one of its pages (null without one, e.g. Firefox's background page). The
 * worker's script must be under `origin` (the extension's base URL): in a content script `navigator.serviceWorker`
 * is the web page's, and nothing may be posted to it.
 */
export async function extensionServiceWorker(container: Pick<ServiceWorkerContainer, 'getRegistration'> | undefined, origin: string): Promise<WorkerLike | null> {
  const active = (await container?.getRegistration())?.active;
  return active && active.scriptURL.startsWith(origin) ? active : null;
}

export interface PortMessageEvent {
  data: unknown;
  ports: readonly MessagePort[];
  /** the posting page's origin (ExtendableMessageEvent.origin) */
  origin: string;
}

/**
 * Worker side: answers a port request from one of the extension's pages (`origin`) with `handle`, on the request's
 * port. Returns the pending answer (for event.waitUntil, which keeps the worker alive), or null for anything else.
 */
export function answerPortRequest(event: PortMessageEvent, origin: string, handle: MessageHandler): Promise<void> | null {
  const request = event.data as Partial<PortRequest> | null;
  const port = event.ports[0];
  if (request?.kind !== PORT_REQUEST || !port || event.origin !== origin.replace(/\/$/, '')) return null;
  // the handler validates the message like any other
  return handle(request.message, { from: 'extension' }).then((reply) => {
    port.postMessage(reply);
    port.close();
  });
}
