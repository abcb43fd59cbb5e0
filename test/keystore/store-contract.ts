import { describe, expect, it } from 'vitest';
import type { KeyStore } from '../../src/keystore/store.js';
import type { KeyMaterialVersion } from '../../src/keystore/types.js';
import { keyRecord } from './fixtures.js';

/** Behaviour every KeyStore must have; run against each implementation. */
export function describeStoreContract(name: string, open: () => Promise<KeyStore>): void {
  describe(`${name}: KeyStore contract`, () => {
    it('stores and returns keys', async () => {
      const store = await open();
      await store.putKey(keyRecord(1));
      expect(await store.getKey(keyRecord(1).keyId)).toEqual(keyRecord(1));
      expect(await store.getKey('nope')).toBeUndefined();
    });

    it('lists keys in creation order; an update keeps its place', async () => {
      const store = await open();
      for (const n of [3, 1, 2]) await store.putKey(keyRecord(n));
      await store.putKey(keyRecord(3, { keyState: 'Disabled' }));
      const listed = await store.listKeys();
      expect(listed.map((k) => k.description)).toEqual(['key 3', 'key 1', 'key 2']);
      expect(listed[0]?.keyState).toBe('Disabled');
    });

    it('hands out copies: mutating a returned or given record changes nothing', async () => {
      const store = await open();
      const input = keyRecord(1);
      await store.putKey(input);
      input.materials?.[0]?.material?.fill(0);
      input.tags?.push({ TagKey: 'x', TagValue: 'y' });
      const got = await store.getKey(input.keyId);
      got?.materials?.[0]?.material?.fill(0);
      if (got) got.keyState = 'Disabled';
      const listed = await store.listKeys();
      listed[0]?.tags?.pop();
      expect(await store.getKey(input.keyId)).toEqual(keyRecord(1));
    });

    it('keeps only the known fields of a record', async () => {
      const store = await open();
      await store.putKey({ ...keyRecord(1), ...{ stray: 'x' } });
      await store.putAlias({
        ...{ stray: 1 },
        aliasName: 'alias/a',
        targetKeyId: 'k',
        createdAt: 1,
        updatedAt: 1,
      });
      expect(await store.getKey(keyRecord(1).keyId)).toEqual(keyRecord(1));
      expect(await store.getAlias('alias/a')).not.toHaveProperty('stray');
    });

    it('deletes keys', async () => {
      const store = await open();
      await store.putKey(keyRecord(1));
      expect(await store.deleteKey(keyRecord(1).keyId)).toBe(true);
      expect(await store.deleteKey(keyRecord(1).keyId)).toBe(false);
      expect(await store.listKeys()).toEqual([]);
    });

    it('stores, lists, updates and deletes aliases', async () => {
      const store = await open();
      const alias = { aliasName: 'alias/b', targetKeyId: 'k1', createdAt: 1, updatedAt: 1 };
      await store.putAlias(alias);
      await store.putAlias({ ...alias, aliasName: 'alias/a' });
      await store.putAlias({ ...alias, targetKeyId: 'k2', updatedAt: 2 });
      expect(await store.getAlias('alias/b')).toEqual({
        ...alias,
        targetKeyId: 'k2',
        updatedAt: 2,
      });
      expect((await store.listAliases()).map((a) => a.aliasName)).toEqual(['alias/b', 'alias/a']);
      expect(await store.deleteAlias('alias/b')).toBe(true);
      expect(await store.deleteAlias('alias/b')).toBe(false);
      expect(await store.getAlias('alias/b')).toBeUndefined();
    });

    it('refuses malformed records', async () => {
      const store = await open();
      const id = 'a'.repeat(64);
      const bad: KeyMaterialVersion[][] = [
        [{ materialId: id, material: new Uint8Array(16), state: 'CURRENT' }],
        [{ materialId: 'XYZ', material: new Uint8Array(32), state: 'CURRENT' }],
        [{ materialId: id, material: new Uint8Array(32), state: 'NON_CURRENT' }],
        [
          { materialId: id, material: new Uint8Array(32), state: 'CURRENT' },
          { materialId: id, material: new Uint8Array(32), state: 'NON_CURRENT' },
        ],
        [{ materialId: id, state: 'CURRENT', rotationDate: 1 }],
      ];
      for (const materials of bad) {
        await expect(store.putKey(keyRecord(1, { materials }))).rejects.toThrow(RangeError);
      }
      await expect(store.putKey(keyRecord(1, { keyId: '' }))).rejects.toThrow(RangeError);
      const alias = { aliasName: 'nope', targetKeyId: 'k', createdAt: 1, updatedAt: 1 };
      await expect(store.putAlias(alias)).rejects.toThrow(RangeError);
      expect(await store.listKeys()).toEqual([]);
    });
  });
}
