/**
 * Deliberately broken targets for the checks that close the coverage gaps (key lifecycle, paging,
 * key id forms, regions, metadata, key states, key usage, imports, aliases, tags, blob bounds,
 * messages). Each is one mistake an emulator makes, as a rewrite around the honest mock.
 */
import { newKeyMaterial } from '../../../src/crypto/index.js';
import { firstMaterials } from '../../../src/keystore/index.js';
import {
  bodyOf,
  operationOf,
  requestBodyOf,
  withBody,
  withRequestBody,
  type Mutation,
} from '../harness.js';
import { failure, onSuccess, success } from './replies.js';

/** Drops `members` from the request body of `operation`. */
function dropRequestMembers(operation: string, members: readonly string[]): Mutation {
  return (request, next) => {
    if (operationOf(request) !== operation) return next(request);
    const body = requestBodyOf(request);
    for (const m of members) delete body[m];
    return next(withRequestBody(request, body));
  };
}

/** The checks these targets prove (test/conformance/coverage.test.ts); other catalogues leave them out. */
export const COVERAGE_CHECKS: readonly string[] = [
  'keys.lifecycle',
  'keys.paging',
  'keys.malformed-key-ids',
  'keys.other-region-id',
  'keys.metadata-per-type',
  'keys.state-after-blob',
  'keys.key-usage-operations',
  'keys.pending-import',
  'keys.aliases',
  'keys.create-key-tags',
  'keys.create-key-duplicate-tags',
  'binding.decrypt-algorithm',
  'binding.truncated-extended',
  'validation.ciphertext-bounds',
  'messages.other-region-arn',
  'messages.key-material-id',
  'messages.validation-member-name',
  'keys.multi-region-replica',
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const coverageTargets = {
  /** CancelKeyDeletion re-enables the key (a common shortcut). */
  'cancel-enables': () => async (request, next, engine) => {
    const reply = await next(request);
    if (operationOf(request) === 'CancelKeyDeletion' && reply.status === 200)
      await engine.call('EnableKey', { KeyId: String(requestBodyOf(request)['KeyId']) });
    return reply;
  },
  /** ScheduleKeyDeletion of a key already pending deletion succeeds again. */
  'schedule-twice-succeeds': () => async (request, next) => {
    const reply = await next(request);
    if (
      operationOf(request) !== 'ScheduleKeyDeletion' ||
      bodyOf(reply)['__type'] !== 'KMSInvalidStateException'
    )
      return reply;
    return success({ KeyId: requestBodyOf(request)['KeyId'], KeyState: 'PendingDeletion' });
  },
  /** ListKeys and ListAliases ignore Limit: everything in one page. */
  'limit-ignored': () => async (request, next) =>
    ['ListKeys', 'ListAliases'].includes(operationOf(request) ?? '')
      ? next(
          withRequestBody(request, {
            ...requestBodyOf(request),
            Limit: undefined,
            Marker: undefined,
          }),
        )
      : next(request),
  /** ListAliases ignores its KeyId filter. */
  'alias-filter-ignored': () => dropRequestMembers('ListAliases', ['KeyId']),
  /** Key ids that are no key id form at all get ValidationException (a format check first). */
  'key-ids-validated': () => async (request, next) => {
    const keyId = requestBodyOf(request)['KeyId'];
    if (
      operationOf(request) === 'DescribeKey' &&
      typeof keyId === 'string' &&
      !UUID.test(keyId) &&
      !/^mrk-[0-9a-f]{32}$/.test(keyId) &&
      !keyId.startsWith('arn:') &&
      !keyId.startsWith('alias/')
    )
      return failure('ValidationException', `Invalid key id ${keyId}`);
    return next(request);
  },
  /** Resolves a key ARN by its key id alone, whatever account it names. */
  'account-ignored': () => async (request, next) => {
    const body = requestBodyOf(request);
    const keyId = body['KeyId'];
    if (typeof keyId === 'string' && keyId.startsWith('arn:')) {
      const parts = keyId.split(':');
      parts[4] = '111122223333';
      return next(withRequestBody(request, { ...body, KeyId: parts.join(':') }));
    }
    return next(request);
  },
  /** Adds a MultiRegionConfiguration to every key's metadata. */
  'multi-region-config-everywhere': () =>
    onSuccess('DescribeKey', (body) => {
      const metadata = body['KeyMetadata'] as Record<string, unknown>;
      return {
        ...body,
        KeyMetadata: {
          ...metadata,
          MultiRegionConfiguration: metadata['MultiRegionConfiguration'] ?? {
            MultiRegionKeyType: 'PRIMARY',
            PrimaryKey: { Arn: metadata['Arn'], Region: 'us-east-1' },
            ReplicaKeys: [],
          },
        },
      };
    }),
  /** Leaves CurrentKeyMaterialId out of KeyMetadata, and KeyMaterialId out of Decrypt. */
  'no-key-material-ids': () => async (request, next) => {
    const reply = await next(request);
    if (reply.status !== 200) return reply;
    const body = bodyOf(reply);
    if (operationOf(request) === 'Decrypt') delete body['KeyMaterialId'];
    const metadata = body['KeyMetadata'] as Record<string, unknown> | undefined;
    if (metadata) delete metadata['CurrentKeyMaterialId'];
    return withBody(reply, body);
  },
  /** Decrypt and ReEncrypt open a blob whatever state its key is now in (checked only when made). */
  'state-checked-only-on-encrypt': () => async (request, next, engine) => {
    const operation = operationOf(request) ?? '';
    if (operation !== 'Decrypt' && operation !== 'ReEncrypt') return next(request);
    const listed = await engine.call('ListKeys', {});
    const changed: string[] = [];
    for (const { KeyId } of listed.Keys ?? []) {
      const state = (await engine.call('DescribeKey', { KeyId: String(KeyId) })).KeyMetadata
        ?.KeyState;
      if (state === 'Disabled' || state === 'PendingDeletion') {
        if (state === 'PendingDeletion')
          await engine.call('CancelKeyDeletion', { KeyId: String(KeyId) });
        await engine.call('EnableKey', { KeyId: String(KeyId) });
        changed.push(String(KeyId));
      }
    }
    try {
      return await next(request);
    } finally {
      for (const KeyId of changed) await engine.call('DisableKey', { KeyId });
    }
  },
  /** Decrypt ignores EncryptionAlgorithm. */
  'decrypt-algorithm-ignored': () => dropRequestMembers('Decrypt', ['EncryptionAlgorithm']),
  /** Blobs outside 1..6144 bytes reach the decryption code: InvalidCiphertextException, not ValidationException. */
  'blob-bounds-unchecked': () => async (request, next) => {
    const blob = requestBodyOf(request)['CiphertextBlob'];
    if (operationOf(request) === 'Decrypt' && typeof blob === 'string') {
      const size = Buffer.from(blob, 'base64').length;
      if (size === 0 || size > 6144) return failure('InvalidCiphertextException', '');
    }
    return next(request);
  },
  /** A blob too short to hold a header crashes the parser: HTTP 500. */
  'short-blob-crashes': () => async (request, next) => {
    const blob = requestBodyOf(request)['CiphertextBlob'];
    if (
      operationOf(request) === 'Decrypt' &&
      typeof blob === 'string' &&
      Buffer.from(blob, 'base64').length < 40
    )
      return failure('KMSInternalException', 'index out of range', { status: 500 });
    return next(request);
  },
  /** Usage errors reported as ValidationException. */
  'key-usage-as-validation': () => async (request, next) => {
    const reply = await next(request);
    return bodyOf(reply)['__type'] === 'InvalidKeyUsageException'
      ? failure('ValidationException', 'key usage')
      : reply;
  },
  /** A wrong key named on Decrypt or ReEncrypt reported as InvalidCiphertextException. */
  'incorrect-key-as-invalid-ciphertext': () => async (request, next) => {
    const reply = await next(request);
    return bodyOf(reply)['__type'] === 'IncorrectKeyException'
      ? failure('InvalidCiphertextException', '')
      : reply;
  },
  /** Origin EXTERNAL is ignored: the key is made with material and starts Enabled. */
  'external-origin-ignored': () => dropRequestMembers('CreateKey', ['Origin']),
  /** ListAliases names the target by key ARN. */
  'alias-target-arn': () =>
    onSuccess('ListAliases', (body) => ({
      ...body,
      Aliases: (body['Aliases'] as Array<Record<string, unknown>>).map((a) =>
        typeof a['TargetKeyId'] === 'string' && typeof a['AliasArn'] === 'string'
          ? {
              ...a,
              TargetKeyId: String(a['AliasArn']).replace(
                /:alias\/.*$/,
                `:key/${String(a['TargetKeyId'])}`,
              ),
            }
          : a,
      ),
    })),
  /** Alias names without the alias/ prefix get it added. */
  'alias-prefix-added': () => async (request, next) => {
    const body = requestBodyOf(request);
    const name = body['AliasName'];
    if (
      operationOf(request) === 'CreateAlias' &&
      typeof name === 'string' &&
      !name.startsWith('alias/')
    )
      return next(withRequestBody(request, { ...body, AliasName: `alias/${name}` }));
    return next(request);
  },
  /** Tags are stored without any rule. */
  'tags-unchecked': () => dropRequestMembers('CreateKey', ['Tags']),
  /** A request signed for another region is answered from this one. */
  'region-ignored': () => (request, next) => {
    const authorization = request.headers['authorization'];
    return next(
      authorization === undefined
        ? request
        : {
            ...request,
            headers: {
              ...request.headers,
              authorization: authorization.replace(
                /\/[a-z0-9-]+\/kms\/aws4_request/,
                '/us-east-1/kms/aws4_request',
              ),
            },
          },
    );
  },
  /**
   * ReplicateKey makes a new key under the same id with fresh material, so a ciphertext of one
   * Region does not open in the other.
   */
  'replica-own-material': () => async (request, next, engine) => {
    const reply = await next(request);
    if (operationOf(request) !== 'ReplicateKey' || reply.status !== 200) return reply;
    const region = String(requestBodyOf(request)['ReplicaRegion']);
    const metadata = bodyOf(reply)['ReplicaKeyMetadata'] as { KeyId?: string };
    const store = engine.stores.region(region);
    const replica = await store.getKey(metadata.KeyId ?? '');
    if (replica)
      await store.putKey({ ...replica, materials: await firstMaterials(newKeyMaterial()) });
    return reply;
  },
  /** Other-region ARNs get a generic message. */
  'region-message-generic': () => async (request, next) => {
    const reply = await next(request);
    return bodyOf(reply)['__type'] === 'NotFoundException'
      ? failure('NotFoundException', 'Key not found')
      : reply;
  },
  /** ValidationException messages say nothing about the member. */
  'validation-message-generic': () => async (request, next) => {
    const reply = await next(request);
    return bodyOf(reply)['__type'] === 'ValidationException'
      ? failure('ValidationException', 'Invalid request')
      : reply;
  },
} satisfies Record<string, () => Mutation>;

export type CoverageTargetName = keyof typeof coverageTargets;
