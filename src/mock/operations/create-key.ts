import type { OperationInput, OperationOutput } from '../../contract/index.js';
import {
  isHmacKeySpec,
  newHmacKey,
  newKeyId,
  newKeyMaterial,
  newMultiRegionKeyId,
} from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import {
  firstMaterials,
  usagesForKeySpec,
  type KeyRecord,
  type KeyUsage,
} from '../../keystore/index.js';
import type { MockContext } from '../context.js';
import { toKeyMetadata } from '../key-metadata.js';
import { refuseSm2 } from './data-key-pair.js';
import { checkPolicyDocument } from '../key-policy.js';
import { checkTags } from '../tag-rules.js';

/** KeySpec and its deprecated twin CustomerMasterKeySpec must agree when both are given (evidence `model.create-key-request`). */
function chosenSpec(input: OperationInput<'CreateKey'>): string {
  const { KeySpec, CustomerMasterKeySpec } = input;
  if (
    KeySpec !== undefined &&
    CustomerMasterKeySpec !== undefined &&
    KeySpec !== CustomerMasterKeySpec
  ) {
    throw kmsError(
      'ValidationException',
      'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.',
    );
  }
  return KeySpec ?? CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
}

function chosenUsage(spec: string, usage: KeyUsage | undefined): KeyUsage {
  if (usage === undefined) {
    if (spec !== 'SYMMETRIC_DEFAULT')
      throw kmsError(
        'ValidationException',
        'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
      );
    return 'ENCRYPT_DECRYPT';
  }
  if (!usagesForKeySpec(spec)?.includes(usage)) {
    throw kmsError(
      'ValidationException',
      // recorded: TestKMS::test_derive_shared_secret, `response-invalid-key-spec` (no final period)
      `KeyUsage ${usage} is not compatible with KeySpec ${spec}`,
    );
  }
  return usage;
}

/**
 * Creates a key with fresh material: 256 bits for symmetric keys, an HMAC secret for HMAC keys;
 * an asymmetric key gets its pair on first use (asymmetric-rules.ts `keyPairOf`). SM2 is refused
 * (no well-kept library). EXTERNAL keys start PendingImport without material (evidence `docs.key-state-table`); key
 * stores are not emulated.
 */
export async function createKey(
  ctx: MockContext,
  input: OperationInput<'CreateKey'>,
): Promise<OperationOutput<'CreateKey'>> {
  const spec = chosenSpec(input);
  const usage = chosenUsage(spec, input.KeyUsage);
  checkTags(input.Tags);
  checkPolicyDocument(input.Policy);
  const origin = input.Origin ?? 'AWS_KMS';
  if (
    origin === 'AWS_CLOUDHSM' ||
    origin === 'EXTERNAL_KEY_STORE' ||
    input.CustomKeyStoreId !== undefined
  ) {
    throw kmsError(
      'CustomKeyStoreNotFoundException',
      `Custom key store ${input.CustomKeyStoreId ?? '(none given)'} does not exist.`,
    );
  }
  refuseSm2(spec);
  const ours = origin === 'AWS_KMS';
  const material = ours && spec === 'SYMMETRIC_DEFAULT' ? newKeyMaterial() : undefined;
  const macKey = ours && isHmacKeySpec(spec) ? newHmacKey(spec) : undefined;
  const record: KeyRecord = {
    keyId: input.MultiRegion === true ? newMultiRegionKeyId() : newKeyId(),
    createdAt: ctx.now(),
    description: input.Description ?? '',
    keyUsage: usage,
    keySpec: spec,
    origin,
    keyState: origin === 'EXTERNAL' ? 'PendingImport' : 'Enabled',
    multiRegion: input.MultiRegion === true,
    keyManager: 'CUSTOMER',
    ...(material ? { materials: await firstMaterials(material) } : {}),
    ...(macKey ? { macKey } : {}),
    ...(input.Tags
      ? { tags: input.Tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })) }
      : {}),
    ...(input.Policy !== undefined ? { policy: input.Policy } : {}),
  };
  await ctx.store.putKey(record);
  return { KeyMetadata: toKeyMetadata(ctx, record) };
}
