/**
 * `kms-contract`: the contract itself: the operation table, request/response validators built
 * from the spec, the generated wire types, and one error class per wire `__type`.
 *
 * @example
 * import { checkRequest } from 'kms-contract';
 * const result = checkRequest('GenerateDataKey', { KeyId: 'alias/app', NumberOfBytes: 0 });
 * // { ok: false, rejection: { type: 'ValidationException', message: "1 validation error detected: ..." } }
 */
export {
  checkRequest,
  checkResponse,
  checkErrorBody,
  operations,
  errorStatus,
} from './contract/index.js';
export type {
  OperationName,
  OperationInput,
  OperationOutput,
  OperationShapes,
  ContractErrorName,
  RequestCheck,
  SchemaIssue,
  ContractRejection,
} from './contract/index.js';
export type { components, paths } from '../generated/types.js';
export {
  KmsError,
  isKmsError,
  kmsError,
  ERROR_TABLE,
  errorTypeFrom,
  errorMessageFrom,
  sanitizeErrorType,
} from './errors/index.js';
export type { KmsErrorName } from './errors/index.js';
