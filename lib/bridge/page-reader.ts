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
 * The wrapped fetch, XHR open and send behave as the browser's own for every call the page can make: each argument
 * the page supplied is converted at most once and in the browser's order, the page's getters on `init` are never
 * run by Mitate, calls with a missing argument or a wrong `this` go to the browser untouched (same errors), and they
 * are Proxies of the originals, so their name, length and toString are the browser's.
 *
 * Keep this small and dependency-light: it ships on every Seller Center page.
 */
import { AFFILIATE_HOSTS } from '../seller-center/hosts';
import { ENDPOINTS } from '../seller-center/endpoints';
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
  const hasOwn = Object.hasOwn;
  const getterOf = (proto: object, name: string): Getter => getOwn(proto, name)!.get as Getter;
  const win = window;
  const doc = document;
  const originalFetch = win.fetch;
  const responseProto = Response.prototype;
  const clone = responseProto.clone;
  const readText = responseProto.text;
  const responseUrl = getterOf(responseProto, 'url');
  const responseStatus = getterOf(responseProto, 'status');
  const requestUrl = getterOf(Request.prototype, 'url');
  const requestMethod = getterOf(Request.prototype, 'method');
  const baseUri = getterOf(Node.prototype, 'baseURI');
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
  const PromiseCtor = Promise;
  const then = PromiseCtor.prototype.then;
  const reject = PromiseCtor.reject;
  const ProxyCtor = Proxy;
  const Custom = CustomEvent;
  const UrlCtor = URL;
  const urlHref = getterOf(UrlCtor.prototype, 'href');
  const urlHostname = getterOf(UrlCtor.prototype, 'hostname');
  const urlProtocol = getterOf(UrlCtor.prototype, 'protocol');
  const urlPathname = getterOf(UrlCtor.prototype, 'pathname');
  const lowerCase = String.prototype.toLowerCase;
  const stringify = JSON.stringify;
  const toString = String;
  const slice = String.prototype.slice;
  const WeakMapCtor = WeakMap;
  const weakGet = WeakMap.prototype.get;
  const weakSet = WeakMap.prototype.set;
  const weakDelete = WeakMap.prototype.delete;

  const call = <R>(fn: AnyFn | Getter, target: unknown, args: readonly unknown[] = []): R => apply(fn as AnyFn, target, args) as R;
  /** A null-prototype object: a page-defined Object.prototype getter or setter never sees its keys. */
  const bare = <T extends object>(): T => createObject(null) as T;

  /**
   * The API paths, as lib/seller-center/endpoints.ts matchApiPath reads them (trailing slashes dropped, lower case),
   * checked here with saved built-ins only: matchApiPath uses the global URL and String methods a page may replace.
   */
  const apiPaths = bare<Record<string, true>>();
  for (let i = 0; i < ENDPOINTS.length; i++) apiPaths[call<string>(lowerCase, ENDPOINTS[i]!.path)] = true;
  const isApiPath = (pathname: string): boolean => {
    let end = pathname.length;
    while (end > 1 && pathname[end - 1] === '/') end -= 1;
    return call(hasOwn, Object, [apiPaths, call<string>(lowerCase, call<string>(slice, pathname, [0, end]))]);
  };

  /**
   * The absolute https URL on an affiliate host with a known API path, or null. Never throws. A request URL is read
   * as the browser reads it (relative to the document's base URL); an answer's URL must be absolute (a Response the
   * page built itself has the empty URL, which must not count as the page's own address).
   */
  const acceptedUrl = (raw: string, relative: boolean): string | null => {
    try {
      const parsed = relative ? new UrlCtor(raw, call<string>(baseUri, doc)) : new UrlCtor(raw);
      if (call(urlProtocol, parsed) !== 'https:' || !isAffiliateHost(call(urlHostname, parsed))) return null;
      return isApiPath(call<string>(urlPathname, parsed)) ? call<string>(urlHref, parsed) : null;
    } catch {
      return null;
    }
  };

  /**
   * A page that defines Object.prototype.then (or Response.prototype.then) makes every Response a thenable: the
   * browser's own fetch promise would then adopt whatever the hook resolves it with, e.g. a forged body kept in the
   * Cache API under the real API address. A fixed own `then: undefined` on Response.prototype ends that lookup.
   */
  const fixedUndefined = bare<PropertyDescriptor>();
  fixedUndefined.value = undefined;
  fixedUndefined.writable = false;
  fixedUndefined.enumerable = false;
  fixedUndefined.configurable = false;
  try {
    call(defineProperty, Object, [responseProto, 'then', fixedUndefined]);
  } catch {
    // already fixed by an earlier copy of the reader
  }

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

  /**
   * `original` wrapped in a Proxy: Function.prototype.toString shows the browser's native code and name, length and
   * prototype are the original's. The handler has no prototype, so a page-defined Object.prototype.get, .has, … can
   * never become one of its traps.
   */
  const observed = <F extends AnyFn>(original: F, onCall: (target: F, thisArg: unknown, args: unknown[]) => unknown): F => {
    const handler = bare<ProxyHandler<F>>();
    handler.apply = onCall as ProxyHandler<F>['apply'];
    return new ProxyCtor(original, handler);
  };

  /** A string the page put in an own data property of `init` (its getters are never run here), or null. */
  const ownString = (init: unknown, key: string): string | null => {
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) return null;
    const d = getOwn(init, key);
    return d && call(hasOwn, Object, [d, 'value']) && typeof d.value === 'string' ? d.value : null;
  };

  // --- fetch ---
  const ignore = () => undefined;
  win.fetch = observed(originalFetch, (target, thisArg, args) => {
    // A missing argument or a foreign `this`: the browser's own call, with its own error.
    if (args.length === 0 || (thisArg !== undefined && thisArg !== null && thisArg !== win)) return apply(target, thisArg, args);
    const input = args[0];
    let method = 'GET';
    let requestBody: string | null = null;
    let isRequest: boolean;
    let href = '';
    try {
      href = call<string>(requestUrl, input); // brand check: throws unless a real Request
      isRequest = true;
    } catch {
      isRequest = false;
    }
    if (!isRequest) {
      if (typeof input === 'symbol') return apply(target, thisArg, args);
      try {
        href = toString(input); // converted once, as the browser would: this exact string is fetched and recorded
      } catch (error) {
        return call(reject, PromiseCtor, [error]); // what the browser's fetch answers when the conversion throws
      }
      args[0] = href;
    }
    const url = acceptedUrl(href, !isRequest);
    if (url) {
      // only what tells the reader which page was asked for; never worth running a page getter for
      const init = args.length > 1 ? args[1] : undefined;
      method = ownString(init, 'method') ?? (isRequest ? call<string>(requestMethod, input) : 'GET');
      requestBody = isRequest ? null : ownString(init, 'body');
    }
    const result = apply(target, thisArg, args) as Promise<Response>;
    if (url) {
      const seenUrl = url;
      const seenMethod = method;
      const seenBody = requestBody;
      try {
        call(then, result, [
          (response: Response) => {
            try {
              // the final URL after redirects must still be the same kind of answer from an affiliate host
              if (acceptedUrl(call<string>(responseUrl, response), false) === null) return;
              const status = call<number>(responseStatus, response);
              // a clone, read after the page has its response: the page's own copy is untouched
              const text = call<Promise<string>>(readText, call(clone, response));
              call(then, text, [(body: string) => void handOver(seenUrl, seenMethod, status, seenBody, body), ignore]);
            } catch {
              // not readable (the page consumed or replaced it): nothing is handed over, nothing is thrown
            }
          },
          ignore,
        ]);
      } catch {
        // a page-defined Promise species or constructor getter threw: the page still gets its own answer
      }
    }
    return result;
  });

  // --- XMLHttpRequest ---
  const xhrInfo = new WeakMapCtor<XMLHttpRequest, { url: string; method: string }>();
  xhrProto.open = observed(originalOpen, (target, xhr, args) => {
    try {
      call(xhrReadyState, xhr); // brand check: a foreign `this` gets the browser's own error, untouched
    } catch {
      return apply(target, xhr, args);
    }
    if (args.length < 2 || typeof args[0] === 'symbol' || typeof args[1] === 'symbol') return apply(target, xhr, args);
    // Converted once each, in the browser's order (method, then URL); a conversion that throws throws the page's
    // own error from here, as the browser would, and the earlier open still stands.
    const method = toString(args[0]);
    args[0] = method;
    const href = toString(args[1]);
    args[1] = href;
    const result = apply(target, xhr, args);
    // after the browser accepted it: a refused open (bad method, bad URL) leaves the earlier one in place
    const accepted = acceptedUrl(href, true);
    if (accepted) call(weakSet, xhrInfo, [xhr, { url: accepted, method }]);
    else call(weakDelete, xhrInfo, [xhr]);
    return result;
  });
  /** A null-prototype property descriptor (a page-defined Object.prototype.value would break a plain literal). */
  const descriptor = (get: () => unknown, set?: (value: string) => void): PropertyDescriptor => {
    const d = bare<PropertyDescriptor>();
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
  xhrProto.send = observed(originalSend, (target, thisArg, args) => {
    const xhr = thisArg as XMLHttpRequest;
    // a non-object `this` is no key (WeakMap get answers undefined): the browser's own call and error below
    const info = call<{ url: string; method: string } | undefined>(weakGet, xhrInfo, [xhr]);
    if (info) {
      const body = args.length > 0 ? args[0] : null;
      try {
        if (call(xhrResponseType, xhr) === 'json') deliverJsonAsText(xhr);
      } catch {
        // left as the page set it; a non-text answer is not read below
      }
      const onLoad = () => {
        call(removeListener, xhr, ['load', onLoad]);
        try {
          // reopened since this send (perhaps by a method saved from another frame): not this request's answer
          if (call(weakGet, xhrInfo, [xhr]) !== info) return;
          if (acceptedUrl(call<string>(xhrResponseUrl, xhr), false) === null) return;
          // the saved getter sees the real type ('text' after deliverJsonAsText), not the page's own property
          const type = call(xhrResponseType, xhr);
          if (type !== '' && type !== 'text') return;
          handOver(info.url, info.method, call<number>(xhrStatus, xhr), body, call<string>(xhrResponseText, xhr));
        } catch {
          // observing must never break the page
        }
      };
      call(addListener, xhr, ['load', onLoad]);
    }
    return apply(target, xhr, args);
  });
}
