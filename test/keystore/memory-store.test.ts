import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/keystore/memory-store.js';
import { keyMaterialOf } from '../../src/keystore/records.js';
import { keyRecord } from './fixtures.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('memory store', () => Promise.resolve(createMemoryStore()));

describe('keyMaterialOf', () => {
  it('gives material and id for symmetric keys, undefined otherwise', () => {
    const key = keyRecord(1);
    expect(keyMaterialOf(key)).toEqual({ material: key.material, materialId: key.materialId });
    const { material: _m, materialId: _i, ...hmac } = keyRecord(2, { keySpec: 'HMAC_256' });
    expect(keyMaterialOf(hmac)).toBeUndefined();
    expect(keyMaterialOf(undefined)).toBeUndefined();
  });
});
