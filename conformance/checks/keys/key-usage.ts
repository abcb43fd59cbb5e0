import { expectError } from '../../expect.js';
import { CheckFailure, CheckSkipped } from '../../failure.js';
import type { Capability, CheckContext, KeyRef } from '../../types.js';

type KeyFixture = 'asymmetric' | 'sign' | 'hmac';
import { defineCheck, inCase, pass } from '../define.js';

/** The key types a usage rule is checked on, each a fixture the set-up may or may not have made. */
export const KEY_TYPES: ReadonlyArray<[string, KeyFixture, Capability]> = [
  ['RSA_2048 ENCRYPT_DECRYPT', 'asymmetric', 'asymmetric-key'],
  ['ECC_NIST_P256 SIGN_VERIFY', 'sign', 'sign-key'],
  ['HMAC_256 GENERATE_VERIFY_MAC', 'hmac', 'hmac-key'],
];

/**
 * The keys of the listed types the set-up made. A type the endpoint cannot create skips only its
 * part; a 5xx while creating it is a failure, not an excuse. With none made the check is skipped.
 */
export function keysOfTypes(
  ctx: CheckContext,
  types: ReadonlyArray<[string, KeyFixture, Capability]> = KEY_TYPES,
): Array<[string, KeyRef]> {
  const found: Array<[string, KeyRef]> = [];
  const reasons: string[] = [];
  for (const [name, fixture, capability] of types) {
    const key = ctx.fixtures[fixture];
    if (key !== undefined) {
      found.push([name, key]);
      continue;
    }
    const reason = ctx.unavailable[capability] ?? 'not available';
    if (/HTTP 5\d\d/.test(reason))
      throw new CheckFailure(`CreateKey of a ${name} key: a key, or a 4xx refusal`, reason, {
        kind: 'status',
        operation: 'CreateKey',
        actualStatus: Number(/HTTP (5\d\d)/.exec(reason)?.[1]),
      });
    reasons.push(`${capability}: ${reason}`);
  }
  if (found.length === 0) throw new CheckSkipped(reasons.join('; '));
  return found;
}

export default defineCheck({
  id: 'keys.key-usage',
  title: 'GenerateDataKey with an RSA, an ECC signing or an HMAC key gets InvalidKeyUsageException',
  area: 'keys',
  rule: 'GenerateDataKey needs a symmetric ENCRYPT_DECRYPT key: each other key type is refused as InvalidKeyUsageException',
  evidence: ['model.invalid-key-usage', 'recorded.key-usage'],
  severity: 'required',
  async run(ctx) {
    for (const [kind, key] of keysOfTypes(ctx))
      await inCase(`a ${kind} key`, async () =>
        expectError(await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' }), [
          'InvalidKeyUsageException',
        ]),
      );
    return pass();
  },
});
