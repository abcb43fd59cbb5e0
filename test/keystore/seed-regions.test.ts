import { describe, expect, it } from 'vitest';
import { createMemoryStore, createRegionalMemoryStore } from '../../src/keystore/index.js';
import { applySeed } from '../../src/keystore/seed-apply.js';
import { formatSeedIssues, validateSeed, type Seed } from '../../src/keystore/seed.js';

const A = '1234abcd-12ab-34cd-56ef-1234567890ab';
const B = '0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a';

function valid(doc: unknown): Seed {
  const result = validateSeed(doc);
  if (!result.ok) throw new Error(formatSeedIssues(result.issues));
  return result.seed;
}

describe('seed keys name their Region', () => {
  it('puts each key in its Region and each alias beside its target, one name per Region', async () => {
    const seed = valid({
      keys: [{ id: A, region: 'eu-west-1' }, { id: B }],
      aliases: [
        { name: 'alias/app', targetKeyId: A },
        { name: 'alias/app', targetKeyId: B },
      ],
    });
    const stores = createRegionalMemoryStore();
    const applied = await applySeed(stores, seed, { region: 'us-west-2' });
    expect(applied).toMatchObject({ ok: true, createdKeys: [A, B] });
    expect((await stores.region('eu-west-1').listKeys()).map((k) => k.keyId)).toEqual([A]);
    expect((await stores.region('us-west-2').listKeys()).map((k) => k.keyId)).toEqual([B]);
    expect(await stores.region('eu-west-1').getAlias('alias/app')).toMatchObject({
      targetKeyId: A,
    });
    expect(await stores.region('us-west-2').getAlias('alias/app')).toMatchObject({
      targetKeyId: B,
    });
    // Applied again: everything found where it was put.
    expect(await applySeed(stores, seed, { region: 'us-west-2' })).toMatchObject({
      ok: true,
      createdKeys: [],
      existingKeys: [A, B],
      existingAliases: ['alias/app', 'alias/app'],
    });
  });

  it.each([
    [{ keys: [{ id: A, region: 'Europe' }] }, 'seed keys[0].region: must be an AWS Region name'],
    [{ keys: [{ id: A, region: 7 }] }, 'seed keys[0].region: must be an AWS Region name'],
    [
      {
        keys: [
          { id: A, region: 'eu-west-1' },
          { id: B, region: 'eu-west-1' },
        ],
        aliases: [
          { name: 'alias/app', targetKeyId: A },
          { name: 'alias/app', targetKeyId: B },
        ],
      },
      'seed aliases[1].name: duplicate alias alias/app',
    ],
  ])('refuses %j', (doc, message) => {
    const result = validateSeed(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatSeedIssues(result.issues)).toContain(message);
  });

  it('finds one alias name twice in one Region when one key names the default Region and one none', async () => {
    const seed = valid({
      keys: [{ id: A, region: 'us-east-1' }, { id: B }],
      aliases: [
        { name: 'alias/app', targetKeyId: A },
        { name: 'alias/app', targetKeyId: B },
      ],
    });
    const stores = createRegionalMemoryStore();
    expect(await applySeed(stores, seed)).toEqual({
      ok: false,
      issues: [{ path: 'aliases[1].name', message: 'duplicate alias alias/app' }],
    });
    expect(await stores.regions()).toEqual([]);
  });

  it('refuses, writing nothing, a key of another Region for a single-Region store', async () => {
    const store = createMemoryStore();
    const seed = valid({ keys: [{ id: B }, { id: A, region: 'eu-west-1' }] });
    expect(await applySeed(store, seed, { region: 'us-east-1' })).toEqual({
      ok: false,
      issues: [{ path: 'keys[1].region', message: 'this store holds the keys of us-east-1 only' }],
    });
    expect(await store.listKeys()).toEqual([]);
  });
});
