import { describe, expect, it } from 'vitest';
import { HMAC_KEY_SPECS } from '../../src/crypto/hmac.js';
import { SIGNING_ALGORITHMS_BY_SPEC } from '../../src/crypto/signing-algorithms.js';
import { algorithmsFor, KEY_SPECS } from '../../src/keystore/key-spec.js';

// The crypto layer keeps its own small tables (it imports nothing of the key store); they must say
// what the one KeySpec table says.
describe('src/crypto tables agree with the KeySpec table', () => {
  it.each(KEY_SPECS.filter((spec) => spec !== 'SM2'))('%s: signing algorithms', (spec) => {
    expect(SIGNING_ALGORITHMS_BY_SPEC[spec] ?? []).toEqual(
      algorithmsFor(spec, 'SIGN_VERIFY') ?? [],
    );
  });
  it.each(Object.entries(HMAC_KEY_SPECS))('%s: its one MAC algorithm', (spec, { algorithm }) => {
    expect(algorithmsFor(spec, 'GENERATE_VERIFY_MAC')).toEqual([algorithm]);
  });
});
