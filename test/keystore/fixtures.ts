import type { KeyRecord } from '../../src/keystore/types.js';

/** A complete symmetric key record; `n` makes ids and material distinct. */
export function keyRecord(n: number, overrides: Partial<KeyRecord> = {}): KeyRecord {
  const hex = n.toString(16).padStart(12, '0');
  return {
    keyId: `00000000-0000-4000-8000-${hex}`,
    createdAt: 1_700_000_000 + n,
    description: `key ${n}`,
    keyUsage: 'ENCRYPT_DECRYPT',
    keySpec: 'SYMMETRIC_DEFAULT',
    origin: 'AWS_KMS',
    keyState: 'Enabled',
    multiRegion: false,
    keyManager: 'CUSTOMER',
    materials: [
      {
        materialId: hex.padStart(64, 'a'),
        material: new Uint8Array(32).fill(n & 0xff),
        state: 'CURRENT',
      },
    ],
    tags: [{ TagKey: 'n', TagValue: String(n) }],
    ...overrides,
  };
}
