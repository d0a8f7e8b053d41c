/**
 * The capture event's detail: one header line of JSON (primitives only) and then the answer's body exactly as the
 * page received it. The body is never re-encoded: wrapping a 1 MB answer in JSON and parsing it back cost the
 * page ~15 ms per list load. Dependency-free, so the page-side scripts stay small.
 */
import { isAffiliateUrl } from '../seller-center/hosts';
import { MAX_CAPTURE_CHARS, MAX_REQUEST_BODY_CHARS } from './channel';

export interface CaptureDetail {
  url: string;
  method: string;
  status: number;
  requestBody: string | null;
  body: string;
  /** set instead of `body` when the answer was too big to copy: its length in characters */
  tooLarge: number | null;
}

const MAX_HEADER_CHARS = 8_192 + 6 * MAX_REQUEST_BODY_CHARS + 200;

/**
 * Builds the header line. `quote` is JSON.stringify as saved at document_start by the caller (in the MAIN world a
 * page could replace the global); it is only ever given strings and numbers, which never call toJSON.
 */
export function captureHeader(quote: (value: string | number) => string, d: Omit<CaptureDetail, 'body'>): string {
  return '{"url":' + quote(d.url) + ',"method":' + quote(d.method) + ',"status":' + quote(d.status) +
    ',"requestBody":' + (d.requestBody === null ? 'null' : quote(d.requestBody)) +
    ',"tooLarge":' + (d.tooLarge === null ? 'null' : quote(d.tooLarge)) + '}';
}

/** Reads a detail; anything malformed, oversized or from another host is null. Never throws. */
export function readCaptureDetail(detail: unknown): CaptureDetail | null {
  if (typeof detail !== 'string') return null;
  // JSON text never holds a raw newline, so the first one ends the header
  const end = detail.indexOf('\n');
  if (end < 0 || end > MAX_HEADER_CHARS || detail.length - end - 1 > MAX_CAPTURE_CHARS) return null;
  let header: unknown;
  try {
    header = JSON.parse(detail.slice(0, end));
  } catch {
    return null;
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) return null;
  const h = header as Record<string, unknown>;
  if (typeof h.url !== 'string' || h.url.length > 8_192 || !isAffiliateUrl(h.url)) return null;
  if (typeof h.method !== 'string' || h.method.length > 16) return null;
  if (typeof h.status !== 'number' || !Number.isInteger(h.status)) return null;
  if (h.requestBody !== null && (typeof h.requestBody !== 'string' || h.requestBody.length > MAX_REQUEST_BODY_CHARS)) return null;
  if (h.tooLarge !== null && (typeof h.tooLarge !== 'number' || !Number.isInteger(h.tooLarge) || h.tooLarge < 0)) return null;
  return { url: h.url, method: h.method, status: h.status, requestBody: h.requestBody as string | null, body: detail.slice(end + 1), tooLarge: h.tooLarge as number | null };
}

/** The whole detail, for tests and for the reader: header line, newline, body. */
export function encodeCaptureDetail(quote: (value: string | number) => string, d: CaptureDetail): string {
  return captureHeader(quote, d) + '\n' + d.body;
}
