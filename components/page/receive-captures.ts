/**
 * Isolated side of the page-reader channel (see lib/bridge for why it is safe). Must be called synchronously at
 * document_start, before any page script can run. Checks shape and size by hand (no schema library on the page);
 * the background validates every field again before use.
 */
import { HANDSHAKE_ACK, HANDSHAKE_READER_READY, HANDSHAKE_SECRET, MAX_CAPTURE_CHARS, captureEventName } from '../../lib/bridge/channel';

export interface ReceivedCapture {
  url: string;
  method: string;
  status: number;
  requestBody: string | null;
  body: string;
  /** the page reader saw an answer over the size bound: only its length comes through */
  tooLarge: number | null;
}

export function readCaptureDetail(detail: unknown): ReceivedCapture | null {
  if (typeof detail !== 'string' || detail.length > MAX_CAPTURE_CHARS + 120_000) return null;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.url !== 'string' || v.url.length > 4_096) return null;
  if (typeof v.method !== 'string' || v.method.length > 16) return null;
  if (typeof v.status !== 'number' || !Number.isInteger(v.status)) return null;
  if (v.requestBody !== null && (typeof v.requestBody !== 'string' || v.requestBody.length > 100_000)) return null;
  if (typeof v.body !== 'string' || v.body.length > MAX_CAPTURE_CHARS) return null;
  const tooLarge = typeof v.tooLarge === 'number' && Number.isInteger(v.tooLarge) && v.tooLarge >= 0 ? v.tooLarge : null;
  return { url: v.url, method: v.method, status: v.status, requestBody: v.requestBody as string | null, body: v.body, tooLarge };
}

export function receiveCaptures(onCapture: (capture: ReceivedCapture) => void): () => void {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const secret = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const name = captureEventName(secret);
  let done = false;
  const sendSecret = () => {
    if (!done) document.dispatchEvent(new CustomEvent(HANDSHAKE_SECRET, { detail: secret }));
  };
  // Whichever script runs second completes the handshake; the secret is given out at most once after an ack.
  const onReaderReady = () => {
    sendSecret();
    document.removeEventListener(HANDSHAKE_READER_READY, onReaderReady);
  };
  const onAck = () => {
    done = true;
    document.removeEventListener(HANDSHAKE_ACK, onAck);
    document.removeEventListener(HANDSHAKE_READER_READY, onReaderReady);
  };
  const onCaptureEvent = (event: Event) => {
    const capture = readCaptureDetail((event as CustomEvent).detail);
    if (capture) onCapture(capture);
  };
  document.addEventListener(name, onCaptureEvent);
  document.addEventListener(HANDSHAKE_ACK, onAck);
  document.addEventListener(HANDSHAKE_READER_READY, onReaderReady);
  sendSecret();
  return () => document.removeEventListener(name, onCaptureEvent);
}
