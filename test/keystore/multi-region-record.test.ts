import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../src/keystore/file-store.js';
import { keyFromJson, keyToJson } from '../../src/keystore/record-json.js';
import { keyRecord } from './fixtures.js';

const MRK = 'mrk-1234abcd12ab34cd56ef1234567890ab';

describe('a multi-Region replica record names its primary Region', () => {
  it('round-trips through JSON, and only on a multi-Region key', () => {
    const replica = keyRecord(1, { keyId: MRK, multiRegion: true, primaryRegion: 'us-east-1' });
    expect(keyFromJson(JSON.parse(JSON.stringify(keyToJson(replica))))).toEqual(replica);
    const single = { ...keyToJson(keyRecord(2)), primaryRegion: 'us-east-1' };
    expect(keyFromJson(single)).toBeUndefined();
    expect(keyFromJson({ ...keyToJson(replica), primaryRegion: 7 })).toBeUndefined();
  });

  it('is kept per Region by the data directory across a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kms-contract-'));
    try {
      const primary = keyRecord(1, { keyId: MRK, multiRegion: true });
      const replica = { ...primary, primaryRegion: 'us-east-1', description: 'replica' };
      const first = await openFileStore(dir);
      await first.region('us-east-1').putKey(primary);
      await first.region('eu-west-1').putKey(replica);
      await first.close();
      const second = await openFileStore(dir);
      try {
        expect(await second.region('us-east-1').getKey(MRK)).toEqual(primary);
        expect(await second.region('eu-west-1').getKey(MRK)).toEqual(replica);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
