export {
  DEFAULT_MAX_BODY_BYTES,
  startServer,
  type ListenOptions,
  type RunningServer,
  type StartServerOptions,
} from './http-server.js';
export {
  HEALTH_PATH,
  createRequestListener,
  type Exchange,
  type RequestListenerOptions,
} from './request-listener.js';
export { DEFAULT_CORS_ORIGINS, CorsOriginError, corsPolicy, type CorsPolicy } from './cors.js';
export { DEFAULT_LIMITS, createByteBudget, type ByteBudget, type ServerLimits } from './limits.js';
export { readBody, type BodyResult } from './read-body.js';
