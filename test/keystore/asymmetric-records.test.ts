import { describe, expect, it } from 'vitest';
import { copyKey } from '../../src/keystore/records.js';
import { keyFromJson, keyToJson } from '../../src/keystore/record-json.js';
import type { KeyRecord } from '../../src/keystore/types.js';

const base: KeyRecord = {
  keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
  createdAt: 1,
  description: '',
  keyUsage: 'SIGN_VERIFY',
  keySpec: 'ECC_NIST_P256',
  origin: 'AWS_KMS',
  keyState: 'Enabled',
  multiRegion: false,
  keyManager: 'CUSTOMER',
};

describe('asymmetric and HMAC material in key records', () => {
  it('round-trips through JSON and copies', () => {
    const record: KeyRecord = {
      ...base,
      keyPair: { publicKey: Uint8Array.of(1, 2), privateKey: Uint8Array.of(3, 4, 5) },
    };
    expect(keyFromJson(JSON.parse(JSON.stringify(keyToJson(record))))).toEqual(record);
    const hmac: KeyRecord = { ...base, keySpec: 'HMAC_256', macKey: new Uint8Array(32).fill(9) };
    expect(keyFromJson(JSON.parse(JSON.stringify(keyToJson(hmac))))).toEqual(hmac);
    const copy = copyKey(record);
    expect(copy).toEqual(record);
    expect(copy.keyPair?.privateKey).not.toBe(record.keyPair?.privateKey);
  });

  it('reads records written before these fields existed', () => {
    expect(keyFromJson(keyToJson(base))).toEqual(base);
  });

  it.each([
    ['half a pair', { publicKey: 'AQI=' }],
    ['a private key that is not base64', { publicKey: 'AQI=', privateKey: 'not base64!' }],
    ['an empty HMAC secret', { macKey: '' }],
    ['a number for bytes', { macKey: 7 }],
  ])('refuses %s', (_name, fields) => {
    expect(keyFromJson({ ...keyToJson(base), ...fields })).toBeUndefined();
  });
});
