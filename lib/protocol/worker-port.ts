/**
 * Large requests from Mitate's own pages (import files, the full export) go to the background service worker by
 * postMessage over a MessageChannel, the file as transferred UTF-8 bytes. Runtime messaging serialises to JSON on
 * both sides: a 30 MB import file took 3-6 s to reach the worker in Chromium, a structured-clone postMessage under
 * 1 s. Only same-origin contexts (the extension's own pages) can post to the extension's service worker; a Seller
 * Center page and its content scripts cannot. Where there is no active service worker (Firefox's background page),
 * the request goes by runtime messaging as before.
 */
import type { MessageHandler } from './handler';
import type { RequestType } from './schemas';

/** Requests whose payload or answer can be tens of megabytes. */
export const WORKER_PORT_REQUEST_TYPES: readonly RequestType[] = ['importPreview', 'importApply', 'exportAll'];

const PORT_REQUEST = 'mitate:port-request';

interface PortRequest {
  kind: typeof PORT_REQUEST;
  /** the protocol message without `text` */
  message: Record<string, unknown>;
  /** `text` as UTF-8, transferred rather than copied */
  textBytes: ArrayBuffer | null;
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
    const { text, ...rest } = message;
    const textBytes = typeof text === 'string' ? (new TextEncoder().encode(text).buffer as ArrayBuffer) : null;
    const request: PortRequest = { kind: PORT_REQUEST, message: typeof text === 'string' || text === undefined ? rest : message, textBytes };
    const channel = new MessageChannel();
    return new Promise((resolve) => {
      channel.port1.onmessage = (event: MessageEvent) => {
        channel.port1.close();
        resolve(event.data);
      };
      target.postMessage(request, textBytes ? [channel.port2, textBytes] : [channel.port2]);
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
  const { message, textBytes } = request;
  let raw: unknown = message;
  if (textBytes instanceof ArrayBuffer && message && typeof message === 'object') {
    // invalid UTF-8 becomes U+FFFD, as when a page reads the file as text; the handler validates the rest
    raw = { ...message, text: new TextDecoder().decode(textBytes) };
  }
  return handle(raw, { from: 'extension' }).then((reply) => {
    port.postMessage(reply);
    port.close();
  });
}
