// Grants on key records: kept by both stores and across a restart of the file store, and optional
// in the stored format, so data directories written before grants were kept still open.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileStore } from '../../src/keystore/file-store.js';
import { createMemoryStore, type GrantRecord } from '../../src/keystore/index.js';
import { keyFromJson, keyToJson } from '../../src/keystore/record-json.js';
import { keyRecord } from './fixtures.js';

const GRANT: GrantRecord = {
  grantId: 'a'.repeat(64),
  createdAt: 1_700_000_000.5,
  operations: ['Encrypt', 'Decrypt'],
  name: 'app',
  granteePrincipal: 'arn:aws:iam::111122223333:role/App',
  retiringPrincipal: 'arn:aws:iam::111122223333:role/Ops',
  constraints: { EncryptionContextSubset: { Department: 'IT' } },
  tokenKey: 'b'.repeat(64),
};
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('the grants member of a key record', () => {
  it('round-trips through JSON, and a record without grants stays without them', () => {
    const withGrants = keyRecord(1, { grants: [GRANT] });
    expect(keyFromJson(JSON.parse(JSON.stringify(keyToJson(withGrants))))).toEqual(withGrants);
    const older = keyRecord(2);
    const read = keyFromJson(JSON.parse(JSON.stringify(keyToJson(older))));
    expect(read).toEqual(older);
    expect(read).not.toHaveProperty('grants');
  });

  it.each([
    ['not a list', 'x'],
    ['a grant id that is not 64 hex', [{ ...GRANT, grantId: 'abc' }]],
    ['a token key that is not 64 hex', [{ ...GRANT, tokenKey: 'zz' }]],
    ['operations that are not strings', [{ ...GRANT, operations: [1] }]],
    ['a name that is not a string', [{ ...GRANT, name: 7 }]],
    [
      'a constraint map with a non-string value',
      [{ ...GRANT, constraints: { EncryptionContextEquals: { a: 1 } } }],
    ],
  ])('refuses grants with %s', (_what, grants) => {
    expect(keyFromJson({ ...keyToJson(keyRecord(3)), grants })).toBeUndefined();
  });

  it('is kept by the memory store, as a copy', async () => {
    const store = createMemoryStore();
    const record = keyRecord(4, { grants: [structuredClone(GRANT)] });
    await store.putKey(record);
    record.grants?.[0]?.operations.push('Sign');
    expect((await store.getKey(keyRecord(4).keyId))?.grants).toEqual([GRANT]);
  });

  it('survives a restart of the file store, next to a key without grants', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kms-contract-grants-'));
    dirs.push(dir);
    const first = await openFileStore(dir);
    await first.putKey(keyRecord(5, { grants: [GRANT] }));
    await first.putKey(keyRecord(6));
    await first.close();
    const second = await openFileStore(dir);
    expect(await second.getKey(keyRecord(5).keyId)).toEqual(keyRecord(5, { grants: [GRANT] }));
    expect(await second.getKey(keyRecord(6).keyId)).toEqual(keyRecord(6));
    await second.close();
  });
});
