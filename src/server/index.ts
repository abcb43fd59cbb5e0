export {
  DEFAULT_MAX_BODY_BYTES,
  createRequestListener,
  startServer,
  type ListenOptions,
  type RequestListenerOptions,
  type RunningServer,
  type StartServerOptions,
} from './http-server.js';
export { readBody, type BodyResult } from './read-body.js';
