// Key material versions on key records: the list round-trips through JSON and both stores, and
// records written before rotation (one `material` / `materialId` pair) still load as one CURRENT
// material, so older data directories open and their ciphertexts still decrypt.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decryptBlob, encryptUnderKey } from '../../src/crypto/envelope.js';
import { materialIdOf, newKeyMaterial } from '../../src/crypto/random.js';
import { sealedValue } from '../../src/keystore/checksum.js';
import { openFileStore } from '../../src/keystore/file-store.js';
import { currentMaterial, keyMaterialOf, materialById } from '../../src/keystore/materials.js';
import { keyFromJson, keyToJson } from '../../src/keystore/record-json.js';
import type { KeyMaterialVersion, KeyRecord } from '../../src/keystore/types.js';
import { keyRecord } from './fixtures.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const hex = (c: string) => c.repeat(64);
const bytes = (n: number) => new Uint8Array(32).fill(n);

/** A key rotated twice, with an imported-style pending material and a deleted one. */
function rotated(n: number): KeyRecord {
  const materials: KeyMaterialVersion[] = [
    { materialId: hex('1'), material: bytes(1), state: 'NON_CURRENT' },
    {
      materialId: hex('2'),
      material: bytes(2),
      state: 'NON_CURRENT',
      rotationDate: 1_700_000_100,
      rotationType: 'AUTOMATIC',
    },
    {
      materialId: hex('3'),
      material: bytes(3),
      state: 'CURRENT',
      rotationDate: 1_700_000_200.5,
      rotationType: 'ON_DEMAND',
    },
    {
      materialId: hex('4'),
      state: 'PENDING_ROTATION',
      description: 'next one',
      expirationModel: 'KEY_MATERIAL_EXPIRES',
      validTo: 1_800_000_000,
    },
  ];
  return keyRecord(n, {
    materials,
    rotation: { periodInDays: 90, nextRotationDate: 1_707_776_000 },
  });
}

describe('the materials of a key record', () => {
  it('round-trip through JSON with every field', () => {
    const key = rotated(1);
    expect(keyFromJson(JSON.parse(JSON.stringify(keyToJson(key))))).toEqual(key);
  });

  it('are read by id for decrypting and by state for encrypting', () => {
    const key = rotated(1);
    expect(currentMaterial(key)?.materialId).toBe(hex('3'));
    expect(keyMaterialOf(key)).toEqual({ materialId: hex('3'), material: bytes(3) });
    expect(materialById(key, hex('1'))).toEqual({ materialId: hex('1'), material: bytes(1) });
    // Pending material has sealed nothing yet; an unknown id names nothing.
    expect(materialById(key, hex('4'))).toBeUndefined();
    expect(materialById(key, hex('9'))).toBeUndefined();
  });

  it('load from the single material / materialId pair records had before rotation', () => {
    const { materials: _m, ...json } = keyToJson(keyRecord(2));
    const legacy = {
      ...json,
      material: Buffer.from(bytes(2)).toString('base64'),
      materialId: hex('b'),
    };
    expect(keyFromJson(legacy)?.materials).toEqual([
      { materialId: hex('b'), material: bytes(2), state: 'CURRENT' },
    ]);
  });

  it('refuse malformed lists', () => {
    const json = keyToJson(rotated(3));
    const list = json.materials as Record<string, unknown>[];
    const bad: unknown[] = [
      { ...json, material: Buffer.from(bytes(1)).toString('base64') },
      { ...json, materials: 'x' },
      { ...json, materials: [{ ...list[0], state: 'CURRENT' }, list[2]] },
      { ...json, materials: [list[2], list[2]] },
      { ...json, materials: [{ ...list[2], state: 'OLD' }] },
      { ...json, materials: [{ ...list[2], rotationType: undefined }] },
      { ...json, materials: [{ ...list[2], material: 'AAAA' }] },
      { ...json, materials: [{ ...list[2], expirationModel: 'SOMETIMES' }] },
      { ...json, rotation: { periodInDays: '90' } },
      { ...json, material: undefined, materials: undefined, materialId: hex('c') },
    ];
    for (const record of bad) expect(keyFromJson(record)).toBeUndefined();
  });

  it('survive a restart of the file store', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kms-contract-materials-'));
    dirs.push(dir);
    const first = await openFileStore(dir);
    await first.putKey(rotated(4));
    await first.close();
    const second = await openFileStore(dir);
    expect(await second.getKey(rotated(4).keyId)).toEqual(rotated(4));
    await second.close();
  });

  it('a data directory written before rotation opens, and its ciphertexts decrypt', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kms-contract-legacy-'));
    dirs.push(dir);
    const material = newKeyMaterial();
    const materialId = await materialIdOf(material);
    const { materials: _m, ...rest } = keyToJson(keyRecord(5));
    const legacyKey = {
      region: 'us-east-1',
      ...rest,
      material: Buffer.from(material).toString('base64'),
      materialId,
    };
    const snapshot = {
      format: 'kms-contract-keystore',
      version: 2,
      generation: 0,
      keys: [sealedValue(legacyKey)],
      aliases: [],
    };
    await writeFile(join(dir, 'snapshot.json'), `${JSON.stringify(snapshot)}\n`);
    const blob = await encryptUnderKey({
      keyId: keyRecord(5).keyId,
      material,
      materialId,
      plaintext: Uint8Array.of(7),
    });
    const store = await openFileStore(dir);
    const stored = await store.getKey(keyRecord(5).keyId);
    expect(stored?.materials).toEqual([{ materialId, material, state: 'CURRENT' }]);
    const opened = await decryptBlob(blob, (_id, id) => materialById(stored, id));
    expect(opened).toMatchObject({ ok: true, materialId, plaintext: Uint8Array.of(7) });
    await store.close();
  });
});
