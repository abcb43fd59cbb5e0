/**
 * Deliberately broken targets for the import checks: each imitates a mistake an emulator of
 * GetParametersForImport, ImportKeyMaterial or DeleteImportedKeyMaterial makes (or could make);
 * the catalogue test names the checks each one must fail.
 */
import { generateKeyPairSync } from 'node:crypto';
import {
  bodyOf,
  operationOf,
  requestBodyOf,
  withBody,
  withRequestBody,
  type Mutation,
} from '../harness.js';
import { errorAsSuccess, success } from './replies.js';

/** A success made from the request: its KeyId, and made-up parameters where they are asked for. */
const madeUp = (request: Record<string, unknown>, operation: string) =>
  operation === 'GetParametersForImport'
    ? { KeyId: request.KeyId, ImportToken: 'AAAA', PublicKey: 'AAAA', ParametersValidTo: 1 }
    : { KeyId: request.KeyId };

/** Answers `operation` with a success and never lets the mock run it. */
function pretend(operation: string): Mutation {
  return async (request, next) =>
    operationOf(request) === operation
      ? success({ KeyId: requestBodyOf(request).KeyId })
      : next(request);
}

export const brokenTargets = {
  /** Imports with any token: another key's, or an altered one. */
  'token-unchecked': () =>
    errorAsSuccess('ImportKeyMaterial', 'InvalidImportTokenException', madeUp),
  /** "Imports" material it cannot unwrap. */
  'wrapping-unchecked': () =>
    errorAsSuccess('ImportKeyMaterial', 'InvalidCiphertextException', madeUp),
  /** Answers ImportKeyMaterial with success and imports nothing: the key stays PendingImport. */
  'import-does-nothing': () => pretend('ImportKeyMaterial'),
  /** Answers DeleteImportedKeyMaterial with success and deletes nothing. */
  'delete-does-nothing': () => pretend('DeleteImportedKeyMaterial'),
  /** Treats a missing ExpirationModel as KEY_MATERIAL_DOES_NOT_EXPIRE. */
  'expiry-defaults-to-never': () => (request, next) => {
    const body = requestBodyOf(request);
    return next(
      operationOf(request) === 'ImportKeyMaterial' && body.ExpirationModel === undefined
        ? withRequestBody(request, { ...body, ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' })
        : request,
    );
  },
  /** Hands out import parameters for keys of any origin. */
  'any-origin': () =>
    errorAsSuccess('GetParametersForImport', 'UnsupportedOperationException', madeUp),
  /** Hands out a public key that is not the one its token unwraps with. */
  'public-key-mismatch': () => async (request, next) => {
    const reply = await next(request);
    if (reply.status !== 200 || operationOf(request) !== 'GetParametersForImport') return reply;
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    return withBody(reply, {
      ...bodyOf(reply),
      PublicKey: other.export({ format: 'der', type: 'spki' }).toString('base64'),
    });
  },
  /** Serves RSA_AES_KEY_WRAP parameters but unwraps as plain RSAES-OAEP. */
  'aes-key-wrap-ignored': () => (request, next) => {
    const body = requestBodyOf(request);
    return next(
      operationOf(request) === 'GetParametersForImport' &&
        body.WrappingAlgorithm === 'RSA_AES_KEY_WRAP_SHA_256'
        ? withRequestBody(request, { ...body, WrappingAlgorithm: 'RSAES_OAEP_SHA_256' })
        : request,
    );
  },
} satisfies Record<string, () => Mutation>;

export type BrokenTargetName = keyof typeof brokenTargets;
