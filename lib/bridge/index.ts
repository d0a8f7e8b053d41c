/**
 * The hand-over channel from the MAIN-world page reader to the isolated content script.
 *
 * Why this shape: both scripts run at document_start, before any page script, so a synchronous
 * CustomEvent handshake at that moment cannot be observed by the page. The isolated side makes a
 * random secret and sends it in that handshake; afterwards the reader dispatches each captured
 * response on an event *named* after the secret. The page cannot listen for a name it never saw,
 * and everything received is size-checked and schema-validated before use, so a forged event can at
 * worst be dropped, never written.
 */
import * as z from 'zod/mini';

import { MAX_CAPTURE_CHARS } from './channel';

export * from './channel';

export const capturedResponseSchema = z.object({
  url: z.string().check(z.maxLength(8_192)),
  method: z.string().check(z.maxLength(16)),
  status: z.number().check(z.int()),
  requestBody: z.nullable(z.string().check(z.maxLength(100_000))),
  body: z.string().check(z.maxLength(MAX_CAPTURE_CHARS)),
});
export type CapturedResponse = z.infer<typeof capturedResponseSchema>;

/** Parses the event detail (a JSON string; objects don't cross worlds) into a captured response, or null. */
export function parseCaptureDetail(detail: unknown): CapturedResponse | null {
  if (typeof detail !== 'string' || detail.length > MAX_CAPTURE_CHARS + 120_000) return null;
  try {
    const parsed = capturedResponseSchema.safeParse(JSON.parse(detail));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Reads JSON text from the page without ever throwing. */
export function parseJsonSafely(text: string | null): unknown {
  if (text == null || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
