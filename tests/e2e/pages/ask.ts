/**
 * The one typed way e2e tests talk to the background: the same protocol client the side panel and dashboard use
 * (lib/protocol createClient, request and response validated by zod), sent from an extension page.
 */
import type { Page } from 'playwright-core';
import { createClient, type ProtocolClient, type ProtocolResult, type RequestPayload, type RequestType, type ResponseData } from '../../../lib/protocol';

type ChromeRuntime = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** A protocol client whose messages are sent from `page` (which must be one of Mitate's extension pages). */
export function clientOn(page: Page): ProtocolClient {
  return createClient((message) => page.evaluate((m) => (globalThis as unknown as ChromeRuntime).chrome.runtime.sendMessage(m), message));
}

/** Sends one request from an extension page and returns the validated result (ok or the background's error). */
export function ask<T extends RequestType>(page: Page, type: T, payload: RequestPayload<T>): Promise<ProtocolResult<ResponseData<T>>> {
  const call = clientOn(page)[type] as (p: RequestPayload<T>) => Promise<ProtocolResult<ResponseData<T>>>;
  return call(payload);
}

/** As `ask`, for requests that must succeed: returns the data, or throws with the background's error. */
export async function askOk<T extends RequestType>(page: Page, type: T, payload: RequestPayload<T>): Promise<ResponseData<T>> {
  const reply = await ask(page, type, payload);
  if (!reply.ok) throw new Error(`${type} failed: ${JSON.stringify(reply.error)}`);
  return reply.data;
}
