import type { OperationInput } from '../../contract/index.js';
import { HMAC_KEY_SPECS, isHmacKeySpec, type MacAlgorithm } from '../../crypto/index.js';
import type { KeyRecord } from '../../keystore/index.js';
import { fromWire } from '../blobs.js';
import type { MockContext } from '../context.js';
import { resolveKey } from '../resolve-key.js';
import { incompatibleAlgorithm, macKeyOf, usableKey } from './asymmetric-rules.js';

/**
 * What GenerateMac and VerifyMac share: an Enabled GENERATE_VERIFY_MAC key and the one MAC
 * algorithm of its spec (recorded: TestKMS::test_invalid_generate_mac[HMAC_224-HMAC_SHA_256],
 * InvalidKeyUsageException `Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224.`).
 */
export async function macRequest(
  ctx: MockContext,
  input: OperationInput<'GenerateMac'> | OperationInput<'VerifyMac'>,
  operation: 'GenerateMac' | 'VerifyMac',
): Promise<{ key: KeyRecord; secret: Uint8Array; algorithm: MacAlgorithm; message: Uint8Array }> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
  usableKey(ctx, key, 'GENERATE_VERIFY_MAC', operation);
  const algorithm = input.MacAlgorithm;
  if (!isHmacKeySpec(key.keySpec) || HMAC_KEY_SPECS[key.keySpec].algorithm !== algorithm) {
    throw incompatibleAlgorithm(algorithm, key.keySpec);
  }
  return { key, secret: macKeyOf(ctx, key), algorithm, message: fromWire(input.Message) };
}
