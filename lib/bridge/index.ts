/**
 * The hand-over channel from the MAIN-world page reader (./page-reader.ts) to the isolated content script.
 *
 * How it works: both scripts run at document_start, before any page script. The isolated side makes a random
 * secret and hands it over in a synchronous CustomEvent handshake at that moment; afterwards the reader dispatches
 * each captured response on an event *named* after the secret. Everything received is size-checked and
 * checked here, in the isolated world (./detail.ts), and validated again by the background before use.
 *
 * What a page script that runs after us can NOT do:
 * - forge a capture: it never sees the event name (no API lists event types, and the reader dispatches through
 *   saved built-ins, so replacing Function.prototype.call, dispatchEvent or CustomEvent reveals nothing);
 * - swap the answer: the reader reads the body through saved Response.prototype.clone/text and XHR getters, and
 *   Response.prototype.then is fixed to undefined, so a page-defined Object.prototype.then cannot make the browser's
 *   fetch promise adopt a Response of the page's choosing (e.g. one kept in the Cache API under the API address);
 * - make Mitate record one URL while fetching another: the URL is converted to a string once and that string is
 *   both requested and recorded;
 * - feed answers from another host: the request URL and the final URL after redirects (which must be absolute: a
 *   Response the page built has none) must both be an affiliate host (checked in the reader and again here);
 * - make the wrapped fetch or XHR behave differently from the browser's own: odd calls (no argument, a foreign
 *   `this`, a throwing toString, getters on `init`) return or throw the same, each page conversion runs once and in
 *   the browser's order, and the wrappers are Proxies whose name, length and toString are the browser's.
 * What a page CAN do: stop the reader from seeing anything (e.g. fetch through another frame's fetch); tell that
 * Mitate is there if it looks hard (a Proxy's toString lacks the function's name, an XHR asked for 'json' carries
 * own response/responseType properties, Response.prototype has an own `then`); send real requests to the real
 * Seller Center API with parameters of its choosing (those answers are the server's, not the page's, and are
 * bounded by lib/store/bounds.ts); give a misleading request body or method, which only tell the reader which page
 * was asked for. On the isolated side it can read what Mitate draws on the page (the badges' shadow roots are open):
 * a creator's score and, for creators whose handle it puts in its own rows, the seller's status marker (e.g.
 * "invited"); never a note, a cost or an input. A script that runs before ours (a browser extension, or a
 * compromised Seller Center itself) is out of scope: it could replace the built-ins before we save them.
 */

export * from './channel';

export { isAffiliateUrl } from '../seller-center/hosts';

export { readCaptureDetail, captureHeader, encodeCaptureDetail, type CaptureDetail } from './detail';

/** Reads JSON text from the page without ever throwing. */
export function parseJsonSafely(text: string | null): unknown {
  if (text == null || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
