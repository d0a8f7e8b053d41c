/**
 * The MAIN-world page reader, installed by entrypoints/page-reader.content.ts at document_start on every Affiliate
 * Center page. It watches the page's own fetch/XHR answers on the affiliate API paths and hands a copy to the
 * isolated content script. It never sends a request of its own and never alters a request or a response.
 *
 * Hardening (see ./index.ts for what a page can and cannot do): every built-in it uses is saved here, before any page
 * script runs, and called only through the saved Reflect.apply, so a later script that replaces
 * Function.prototype.call, Response.prototype.clone, an XHR getter, JSON or CustomEvent changes nothing. The request
 * URL is converted to a string once and that same string is both requested and recorded. Only answers that come from
 * an affiliate host, on the request URL and on the final URL after redirects, are handed over. The hand-over is built
 * by string concatenation of primitives (JSON.stringify of an object would consult a page-defined toJSON).
 *
 * Keep this small and dependency-light: it ships on every Seller Center page.
 */
import { AFFILIATE_HOSTS } from '../seller-center/hosts';
import { matchApiPath } from '../seller-center/endpoints';
import { HANDSHAKE_ACK, HANDSHAKE_READER_READY, HANDSHAKE_SECRET, MAX_CAPTURE_CHARS, MAX_REQUEST_BODY_CHARS, captureEventName, isValidSecret } from './channel';
import { captureHeader } from './detail';

type Getter = (this: unknown) => unknown;
type AnyFn = (...args: never[]) => unknown;

/** True when `hostname` is one of the affiliate hosts (plain loop: Array.prototype methods may be replaced). */
export function isAffiliateHost(hostname: unknown): boolean {
  for (let i = 0; i < AFFILIATE_HOSTS.length; i++) if (hostname === AFFILIATE_HOSTS[i]) return true;
  return false;
}

export function installPageReader(): void {
  // --- saved at document_start, before any page script ---
  const apply = Reflect.apply;
  const getOwn = Object.getOwnPropertyDescriptor;
  const getterOf = (proto: object, name: string): Getter => getOwn(proto, name)!.get as Getter;
  const win = window;
  const doc = document;
  const loc = location;
  const originalFetch = win.fetch;
  const responseProto = Response.prototype;
  const clone = responseProto.clone;
  const readText = responseProto.text;
  const responseUrl = getterOf(responseProto, 'url');
  const responseStatus = getterOf(responseProto, 'status');
  const requestUrl = getterOf(Request.prototype, 'url');
  const requestMethod = getterOf(Request.prototype, 'method');
  const xhrProto = XMLHttpRequest.prototype;
  const originalOpen = xhrProto.open;
  const originalSend = xhrProto.send;
  const xhrResponseText = getterOf(xhrProto, 'responseText');
  const xhrResponseType = getterOf(xhrProto, 'responseType');
  const setXhrResponseType = getOwn(xhrProto, 'responseType')!.set as (this: unknown, value: string) => void;
  const xhrReadyState = getterOf(xhrProto, 'readyState');
  const defineProperty = Object.defineProperty;
  const createObject = Object.create;
  const parseJson = JSON.parse;
  const xhrStatus = getterOf(xhrProto, 'status');
  const xhrResponseUrl = getterOf(xhrProto, 'responseURL');
  const addListener = EventTarget.prototype.addEventListener;
  const removeListener = EventTarget.prototype.removeEventListener;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const eventDetail = getterOf(CustomEvent.prototype, 'detail');
  const then = Promise.prototype.then;
  const Custom = CustomEvent;
  const UrlCtor = URL;
  const urlHref = getterOf(UrlCtor.prototype, 'href');
  const urlHostname = getterOf(UrlCtor.prototype, 'hostname');
  const urlProtocol = getterOf(UrlCtor.prototype, 'protocol');
  const stringify = JSON.stringify;
  const toString = String;
  const slice = String.prototype.slice;
  const WeakMapCtor = WeakMap;
  const weakGet = WeakMap.prototype.get;
  const weakSet = WeakMap.prototype.set;
  const weakDelete = WeakMap.prototype.delete;

  const call = <R>(fn: AnyFn | Getter, target: unknown, args: readonly unknown[] = []): R => apply(fn as AnyFn, target, args) as R;

  /** The absolute https URL on an affiliate host with a known API path, or null. Never throws. */
  const acceptedUrl = (raw: string): string | null => {
    try {
      const parsed = new UrlCtor(raw, loc.href);
      if (call(urlProtocol, parsed) !== 'https:' || !isAffiliateHost(call(urlHostname, parsed))) return null;
      const href = call<string>(urlHref, parsed);
      return matchApiPath(href) ? href : null;
    } catch {
      return null;
    }
  };

  // --- hand-over channel (see ./index.ts) ---
  let eventName: string | null = null;
  // queued before the handshake: a linked list of literals (an array's push/index setters can be replaced)
  let queueHead: { detail: string; next: unknown } | null = null;
  let queueTail: { detail: string; next: unknown } | null = null;
  let queued = 0;
  const send = (name: string, detail: string | null) => {
    // every init field given, so nothing is read from a page-defined Object.prototype getter
    call(dispatch, doc, [new Custom(name, { detail, bubbles: false, cancelable: false, composed: false })]);
  };
  const onSecret = (event: Event) => {
    const secret = call(eventDetail, event);
    if (eventName || !isValidSecret(secret)) return;
    eventName = captureEventName(secret);
    call(removeListener, doc, [HANDSHAKE_SECRET, onSecret]);
    send(HANDSHAKE_ACK, null);
    for (let node = queueHead; node; node = node.next as typeof node) send(eventName, node.detail);
    queueHead = queueTail = null;
  };
  call(addListener, doc, [HANDSHAKE_SECRET, onSecret]);
  send(HANDSHAKE_READER_READY, null);

  const handOver = (url: string, method: string, status: number, requestBody: unknown, body: string) => {
    if (typeof body !== 'string') return;
    // too big to copy: hand over only its size, so the seller is told instead of the answer silently missing
    const tooLarge = body.length > MAX_CAPTURE_CHARS;
    const sentBody = typeof requestBody === 'string' ? call<string>(slice, requestBody, [0, MAX_REQUEST_BODY_CHARS]) : null;
    // header line of primitives (saved JSON.stringify never calls toJSON on them), then the body as received
    const detail = captureHeader(stringify, { url, method, status, requestBody: sentBody, tooLarge: tooLarge ? body.length : null }) + '\n' + (tooLarge ? '' : body);
    if (eventName) send(eventName, detail);
    else if (queued < 50) {
      const node = { detail, next: null as unknown };
      if (queueTail) queueTail.next = node;
      else queueHead = node;
      queueTail = node;
      queued += 1;
    }
  };

  // --- fetch ---
  const ignore = () => undefined;
  win.fetch = function mitateObservedFetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    let requested: unknown = input;
    let url: string | null;
    let method = 'GET';
    let requestBody: unknown = null;
    try {
      let isRequest = false;
      let href = '';
      try {
        href = call<string>(requestUrl, input); // brand check: throws unless a real Request
        isRequest = true;
      } catch {
        href = toString(input); // converted once; this exact string is what gets fetched
        requested = href;
      }
      url = acceptedUrl(href);
      if (url) {
        method = toString((init && init.method) || (isRequest ? call(requestMethod, input) : 'GET'));
        requestBody = isRequest || !init ? null : init.body;
      }
    } catch {
      url = null; // observing must never break the page's request
    }
    const result = call<Promise<Response>>(originalFetch, this ?? win, [requested, init]);
    if (url) {
      const seenUrl = url;
      const seenMethod = method;
      const seenBody = requestBody;
      call(then, result, [
        (response: Response) => {
          // the final URL after redirects must still be the same kind of answer from an affiliate host
          if (acceptedUrl(call<string>(responseUrl, response)) === null) return;
          const status = call<number>(responseStatus, response);
          // a clone, read after the page has its response: the page's own copy is untouched
          const text = call<Promise<string>>(readText, call(clone, response));
          call(then, text, [(body: string) => void handOver(seenUrl, seenMethod, status, seenBody, body), ignore]);
        },
        ignore,
      ]);
    }
    return result;
  } as typeof fetch;

  // --- XMLHttpRequest ---
  const xhrInfo = new WeakMapCtor<XMLHttpRequest, { url: string; method: string }>();
  xhrProto.open = function mitateObservedOpen(this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    let href: unknown = url;
    try {
      href = toString(url); // converted once; this exact string is what gets opened
      const accepted = acceptedUrl(href as string);
      if (accepted) call(weakSet, xhrInfo, [this, { url: accepted, method: toString(method) }]);
      else call(weakDelete, xhrInfo, [this]);
    } catch {
      call(weakDelete, xhrInfo, [this]);
    }
    // the argument count matters (an explicit undefined `async` means synchronous): array literals, no spread
    const args = rest.length === 0 ? [method, href] : rest.length === 1 ? [method, href, rest[0]]
      : rest.length === 2 ? [method, href, rest[0], rest[1]] : [method, href, rest[0], rest[1], rest[2]];
    return call(originalOpen, this, args);
  } as typeof xhrProto.open;
  /** A null-prototype property descriptor (a page-defined Object.prototype.value would break a plain literal). */
  const descriptor = (get: () => unknown, set?: (value: string) => void): PropertyDescriptor => {
    const d = createObject(null) as PropertyDescriptor;
    d.get = get;
    if (set) d.set = set;
    d.configurable = true;
    return d;
  };
  /**
   * A 'json' answer is an object the page can reach (and change) before we read it. So the request is switched to
   * text, which only the saved getter reads, and this one XHR shows the page the same parsed object it asked for.
   */
  const deliverJsonAsText = (xhr: XMLHttpRequest) => {
    call(setXhrResponseType, xhr, ['text']);
    let parsed: unknown;
    let done = false;
    call(defineProperty, Object, [xhr, 'responseType', descriptor(() => 'json', (value) => call(setXhrResponseType, xhr, [value]))]);
    call(defineProperty, Object, [xhr, 'response', descriptor(() => {
      if (call(xhrReadyState, xhr) !== 4) return null;
      if (!done) {
        done = true;
        try {
          parsed = parseJson(call<string>(xhrResponseText, xhr));
        } catch {
          parsed = null; // as the browser does for a 'json' answer that does not parse
        }
      }
      return parsed;
    })]);
  };
  xhrProto.send = function mitateObservedSend(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const info = call<{ url: string; method: string } | undefined>(weakGet, xhrInfo, [this]);
    if (info) {
      try {
        if (call(xhrResponseType, this) === 'json') deliverJsonAsText(this);
      } catch {
        // left as the page set it; a non-text answer is not read below
      }
      const onLoad = () => {
        call(removeListener, this, ['load', onLoad]);
        try {
          // reopened since this send (perhaps by a method saved from another frame): not this request's answer
          if (call(weakGet, xhrInfo, [this]) !== info) return;
          if (acceptedUrl(call<string>(xhrResponseUrl, this)) === null) return;
          // the saved getter sees the real type ('text' after deliverJsonAsText), not the page's own property
          const type = call(xhrResponseType, this);
          if (type !== '' && type !== 'text') return;
          handOver(info.url, info.method, call<number>(xhrStatus, this), body, call<string>(xhrResponseText, this));
        } catch {
          // observing must never break the page
        }
      };
      call(addListener, this, ['load', onLoad]);
    }
    return call(originalSend, this, [body]);
  };
}
