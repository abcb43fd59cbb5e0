export { TARGET_PREFIX, operationFromTarget, targetFor } from './targets.js';
export {
  AMZ_JSON_CONTENT_TYPE,
  REQUEST_ID_HEADER,
  errorReply,
  internalErrorReply,
  successReply,
} from './wire-reply.js';
export {
  DEFAULT_MAX_BODY_BYTES,
  MAX_JSON_DEPTH,
  bodyTooLarge,
  checkContentType,
  parseJsonObject,
} from './wire-body.js';
export { createWireHandler, type WireHandlerOptions } from './wire-handler.js';
export type {
  Authenticate,
  Operation,
  OperationContext,
  OperationTable,
  RegionOf,
  WireHandler,
  WireLogger,
  WireRequest,
  WireResponse,
} from './wire-types.js';
export { withoutNulls } from './without-nulls.js';
