/**
 * Deliberately broken targets for the crypto, binding, randomness, keys and messages checks. Each
 * is a small rewrite of requests or replies around the honest mock, imitating a mistake a real
 * emulator makes (or could make); the catalogue test names the checks each one must fail.
 */
import { randomBytes } from 'node:crypto';
import type { WireResponse } from '../../../src/protocol/index.js';
import {
  bodyOf,
  operationOf,
  requestBodyOf,
  withBody,
  withRequestBody,
  type Mutation,
} from '../harness.js';
import { failure, onSuccess, success } from './replies.js';

const CRYPTO_OPERATIONS = new Set([
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'Encrypt',
  'Decrypt',
  'ReEncrypt',
]);
const CONTEXT_MEMBERS = [
  'EncryptionContext',
  'SourceEncryptionContext',
  'DestinationEncryptionContext',
] as const;
const KEY_MEMBERS = ['KeyId', 'SourceKeyId', 'DestinationKeyId'] as const;
const KEY_ARN = /^arn:[^:]+:kms:[^:]*:[^:]*:key\/(.+)$/;

function isError(reply: WireResponse, type: string): boolean {
  return reply.status >= 300 && bodyOf(reply).__type === type;
}

const fromBase64 = (text: unknown) => new Uint8Array(Buffer.from(String(text), 'base64'));
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Rewrites the request body of crypto operations. */
function onCryptoRequest(
  rewrite: (body: Record<string, unknown>, operation: string) => Record<string, unknown>,
): Mutation {
  return (request, next) => {
    const operation = operationOf(request) ?? '';
    return next(
      CRYPTO_OPERATIONS.has(operation)
        ? withRequestBody(request, rewrite(requestBodyOf(request), operation))
        : request,
    );
  };
}

/** Rewrites error replies of one type. */
function onError(type: string, rewrite: (reply: WireResponse) => WireResponse): Mutation {
  return async (request, next) => {
    const reply = await next(request);
    return isError(reply, type) ? rewrite(reply) : reply;
  };
}

function without(
  body: Record<string, unknown>,
  members: readonly string[],
): Record<string, unknown> {
  const copy = { ...body };
  for (const m of members) delete copy[m];
  return copy;
}

/**
 * A data-key generator with another plaintext, kept consistent: the new key is sealed by the honest
 * engine's Encrypt under the same key and context, so round trips still work and only the
 * randomness checks can tell.
 */
function dataKeysFrom(make: (honest: Uint8Array, call: number) => Uint8Array): Mutation {
  let calls = 0;
  return async (request, next, engine) => {
    const reply = await next(request);
    if (reply.status !== 200 || operationOf(request) !== 'GenerateDataKey') return reply;
    const body = bodyOf(reply);
    const plaintext = make(fromBase64(body.Plaintext), (calls += 1));
    const context = requestBodyOf(request).EncryptionContext;
    const sealed = await engine.call('Encrypt', {
      KeyId: body.KeyId,
      Plaintext: toBase64(plaintext),
      ...(context ? { EncryptionContext: context } : {}),
    });
    return withBody(reply, {
      ...body,
      Plaintext: toBase64(plaintext),
      CiphertextBlob: sealed.CiphertextBlob,
    });
  };
}

/** Blobs are changed on the way out and changed back on the way in. */
function blobWrapper(
  wrap: (
    blob: Uint8Array,
    request: Record<string, unknown>,
    reply: Record<string, unknown>,
  ) => Uint8Array,
  unwrap: (blob: Uint8Array) => Uint8Array,
): Mutation {
  return async (request, next) => {
    const operation = operationOf(request) ?? '';
    let body = requestBodyOf(request);
    if (
      (operation === 'Decrypt' || operation === 'ReEncrypt') &&
      typeof body.CiphertextBlob === 'string'
    ) {
      body = { ...body, CiphertextBlob: toBase64(unwrap(fromBase64(body.CiphertextBlob))) };
    }
    const reply = await next(withRequestBody(request, body));
    if (
      reply.status !== 200 ||
      !['GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'Encrypt', 'ReEncrypt'].includes(
        operation,
      )
    )
      return reply;
    const out = bodyOf(reply);
    return withBody(reply, {
      ...out,
      CiphertextBlob: toBase64(wrap(fromBase64(out.CiphertextBlob), requestBodyOf(request), out)),
    });
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Blobs this target made, wrapped → honest, so it can hand the honest mock its own blobs back. */
function plaintextInBlob(): Mutation {
  const honest = new Map<string, Uint8Array>();
  return blobWrapper(
    (blob, request, reply) => {
      const plaintext = fromBase64(request.Plaintext ?? reply.Plaintext ?? '');
      const wrapped = concat(blob, plaintext);
      honest.set(toBase64(wrapped), blob);
      return wrapped;
    },
    (blob) => honest.get(toBase64(blob)) ?? blob,
  );
}

const TRAILER = new TextEncoder().encode('trailer!');

/** Each broken target as a factory, so every target starts with its own state. */
export const brokenTargets = {
  /** Ignores EncryptionContext everywhere: any context decrypts anything. */
  'context-ignored': () => onCryptoRequest((body) => without(body, CONTEXT_MEMBERS)),
  /** Binds the context on GenerateDataKey/Encrypt but never sends it to the decryption step. */
  'context-dropped-on-decrypt': () =>
    onCryptoRequest((body, operation) =>
      operation === 'Decrypt' ? without(body, ['EncryptionContext']) : body,
    ),
  /** Serialises the context by naive concatenation of sorted keys and values, so {ab:c} = {a:bc}. */
  'context-concatenated': () =>
    onCryptoRequest((body) => {
      const copy = { ...body };
      for (const member of CONTEXT_MEMBERS) {
        const context = copy[member] as Record<string, string> | undefined;
        if (context && Object.keys(context).length > 0) {
          copy[member] = {
            context: Object.keys(context)
              .sort()
              .map((k) => `${k}${context[k] ?? ''}`)
              .join(''),
          };
        }
      }
      return copy;
    }),
  /** Decrypt answers someone else's plaintext: fresh bytes of the same length. */
  'decrypt-wrong-plaintext': () =>
    onSuccess(['Decrypt'], (body) => ({
      ...body,
      Plaintext: toBase64(randomBytes(fromBase64(body.Plaintext).length)),
    })),
  /** Names the key by its bare id instead of its ARN in every reply. */
  'key-id-bare': () =>
    onSuccess([...CRYPTO_OPERATIONS], (body) => {
      const copy = { ...body };
      for (const m of KEY_MEMBERS)
        if (typeof copy[m] === 'string') copy[m] = (copy[m] as string).replace(KEY_ARN, '$1');
      return copy;
    }),
  /** Answers an unknown key with AccessDeniedException instead of NotFoundException. */
  'not-found-as-access-denied': () =>
    onError('NotFoundException', (reply) =>
      failure('AccessDeniedException', String(bodyOf(reply).message ?? ''), {
        headers: reply.headers,
      }),
    ),
  /** Does not track key state: a disabled or pending-deletion key is switched back on when used. */
  'state-ignored': () => async (request, next, engine) => {
    const operation = operationOf(request) ?? '';
    const keyId = requestBodyOf(request).KeyId;
    if (CRYPTO_OPERATIONS.has(operation) && typeof keyId === 'string') {
      const described = await engine.call('DescribeKey', { KeyId: keyId }).catch(() => undefined);
      const state = described?.KeyMetadata?.KeyState;
      if (state === 'PendingDeletion') await engine.call('CancelKeyDeletion', { KeyId: keyId });
      if (state === 'PendingDeletion' || state === 'Disabled')
        await engine.call('EnableKey', { KeyId: keyId });
    }
    return next(request);
  },
  /** Answers a Decrypt naming the wrong key with InvalidCiphertextException, as emulators do. */
  'incorrect-key-as-invalid-ciphertext': () =>
    onError('IncorrectKeyException', (reply) =>
      failure('InvalidCiphertextException', undefined, { headers: reply.headers }),
    ),
  /** Ignores DryRun: the call really happens. */
  'dry-run-ignored': () => onCryptoRequest((body) => without(body, ['DryRun'])),
  /** Honours DryRun on GenerateDataKey but decrypts for real on Decrypt. */
  'dry-run-ignored-on-decrypt': () =>
    onCryptoRequest((body, operation) =>
      operation === 'Decrypt' ? without(body, ['DryRun']) : body,
    ),
  /** Answers every DryRun with DryRunOperationException before checking whether the call would succeed. */
  'dry-run-first': () => async (request, next) =>
    CRYPTO_OPERATIONS.has(operationOf(request) ?? '') && requestBodyOf(request).DryRun === true
      ? failure(
          'DryRunOperationException',
          'The request would have succeeded, but the DryRun option is set.',
        )
      : next(request),
  /** Treats DryRun as "answer 200 and do nothing", whether or not the call would succeed. */
  'dry-run-succeeds': () => async (request, next) =>
    CRYPTO_OPERATIONS.has(operationOf(request) ?? '') && requestBodyOf(request).DryRun === true
      ? success({})
      : next(request),
  /** Carries the plaintext in the blob, after the honest ciphertext. */
  'plaintext-in-blob': () => plaintextInBlob(),
  /** Appends an unauthenticated 8-byte trailer to every blob and drops the last 8 bytes of any blob it is given. */
  'unauthenticated-trailer': () =>
    blobWrapper(
      (blob) => concat(blob, TRAILER),
      (blob) =>
        blob.length > TRAILER.length ? blob.subarray(0, blob.length - TRAILER.length) : blob,
    ),
  /** Decrypt leaves out EncryptionAlgorithm. */
  'decrypt-without-algorithm': () =>
    onSuccess(['Decrypt'], (body) => without(body, ['EncryptionAlgorithm'])),
  /** Hands out data keys under any key, whatever its usage or spec (an unsealed random "blob"). */
  'key-usage-ignored': () => async (request, next, engine) => {
    const reply = await next(request);
    if (operationOf(request) !== 'GenerateDataKey' || !isError(reply, 'InvalidKeyUsageException'))
      return reply;
    const body = requestBodyOf(request);
    const described = await engine.call('DescribeKey', { KeyId: String(body.KeyId) });
    const length =
      typeof body.NumberOfBytes === 'number'
        ? body.NumberOfBytes
        : body.KeySpec === 'AES_128'
          ? 16
          : 32;
    return success({
      CiphertextBlob: toBase64(randomBytes(184)),
      Plaintext: toBase64(randomBytes(length)),
      KeyId: described.KeyMetadata?.Arn,
    });
  },
  /** Resolves a key ARN by its key id alone, whatever region it names (moto). */
  'region-ignored': () =>
    onCryptoRequest((body) => {
      const copy = { ...body };
      for (const m of KEY_MEMBERS)
        if (typeof copy[m] === 'string') copy[m] = (copy[m] as string).replace(KEY_ARN, '$1');
      return copy;
    }),
  /** Knows only UUID key ids: a multi-Region mrk- id is not found. */
  'mrk-unsupported': () => async (request, next) => {
    const keyId = requestBodyOf(request).KeyId;
    if (
      CRYPTO_OPERATIONS.has(operationOf(request) ?? '') &&
      typeof keyId === 'string' &&
      /(^|key\/)mrk-/.test(keyId)
    ) {
      return failure('NotFoundException', `Invalid keyId '${keyId}'`);
    }
    return next(request);
  },
  /** Serves GenerateDataKeyWithoutPlaintext as GenerateDataKey, plaintext included. */
  'without-plaintext-leaks': () => (request, next) =>
    operationOf(request) === 'GenerateDataKeyWithoutPlaintext'
      ? next({
          ...request,
          headers: { ...request.headers, 'x-amz-target': 'TrentService.GenerateDataKey' },
        })
      : next(request),
  /** Gives multi-Region keys UUID-shaped ids (mrk-<8-4-4-4-12>, as moto does); they work otherwise. */
  'mrk-id-malformed': () => async (request, next) => {
    const text = new TextDecoder()
      .decode(request.body)
      .replace(
        /mrk-([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})/g,
        'mrk-$1$2$3$4$5',
      );
    const reply = await next({ ...request, body: new TextEncoder().encode(text) });
    return {
      ...reply,
      body: reply.body.replace(
        /mrk-([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})/g,
        'mrk-$1-$2-$3-$4-$5',
      ),
    };
  },
  /** Ignores KeySpec and NumberOfBytes: every data key is 32 bytes (localstack#10126). */
  'fixed-length-keys': () => (request, next) => {
    const operation = operationOf(request);
    if (operation !== 'GenerateDataKey' && operation !== 'GenerateDataKeyWithoutPlaintext')
      return next(request);
    return next(
      withRequestBody(request, {
        ...without(requestBodyOf(request), ['NumberOfBytes']),
        KeySpec: 'AES_256',
      }),
    );
  },
  /**
   * Every 8th GenerateDataKey by KeySpec replays an earlier reply to the same request. Requests by
   * NumberOfBytes (the statistical checks' pool) stay honest, so which checks fail does not depend
   * on chance: duplicated bytes in the pool can push the chi-square over its bound, or not.
   */
  'repeating-keys': () => {
    const earlier = new Map<string, WireResponse>();
    let calls = 0;
    const mutation: Mutation = async (request, next) => {
      if (operationOf(request) !== 'GenerateDataKey') return next(request);
      const body = requestBodyOf(request);
      if (body['NumberOfBytes'] !== undefined) return next(request);
      const ask = JSON.stringify(body);
      const replay = earlier.get(ask);
      calls += 1;
      if (replay && calls % 8 === 0) return replay;
      const reply = await next(request);
      if (reply.status === 200) earlier.set(ask, reply);
      return reply;
    };
    return mutation;
  },
  /** A generator that loses the top bit of every byte. */
  'biased-keys': () => dataKeysFrom((honest) => honest.map((b) => b & 0x7f)),
  /** Data keys that are a counter: zeros with the call number in the last four bytes. */
  'counter-keys': () =>
    dataKeysFrom((honest, call) => {
      const key = new Uint8Array(honest.length);
      for (let i = 0; i < 4 && i < key.length; i += 1)
        key[key.length - 1 - i] = (call >>> (8 * i)) & 0xff;
      return key;
    }),
  /** Puts a message on InvalidCiphertextException. */
  'invalid-ciphertext-with-message': () =>
    onError('InvalidCiphertextException', (reply) =>
      failure('InvalidCiphertextException', 'The ciphertext is invalid.', {
        headers: reply.headers,
      }),
    ),
  /** Names the key by its bare id in error messages. */
  'messages-name-bare-id': () => async (request, next) => {
    const reply = await next(request);
    if (reply.status < 300) return reply;
    const body = bodyOf(reply);
    return typeof body.message === 'string'
      ? withBody(reply, {
          ...body,
          message: body.message.replace(/arn:[^:]+:kms:[^:]*:[^:]*:key\//g, ''),
        })
      : reply;
  },
} satisfies Record<string, () => Mutation>;

export type BrokenTargetName = keyof typeof brokenTargets;
