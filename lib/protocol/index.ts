/** One typed, zod-validated message protocol to the background, by sender: content scripts vs Mitate's own pages. */
export {
  requestPayloads,
  contentRequestPayloads,
  extensionRequestPayloads,
  CONTENT_REQUEST_TYPES,
  isContentRequestType,
  responseData,
  requestSchema,
  requestSchemaOf,
  protocolErrorSchema,
  REQUEST_TYPES,
  PROTOCOL_ERROR_CODES,
  type Request,
  type ParsedRequest,
  type RequestType,
  type ContentRequestType,
  type ExtensionRequestType,
  type RequestPayload,
  type ResponseData,
  type ProtocolError,
  type ProtocolResult,
} from './schemas';
export { parseRequest, createHandler, type HandlerDeps, type MessageHandler, type Sender, type FeatureFailure } from './handler';
export type { NoteChange } from '../page-view';
export { createClient, type ProtocolClient } from './client';
export { sendViaWorkerPort, extensionServiceWorker, answerPortRequest, WORKER_PORT_REQUEST_TYPES, type WorkerLike, type PortMessageEvent } from './worker-port';
