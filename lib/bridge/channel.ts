/**
 * Names and limits of the page-reader channel, free of dependencies: the MAIN-world reader imports only this,
 * so it stays tiny on every Seller Center page. See ./index.ts for why the channel is safe.
 */
export const HANDSHAKE_READER_READY = 'mitate:reader-ready';
export const HANDSHAKE_SECRET = 'mitate:secret';
export const HANDSHAKE_ACK = 'mitate:reader-ack';

/**
 * Largest response body handed over. A bigger one is not copied (so a huge payload can't stall the page); its size
 * is handed over instead, so the seller sees a note rather than a silent gap. Real list answers are ~50–300 kB.
 */
export const MAX_CAPTURE_CHARS = 2_000_000;
/** Longest request body kept with a capture (it only tells the reader which page or filter was asked for). */
export const MAX_REQUEST_BODY_CHARS = 100_000;

export function captureEventName(secret: string): string {
  return `mitate:capture:${secret}`;
}

export function isValidSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}

