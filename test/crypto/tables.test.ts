// The tables src/crypto runs on against the spec's enums, read from the bundled spec (not from the
// generated types they are typed by). The KeySpec table (src/keystore/key-spec.ts) takes its
// signing and MAC rows from these tables, so it is checked here too that it really does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HMAC_KEY_SPECS } from '../../src/crypto/hmac.js';
import { isAsymmetricSpec } from '../../src/crypto/key-pair-specs.js';
import {
  SIGNING_ALGORITHMS,
  SIGNING_ALGORITHMS_BY_SPEC,
  signingAlgorithmsOf,
} from '../../src/crypto/signing-algorithms.js';
import { algorithmsFor, KEY_SPECS } from '../../src/keystore/key-spec.js';

const schemas = (
  JSON.parse(
    readFileSync(new URL('../../generated/kms.openapi.json', import.meta.url), 'utf8'),
  ) as { components: { schemas: Record<string, { enum?: string[] }> } }
).components.schemas;
const enumOf = (name: string): string[] => schemas[name]?.enum ?? [];

describe('src/crypto tables against the spec', () => {
  it('implement every SigningAlgorithmSpec but SM2DSA (SM2 is refused)', () => {
    expect(Object.keys(SIGNING_ALGORITHMS).sort()).toEqual(
      enumOf('SigningAlgorithmSpec')
        .filter((a) => a !== 'SM2DSA')
        .sort(),
    );
  });

  it('sign with every asymmetric KeySpec but SM2, and only with those', () => {
    expect(Object.keys(SIGNING_ALGORITHMS_BY_SPEC).sort()).toEqual(
      enumOf('KeySpec')
        .filter((spec) => isAsymmetricSpec(spec))
        .sort(),
    );
    expect(signingAlgorithmsOf('SM2')).toEqual([]);
    expect(signingAlgorithmsOf('toString')).toEqual([]);
  });

  it('have a row for every HMAC KeySpec, each with a MacAlgorithmSpec', () => {
    expect(Object.keys(HMAC_KEY_SPECS).sort()).toEqual(
      enumOf('KeySpec')
        .filter((spec) => spec.startsWith('HMAC_'))
        .sort(),
    );
    for (const { algorithm } of Object.values(HMAC_KEY_SPECS))
      expect(enumOf('MacAlgorithmSpec')).toContain(algorithm);
  });

  it.each(KEY_SPECS.filter((spec) => spec !== 'SM2'))(
    '%s: the KeySpec table lists what the cryptography signs and MACs with',
    (spec) => {
      expect(algorithmsFor(spec, 'SIGN_VERIFY') ?? []).toEqual(signingAlgorithmsOf(spec));
      const mac = (HMAC_KEY_SPECS as Record<string, { algorithm: string }>)[spec]?.algorithm;
      expect(algorithmsFor(spec, 'GENERATE_VERIFY_MAC') ?? []).toEqual(mac ? [mac] : []);
    },
  );
});
