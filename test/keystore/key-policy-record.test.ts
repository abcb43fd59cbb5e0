// Key policies on key records: kept by both stores and across a restart of the file store, and
// optional in the stored format, so data directories written before policies were kept still open.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileStore } from '../../src/keystore/file-store.js';
import { createMemoryStore } from '../../src/keystore/index.js';
import { keyFromJson, keyToJson } from '../../src/keystore/record-json.js';
import { keyRecord } from './fixtures.js';

const POLICY = '{\n  "Version" : "2012-10-17",\n  "Statement" : [ ]\n}';
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('the policy member of a key record', () => {
  it('round-trips through JSON, and a record without one stays without one', () => {
    const withPolicy = keyRecord(1, { policy: POLICY });
    expect(keyFromJson(JSON.parse(JSON.stringify(keyToJson(withPolicy))))).toEqual(withPolicy);
    const older = keyRecord(2);
    const read = keyFromJson(JSON.parse(JSON.stringify(keyToJson(older))));
    expect(read).toEqual(older);
    expect(read).not.toHaveProperty('policy');
  });

  it('refuses a policy that is not a string', () => {
    expect(keyFromJson({ ...keyToJson(keyRecord(3)), policy: 42 })).toBeUndefined();
  });

  it('is kept by the memory store, as a copy', async () => {
    const store = createMemoryStore();
    await store.putKey(keyRecord(4, { policy: POLICY }));
    expect((await store.getKey(keyRecord(4).keyId))?.policy).toBe(POLICY);
  });

  it('survives a restart of the file store, next to a key without a policy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kms-contract-policy-'));
    dirs.push(dir);
    const first = await openFileStore(dir);
    await first.putKey(keyRecord(5, { policy: POLICY }));
    await first.putKey(keyRecord(6));
    await first.close();
    const second = await openFileStore(dir);
    expect(await second.getKey(keyRecord(5).keyId)).toEqual(keyRecord(5, { policy: POLICY }));
    expect(await second.getKey(keyRecord(6).keyId)).toEqual(keyRecord(6));
    await second.close();
  });
});
