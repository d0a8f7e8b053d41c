/** One typed, zod-validated message protocol between content scripts, popup, options page and background. */
export {
  requestPayloads,
  responseData,
  requestSchema,
  requestSchemaOf,
  protocolErrorSchema,
  REQUEST_TYPES,
  PROTOCOL_ERROR_CODES,
  type Request,
  type ParsedRequest,
  type RequestType,
  type RequestPayload,
  type ResponseData,
  type ProtocolError,
  type ProtocolResult,
} from './schemas';
export { parseRequest, createHandler, type HandlerDeps } from './handler';
export { createClient, type ProtocolClient } from './client';
