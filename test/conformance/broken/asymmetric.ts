/**
 * Deliberately broken targets for the asymmetric checks: each imitates a mistake an emulator of
 * Sign, GenerateMac, GenerateDataKeyPair, RSA encryption or DeriveSharedSecret makes (or could
 * make); the catalogue test names the checks each one must fail.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  bodyOf,
  operationOf,
  requestBodyOf,
  withBody,
  withRequestBody,
  type Mutation,
} from '../harness.js';
import { errorAsSuccess, failure, onSuccess, success } from './replies.js';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

const fakeSuccess = (request: Record<string, unknown>, operation: string) =>
  ({
    Sign: {
      KeyId: request.KeyId,
      Signature: b64(randomBytes(70)),
      SigningAlgorithm: request.SigningAlgorithm,
    },
    Verify: {
      KeyId: request.KeyId,
      SignatureValid: true,
      SigningAlgorithm: request.SigningAlgorithm,
    },
    GenerateMac: {
      KeyId: request.KeyId,
      Mac: b64(randomBytes(32)),
      MacAlgorithm: request.MacAlgorithm,
    },
    VerifyMac: { KeyId: request.KeyId, MacValid: true, MacAlgorithm: request.MacAlgorithm },
    DeriveSharedSecret: {
      KeyId: request.KeyId,
      SharedSecret: b64(randomBytes(32)),
      KeyAgreementAlgorithm: 'ECDH',
      KeyOrigin: 'AWS_KMS',
    },
    Encrypt: {
      KeyId: request.KeyId,
      CiphertextBlob: b64(randomBytes(256)),
      EncryptionAlgorithm: request.EncryptionAlgorithm,
    },
  })[operation] ?? {};

/** CreateKey of `spec` is refused as ValidationException, as by an endpoint that lacks it. */
function refuseKeySpec(spec: string): Mutation {
  return (request, next) =>
    operationOf(request) === 'CreateKey' && requestBodyOf(request).KeySpec === spec
      ? Promise.resolve(failure('ValidationException', `KeySpec ${spec} is not supported`))
      : next(request);
}

let firstPair: Record<string, unknown> | undefined;

export const brokenTargets = {
  /** Signs with garbage: the signature is random bytes of a plausible length. */
  'signature-garbage': () =>
    onSuccess('Sign', (body) => ({ ...body, Signature: b64(randomBytes(71)) })),
  /** Verify accepts anything: a bad signature is SignatureValid true. */
  'verify-accepts-anything': () =>
    errorAsSuccess(['Verify'], 'KMSInvalidSignatureException', fakeSuccess),
  /** Verify answers SignatureValid false instead of KMSInvalidSignatureException. */
  'verify-false-not-error': () =>
    errorAsSuccess(['Verify'], 'KMSInvalidSignatureException', (request) => ({
      KeyId: request.KeyId,
      SignatureValid: false,
      SigningAlgorithm: request.SigningAlgorithm,
    })),
  /** Signs a DIGEST of any length. */
  'digest-unchecked': () => errorAsSuccess(['Sign'], 'ValidationException', fakeSuccess),
  /** RSA Encrypt returns the plaintext padded to the modulus length, not OAEP ciphertext. */
  'rsa-encrypt-plaintext': () =>
    onSuccess('Encrypt', (body, request) =>
      request.EncryptionAlgorithm === undefined
        ? body
        : {
            ...body,
            CiphertextBlob: b64(
              Buffer.concat([Buffer.from(String(request.Plaintext), 'base64'), Buffer.alloc(208)]),
            ),
          },
    ),
  /** RSA Decrypt decrypts with OAEP SHA-1 whatever the request says. */
  'oaep-hash-ignored': () => (request, next) => {
    const body = requestBodyOf(request);
    return next(
      operationOf(request) === 'Decrypt' && body.EncryptionAlgorithm === 'RSAES_OAEP_SHA_256'
        ? withRequestBody(request, { ...body, EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' })
        : request,
    );
  },
  /** No plaintext limit: RSA Encrypt of too much data "succeeds". */
  'no-plaintext-limit': () => errorAsSuccess(['Encrypt'], 'ValidationException', fakeSuccess),
  /** A data key pair whose public key belongs to another private key. */
  'pair-mismatch': () =>
    onSuccess('GenerateDataKeyPair', (body) => ({
      ...body,
      PublicKey: b64(
        generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({
          format: 'der',
          type: 'spki',
        }),
      ),
    })),
  /** The sealed private key is not the plaintext one (another pair's). */
  'sealed-key-differs': () =>
    onSuccess('GenerateDataKeyPair', (body) => ({
      ...body,
      PrivateKeyPlaintext: b64(
        generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({
          format: 'der',
          type: 'pkcs8',
        }),
      ),
    })),
  /** Hands out the same data key pair forever. */
  'stale-pairs': () => {
    firstPair = undefined;
    return onSuccess('GenerateDataKeyPairWithoutPlaintext', (body) => (firstPair ??= body));
  },
  /** VerifyMac accepts any MAC. */
  'mac-accepts-anything': () =>
    errorAsSuccess(['VerifyMac'], 'KMSInvalidMacException', fakeSuccess),
  /** Any MAC algorithm works with any HMAC key. */
  'mac-algorithm-ignored': () =>
    errorAsSuccess(['GenerateMac', 'VerifyMac'], 'InvalidKeyUsageException', fakeSuccess),
  /** DeriveSharedSecret answers random bytes. */
  'shared-secret-random': () =>
    onSuccess('DeriveSharedSecret', (body) => ({ ...body, SharedSecret: b64(randomBytes(32)) })),
  /** Key usage is not enforced for Sign and DeriveSharedSecret. */
  'usage-ignored': () =>
    errorAsSuccess(['Sign', 'DeriveSharedSecret'], 'InvalidKeyUsageException', fakeSuccess),
  /** DryRun is ignored: the operation runs. */
  'dry-run-ignored': () => (request, next) => {
    const body = requestBodyOf(request);
    return next(
      body.DryRun === true ? withRequestBody(request, { ...body, DryRun: false }) : request,
    );
  },
  /** Refuses to create keys of one KeySpec, as an emulator without that key type does. */
  'secp256k1-unsupported': () => refuseKeySpec('ECC_SECG_P256K1'),
  'ed25519-unsupported': () => refuseKeySpec('ECC_NIST_EDWARDS25519'),
  'ml-dsa-unsupported': () => refuseKeySpec('ML_DSA_44'),
  /** Signs ED25519_PH_SHA_512 DIGEST as pure Ed25519 of the digest, not Ed25519ph. */
  'ed25519ph-as-pure': () => (request, next) => {
    const body = requestBodyOf(request);
    return next(
      operationOf(request) === 'Sign' && body.SigningAlgorithm === 'ED25519_PH_SHA_512'
        ? withRequestBody(request, {
            ...body,
            SigningAlgorithm: 'ED25519_SHA_512',
            MessageType: 'RAW',
          })
        : request,
    );
  },
  /** GetPublicKey of an ML-DSA key gives the bare key, not a SubjectPublicKeyInfo. */
  'ml-dsa-bare-public-key': () =>
    onSuccess('GetPublicKey', (body) =>
      String(body.KeySpec).startsWith('ML_DSA')
        ? {
            ...body,
            PublicKey: b64(Buffer.from(String(body.PublicKey), 'base64').subarray(22)),
          }
        : body,
    ),
  /** Signs RSASSA-PSS requests with PKCS #1 v1.5 padding instead. */
  'pss-as-pkcs1': () => (request, next) => {
    const body = requestBodyOf(request);
    const algorithm = String(body.SigningAlgorithm);
    return next(
      operationOf(request) === 'Sign' && algorithm.startsWith('RSASSA_PSS_')
        ? withRequestBody(request, {
            ...body,
            SigningAlgorithm: algorithm.replace('RSASSA_PSS_', 'RSASSA_PKCS1_V1_5_'),
          })
        : request,
    );
  },
  /** Treats MessageType DIGEST as RAW: the digest is hashed again. */
  'digest-hashed-again': () => (request, next) => {
    const body = requestBodyOf(request);
    return next(
      ['Sign', 'Verify'].includes(operationOf(request) ?? '') && body.MessageType === 'DIGEST'
        ? withRequestBody(request, { ...body, MessageType: 'RAW' })
        : request,
    );
  },
  /** Signs and MACs with any algorithm, whatever the key spec (usage is still enforced). */
  'algorithm-unchecked': () => async (request, next) => {
    const reply = await next(request);
    const operation = operationOf(request) ?? '';
    const body = bodyOf(reply);
    if (
      !['Sign', 'Verify', 'GenerateMac', 'VerifyMac'].includes(operation) ||
      body.__type !== 'InvalidKeyUsageException' ||
      !String(body.message).includes('incompatible with key spec')
    )
      return reply;
    return success(fakeSuccess(requestBodyOf(request), operation));
  },
  /** Any DryRun is answered as if the call had run. */
  'dry-run-succeeds': () => async (request, next) => {
    const body = requestBodyOf(request);
    const operation = operationOf(request) ?? '';
    if (body.DryRun !== true) return next(request);
    const reply = await next(withRequestBody(request, { ...body, DryRun: false }));
    return reply.status === 200 ? reply : success(fakeSuccess(body, operation));
  },
  /** Refusals carry a generic message instead of KMS's. */
  'refusal-messages-generic': () => async (request, next) => {
    const reply = await next(request);
    const body = bodyOf(reply);
    if (body.__type !== 'InvalidKeyUsageException' && body.__type !== 'ValidationException')
      return reply;
    return withBody(reply, { ...body, message: 'The request is not valid.' });
  },
} satisfies Record<string, () => Mutation>;

export type BrokenTargetName = keyof typeof brokenTargets;
