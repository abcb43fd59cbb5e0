import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/keystore/memory-store.js';
import { keyMaterialOf } from '../../src/keystore/materials.js';
import { keyRecord } from './fixtures.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('memory store', () => Promise.resolve(createMemoryStore()));

describe('keyMaterialOf', () => {
  it('gives material and id for symmetric keys, undefined otherwise', () => {
    const key = keyRecord(1);
    const [first] = key.materials ?? [];
    expect(keyMaterialOf(key)).toEqual({
      material: first?.material,
      materialId: first?.materialId,
    });
    const { materials: _m, ...hmac } = keyRecord(2, { keySpec: 'HMAC_256' });
    expect(keyMaterialOf(hmac)).toBeUndefined();
    expect(keyMaterialOf(undefined)).toBeUndefined();
  });
});
