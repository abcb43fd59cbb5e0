export { checkRequest, type RequestCheck } from './request-check.js';
export { checkResponse, checkErrorBody, type SchemaIssue } from './response-check.js';
export { validatorFor, type ValidatedSchema } from './validators.js';
export type { ContractRejection } from './aws-messages.js';
export { decodedLength } from './byte-length.js';
export { operations, errorStatus } from '../../generated/operations.js';
export type {
  OperationName,
  OperationInput,
  OperationOutput,
  OperationShapes,
  ContractErrorName,
} from '../../generated/operations.js';
