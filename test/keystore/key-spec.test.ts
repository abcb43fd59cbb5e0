// The key spec table against the spec's enums (read from the bundled spec, not from the generated
// types the table is typed by), and the usages and algorithms DescribeKey reports per spec.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  KEY_SPEC_TABLE,
  KEY_SPECS,
  KEY_USAGES,
  algorithmsFor,
  isKeySpec,
  usagesForKeySpec,
} from '../../src/keystore/key-spec.js';

const schemas = (
  JSON.parse(
    readFileSync(new URL('../../generated/kms.openapi.json', import.meta.url), 'utf8'),
  ) as { components: { schemas: Record<string, { enum?: string[] }> } }
).components.schemas;
const enumOf = (name: string): string[] => schemas[name]?.enum ?? [];

describe('key spec table', () => {
  it("has a row for exactly the spec's KeySpec values", () => {
    expect([...KEY_SPECS].sort()).toEqual(enumOf('KeySpec').sort());
  });

  it("lists exactly the spec's KeyUsageType values", () => {
    expect([...KEY_USAGES].sort()).toEqual(enumOf('KeyUsageType').sort());
  });

  it.each([
    ['ENCRYPT_DECRYPT', 'EncryptionAlgorithmSpec'],
    ['SIGN_VERIFY', 'SigningAlgorithmSpec'],
    ['GENERATE_VERIFY_MAC', 'MacAlgorithmSpec'],
    ['KEY_AGREEMENT', 'KeyAgreementAlgorithmSpec'],
  ] as const)('names only %s algorithms of the enum %s', (usage, enumName) => {
    const known = new Set(enumOf(enumName));
    for (const spec of KEY_SPECS)
      for (const algorithm of algorithmsFor(spec, usage) ?? [])
        expect({ spec, algorithm, known: known.has(algorithm) }).toEqual({
          spec,
          algorithm,
          known: true,
        });
  });

  it.each([
    ['SYMMETRIC_DEFAULT', ['ENCRYPT_DECRYPT']],
    ['RSA_2048', ['ENCRYPT_DECRYPT', 'SIGN_VERIFY']],
    ['ECC_NIST_P384', ['SIGN_VERIFY', 'KEY_AGREEMENT']],
    ['ECC_SECG_P256K1', ['SIGN_VERIFY']],
    ['ECC_NIST_EDWARDS25519', ['SIGN_VERIFY']],
    ['HMAC_512', ['GENERATE_VERIFY_MAC']],
    ['SM2', ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT']],
    ['ML_DSA_65', ['SIGN_VERIFY']],
  ])('%s allows %j', (spec, usages) => {
    expect(usagesForKeySpec(spec)).toEqual(usages);
  });

  it.each([
    ['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', ['SYMMETRIC_DEFAULT']],
    ['RSA_3072', 'ENCRYPT_DECRYPT', ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']],
    ['ECC_NIST_P521', 'SIGN_VERIFY', ['ECDSA_SHA_512']],
    ['ECC_NIST_P256', 'KEY_AGREEMENT', ['ECDH']],
    ['ECC_NIST_EDWARDS25519', 'SIGN_VERIFY', ['ED25519_SHA_512', 'ED25519_PH_SHA_512']],
    ['HMAC_224', 'GENERATE_VERIFY_MAC', ['HMAC_SHA_224']],
    ['ML_DSA_44', 'SIGN_VERIFY', ['ML_DSA_SHAKE_256']],
    ['HMAC_224', 'ENCRYPT_DECRYPT', undefined],
  ] as const)('%s for %s lists %j', (spec, usage, want) => {
    expect(algorithmsFor(spec, usage)).toEqual(want);
  });

  it.each(['AES_256', 'toString', '__proto__', 'symmetric_default', ''])(
    'knows nothing of %j',
    (spec) => {
      expect(isKeySpec(spec)).toBe(false);
      expect(usagesForKeySpec(spec)).toBeUndefined();
      expect(algorithmsFor(spec, 'ENCRYPT_DECRYPT')).toBeUndefined();
    },
  );

  it('gives every spec at least one usage', () => {
    for (const [spec, row] of Object.entries(KEY_SPEC_TABLE))
      expect({ spec, usages: Object.keys(row.usages).length > 0 }).toEqual({ spec, usages: true });
  });
});
