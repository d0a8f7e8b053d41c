/**
 * Names and limits of the page-reader channel, free of dependencies: the MAIN-world reader imports only this,
 * so it stays tiny on every Seller Center page. See ./index.ts for why the channel is safe.
 */
export const HANDSHAKE_READER_READY = 'mitate:reader-ready';
export const HANDSHAKE_SECRET = 'mitate:secret';
export const HANDSHAKE_ACK = 'mitate:reader-ack';

/** Largest response body handed over; bigger ones are ignored so a huge payload can't stall the page. */
export const MAX_CAPTURE_CHARS = 4_000_000;

export function captureEventName(secret: string): string {
  return `mitate:capture:${secret}`;
}

export function isValidSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}
