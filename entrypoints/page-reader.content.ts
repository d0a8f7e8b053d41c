/**
 * MAIN-world page reader: watches the page's own fetch/XHR responses on the affiliate API paths and hands a
 * copy to the isolated content script. It never sends a request, never alters a response, and only clones
 * responses whose URL matches a known API path (see lib/seller-center/endpoints.ts).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { AFFILIATE_MATCHES } from '../lib/seller-center/hosts';
import { matchApiPath } from '../lib/seller-center/endpoints';
import { HANDSHAKE_ACK, HANDSHAKE_READER_READY, HANDSHAKE_SECRET, MAX_CAPTURE_CHARS, captureEventName, isValidSecret } from '../lib/bridge/channel';

export default defineContentScript({
  matches: AFFILIATE_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    // Keep our own references: page scripts that run later may replace these globals.
    const dispatch = EventTarget.prototype.dispatchEvent;
    const Custom = CustomEvent;
    const stringify = JSON.stringify;
    const doc = document;
    let eventName: string | null = null;
    const pending: string[] = [];

    const onSecret = (event: Event) => {
      const secret = (event as CustomEvent).detail;
      if (eventName || !isValidSecret(secret)) return;
      eventName = captureEventName(secret);
      doc.removeEventListener(HANDSHAKE_SECRET, onSecret);
      dispatch.call(doc, new Custom(HANDSHAKE_ACK));
      for (const detail of pending.splice(0)) dispatch.call(doc, new Custom(eventName, { detail }));
    };
    doc.addEventListener(HANDSHAKE_SECRET, onSecret);
    dispatch.call(doc, new Custom(HANDSHAKE_READER_READY));

    const handOver = (url: string, method: string, status: number, requestBody: unknown, body: string) => {
      if (body.length > MAX_CAPTURE_CHARS) return;
      const detail = stringify({ url, method, status, requestBody: typeof requestBody === 'string' ? requestBody.slice(0, 100_000) : null, body });
      if (eventName) dispatch.call(doc, new Custom(eventName, { detail }));
      else if (pending.length < 50) pending.push(detail);
    };

    const absolute = (url: string) => {
      try {
        return new URL(url, location.href).href;
      } catch {
        return '';
      }
    };

    const originalFetch = window.fetch;
    window.fetch = function mitateObservedFetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const result = originalFetch.call(this ?? window, input, init);
      try {
        const url = absolute(input instanceof Request ? input.url : String(input));
        if (url && matchApiPath(url)) {
          const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
          const requestBody = init?.body;
          // Read a clone after the page has its response; the page's own copy is untouched.
          result
            .then((response) => response.clone().text().then((text) => handOver(url, method, response.status, requestBody, text)))
            .catch(() => undefined);
        }
      } catch {
        // Observing must never break the page's request.
      }
      return result;
    } as typeof fetch;

    const xhrProto = XMLHttpRequest.prototype;
    const originalOpen = xhrProto.open;
    const originalSend = xhrProto.send;
    const xhrInfo = new WeakMap<XMLHttpRequest, { url: string; method: string }>();
    xhrProto.open = function mitateObservedOpen(this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      try {
        const href = absolute(String(url));
        if (href && matchApiPath(href)) xhrInfo.set(this, { url: href, method: String(method) });
        else xhrInfo.delete(this);
      } catch {
        // ignore
      }
      return (originalOpen as (...args: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof xhrProto.open;
    xhrProto.send = function mitateObservedSend(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const info = xhrInfo.get(this);
      if (info) {
        this.addEventListener('load', () => {
          try {
            const type = this.responseType;
            const text = type === '' || type === 'text' ? this.responseText : type === 'json' ? stringify(this.response) : null;
            if (text != null) handOver(info.url, info.method, this.status, body, text);
          } catch {
            // ignore
          }
        });
      }
      return originalSend.call(this, body);
    };
  },
});
