/**
 * Isolated side of the page-reader channel (see lib/bridge for why it is safe). Must be called synchronously at
 * document_start, before any page script can run. lib/bridge/detail.ts checks shape, size and host (no schema
 * library on the page); the background validates every field again before use.
 */
import { HANDSHAKE_ACK, HANDSHAKE_READER_READY, HANDSHAKE_SECRET, captureEventName } from '../../lib/bridge/channel';
import { readCaptureDetail, type CaptureDetail } from '../../lib/bridge/detail';

export type ReceivedCapture = CaptureDetail;

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
