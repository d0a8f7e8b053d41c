/**
 * The page side's only line out: runtime messages to the background, without the webextension polyfill (this code
 * ships on every Seller Center page, so it stays small). Both Chrome MV3 and Firefox return promises here.
 */
import { REFRESH_MESSAGE, readBadgePush, type BadgePush } from '../../lib/page-view/push';

type Runtime = { sendMessage(message: unknown): Promise<unknown>; onMessage: { addListener(fn: (message: unknown) => void): void; removeListener(fn: (message: unknown) => void): void } };

function runtime(): Runtime | null {
  const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return g.browser?.runtime ?? g.chrome?.runtime ?? null;
}

/** `refused`: the background read the request and turned it down (malformed, not for pages); asking again cannot help. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string; refused: boolean };

/** Error codes of a request the background refuses as it is (lib/protocol/handler.ts). */
const REFUSALS: ReadonlySet<unknown> = new Set(['bad_request', 'forbidden']);

/** Sends one request; never throws (an unreachable or reloaded extension is an error reply). */
export async function ask<T>(message: { type: string } & Record<string, unknown>): Promise<Reply<T>> {
  try {
    const reply = (await runtime()?.sendMessage(message)) as { ok?: unknown; data?: unknown; error?: { message?: unknown; code?: unknown } } | undefined;
    if (reply && reply.ok === true) return { ok: true, data: reply.data as T };
    return { ok: false, error: typeof reply?.error?.message === 'string' ? reply.error.message : 'no reply', refused: REFUSALS.has(reply?.error?.code) };
  } catch (error) {
    return { ok: false, error: String((error as Error)?.message ?? error), refused: false };
  }
}

/** Calls `fn` when the background says fresher views are ready, with the badge views it sent; returns the unsubscribe. */
export function onRefresh(fn: (push: BadgePush | null) => void): () => void {
  const listener = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === REFRESH_MESSAGE) fn(readBadgePush(message));
  };
  runtime()?.onMessage.addListener(listener);
  return () => runtime()?.onMessage.removeListener(listener);
}
