/** Page/popup side: typed methods over any `send` (e.g. browser.runtime.sendMessage), responses validated too. */
import * as z from 'zod/mini';
import {
  protocolErrorSchema,
  REQUEST_TYPES,
  requestSchemaOf,
  responseData,
  type ProtocolResult,
  type RequestPayload,
  type RequestType,
  type ResponseData,
} from './schemas';

export type ProtocolClient = {
  [T in RequestType]: (payload: RequestPayload<T>) => Promise<ProtocolResult<ResponseData<T>>>;
};

const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: protocolErrorSchema }),
]);

export function createClient(send: (message: unknown) => Promise<unknown>): ProtocolClient {
  const call = async <T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<ProtocolResult<ResponseData<T>>> => {
    const message = { ...payload, type };
    // validate before sending too: a bad call fails here with a clear message instead of at the other end
    const request = requestSchemaOf(type).safeParse(message);
    if (!request.success) {
      const issue = request.error.issues[0];
      return { ok: false, error: { code: 'bad_request', message: `Invalid ${type} field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? ''}` } };
    }
    let raw: unknown;
    try {
      raw = await send(message);
    } catch (error) {
      return { ok: false, error: { code: 'unknown', message: `Could not reach the background: ${String((error as Error)?.message ?? error)}` } };
    }
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) return { ok: false, error: { code: 'bad_response', message: `Malformed ${type} response` } };
    if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
    const data = (responseData[type] as z.ZodMiniType).safeParse(envelope.data.data);
    if (!data.success) {
      const issue = data.error.issues[0];
      return { ok: false, error: { code: 'bad_response', message: `Invalid ${type} response field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? ''}` } };
    }
    return { ok: true, data: data.data as ResponseData<T> };
  };
  return Object.fromEntries(REQUEST_TYPES.map((type) => [type, (payload: never) => call(type, payload)])) as unknown as ProtocolClient;
}
