import { describe, expect, it } from 'vitest';
import { encodeBase64 as bytesToBase64 } from '../../src/codec/index.js';
import { decryptBlob, encryptUnderKey } from '../../src/crypto/envelope.js';
import { materialIdOf } from '../../src/crypto/random.js';
import { createMemoryStore } from '../../src/keystore/memory-store.js';
import { keyMaterialOf } from '../../src/keystore/materials.js';
import { applySeed } from '../../src/keystore/seed-apply.js';
import { formatSeedIssues, validateSeed, type Seed } from '../../src/keystore/seed.js';
import { parseSeedText } from '../../src/keystore/seed-text.js';

const ID1 = '1234abcd-12ab-34cd-56ef-1234567890ab';
const ID2 = 'mrk-1234abcd12ab34cd56ef1234567890ab';
const ID3 = '0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a';
const material = Uint8Array.from({ length: 32 }, (_, i) => i);
const NOW_MS = 1_700_000_000_000;

const goodYaml = `
keys:
  - id: ${ID1}
    material: ${bytesToBase64(material)}
    description: payments
  - id: ${ID2}
    state: PendingDeletion
    pendingWindowInDays: 7
  - id: ${ID3}
    keySpec: HMAC_256
    keyUsage: GENERATE_VERIFY_MAC
    state: Disabled
aliases:
  - name: alias/payments
    targetKeyId: ${ID1}
`;

function parsed(text: string): Seed {
  const result = parseSeedText(text);
  if (!result.ok) throw new Error(formatSeedIssues(result.issues));
  return result.seed;
}

describe('seed: good documents', () => {
  it('validates and applies keys and aliases', async () => {
    const store = createMemoryStore();
    const applied = await applySeed(store, parsed(goodYaml), { now: () => NOW_MS });
    expect(applied).toEqual({
      ok: true,
      createdKeys: [ID1, ID2, ID3],
      existingKeys: [],
      createdAliases: ['alias/payments'],
      existingAliases: [],
    });
    const [k1, k2, k3] = await store.listKeys();
    expect(k1).toEqual({
      keyId: ID1,
      createdAt: NOW_MS / 1000,
      description: 'payments',
      keyUsage: 'ENCRYPT_DECRYPT',
      keySpec: 'SYMMETRIC_DEFAULT',
      origin: 'AWS_KMS',
      keyState: 'Enabled',
      multiRegion: false,
      keyManager: 'CUSTOMER',
      materials: [{ material, materialId: await materialIdOf(material), state: 'CURRENT' }],
    });
    expect(k2).toMatchObject({
      multiRegion: true,
      keyState: 'PendingDeletion',
      pendingWindowInDays: 7,
      deletionDate: NOW_MS / 1000 + 7 * 86_400,
    });
    expect(k2?.materials?.[0]?.material).toHaveLength(32);
    expect(k3).toMatchObject({
      keySpec: 'HMAC_256',
      keyUsage: 'GENERATE_VERIFY_MAC',
      keyState: 'Disabled',
    });
    expect(k3?.materials).toBeUndefined();
    expect(await store.getAlias('alias/payments')).toEqual({
      aliasName: 'alias/payments',
      targetKeyId: ID1,
      createdAt: NOW_MS / 1000,
      updatedAt: NOW_MS / 1000,
    });
  });

  it('fixed material opens ciphertexts made elsewhere with the same seed', async () => {
    const store = createMemoryStore();
    await applySeed(store, parsed(goodYaml));
    const blob = await encryptUnderKey({
      keyId: ID1,
      material,
      materialId: await materialIdOf(material),
      plaintext: Uint8Array.of(42),
    });
    const lookup = async (keyId: string) => keyMaterialOf(await store.getKey(keyId));
    expect(await decryptBlob(blob, lookup)).toMatchObject({
      ok: true,
      plaintext: Uint8Array.of(42),
    });
  });

  it('is idempotent: a second apply leaves existing keys and aliases as they are', async () => {
    const store = createMemoryStore();
    await applySeed(store, parsed(goodYaml));
    const before = await store.listKeys();
    await store.putKey({ ...before[0]!, keyState: 'Disabled' });
    const again = await applySeed(store, parsed(goodYaml));
    expect(again).toEqual({
      ok: true,
      createdKeys: [],
      existingKeys: [ID1, ID2, ID3],
      createdAliases: [],
      existingAliases: ['alias/payments'],
    });
    expect((await store.listKeys())[0]?.keyState).toBe('Disabled');
    expect((await store.listKeys())[1]?.materials).toEqual(before[1]?.materials);
  });

  it('refuses, without writing anything, a seed whose material differs from the stored key', async () => {
    const store = createMemoryStore();
    await applySeed(store, parsed(goodYaml));
    const other = goodYaml.replace(bytesToBase64(material), bytesToBase64(new Uint8Array(32)));
    const extra = `${other}  - name: alias/new\n    targetKeyId: ${ID1}\n`;
    expect(await applySeed(store, parsed(extra))).toEqual({
      ok: false,
      issues: [
        { path: 'keys[0].material', message: expect.stringContaining('different key material') },
      ],
    });
    expect(await store.getAlias('alias/new')).toBeUndefined();
  });

  it('accepts JSON and an empty document', () => {
    expect(parseSeedText(JSON.stringify({ keys: [{ id: ID1 }] }))).toMatchObject({ ok: true });
    expect(parseSeedText('')).toEqual({ ok: true, seed: { keys: [], aliases: [] } });
    expect(validateSeed({})).toEqual({ ok: true, seed: { keys: [], aliases: [] } });
  });
});

describe('seed: bad documents', () => {
  const key = (fields: Record<string, unknown>) => ({ keys: [{ id: ID1, ...fields }] });
  const alias = (fields: Record<string, unknown>) => ({
    keys: [{ id: ID1 }, { id: ID2, state: 'PendingDeletion' }],
    aliases: [{ name: 'alias/ok', targetKeyId: ID1, ...fields }],
  });
  const cases: [string, unknown, string, RegExp][] = [
    ['a list at the top', [], '', /mapping/],
    ['a typo at the top', { alias: [] }, 'alias', /unknown field \(allowed: keys, aliases\)/],
    ['keys not a list', { keys: { id: ID1 } }, 'keys', /must be a list/],
    ['a key that is not a mapping', { keys: ['x'] }, 'keys[0]', /mapping/],
    ['a key without id', { keys: [{ description: 'x' }] }, 'keys[0].id', /must be a key id/],
    ['an uppercase id', key({ id: ID1.toUpperCase() }), 'keys[0].id', /lowercase UUID/],
    ['a 33-hex mrk id', key({ id: `${ID2}0` }), 'keys[0].id', /mrk-/],
    ['a duplicate id', { keys: [{ id: ID1 }, { id: ID1 }] }, 'keys[1].id', /duplicate key id/],
    ['an unknown key field', key({ Id: 'x' }), 'keys[0].Id', /unknown field/],
    [
      'material not base64',
      key({ material: 'not base64!' }),
      'keys[0].material',
      /base64 of exactly 32/,
    ],
    [
      '16-byte material',
      key({ material: bytesToBase64(new Uint8Array(16)) }),
      'keys[0].material',
      /32 bytes/,
    ],
    [
      'material of another length on an HMAC key',
      key({
        keySpec: 'HMAC_384',
        keyUsage: 'GENERATE_VERIFY_MAC',
        material: bytesToBase64(material),
      }),
      'keys[0].material',
      /exactly 48 bytes/,
    ],
    [
      'material on an RSA key',
      key({ keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY', material: bytesToBase64(material) }),
      'keys[0].material',
      /is only for SYMMETRIC_DEFAULT and HMAC keys/,
    ],
    [
      'an unknown key spec',
      key({ keySpec: 'AES_256' }),
      'keys[0].keySpec',
      /must be one of SYMMETRIC_DEFAULT/,
    ],
    ['RSA without key usage', key({ keySpec: 'RSA_2048' }), 'keys[0].keyUsage', /required/],
    [
      'HMAC for encryption',
      key({ keySpec: 'HMAC_256', keyUsage: 'ENCRYPT_DECRYPT' }),
      'keys[0].keyUsage',
      /GENERATE_VERIFY_MAC for HMAC_256/,
    ],
    [
      'an unknown state',
      key({ state: 'Deleted' }),
      'keys[0].state',
      /Enabled, Disabled, PendingDeletion/,
    ],
    [
      'a window without deletion',
      key({ pendingWindowInDays: 7 }),
      'keys[0].pendingWindowInDays',
      /only with/,
    ],
    [
      'a 3-day window',
      key({ state: 'PendingDeletion', pendingWindowInDays: 3 }),
      'keys[0].pendingWindowInDays',
      /7 to 30/,
    ],
    ['a numeric description', key({ description: 5 }), 'keys[0].description', /string/],
    [
      'an overlong description',
      key({ description: 'x'.repeat(8193) }),
      'keys[0].description',
      /8192/,
    ],
    ['an alias without prefix', alias({ name: 'payments' }), 'aliases[0].name', /alias\//],
    ['a reserved alias', alias({ name: 'alias/aws/s3' }), 'aliases[0].name', /alias\/aws/],
    ['an alias with a colon', alias({ name: 'alias/a:b' }), 'aliases[0].name', /letters, digits/],
    [
      'an alias to an alias',
      alias({ targetKeyId: 'alias/x' }),
      'aliases[0].targetKeyId',
      /refer to keys/,
    ],
    [
      'an alias to no seed key',
      alias({ targetKeyId: ID3 }),
      'aliases[0].targetKeyId',
      /no key .* in this seed/,
    ],
    [
      'an alias to a dying key',
      alias({ targetKeyId: ID2 }),
      'aliases[0].targetKeyId',
      /pending deletion/,
    ],
    ['an alias with extra fields', alias({ target: ID1 }), 'aliases[0].target', /unknown field/],
  ];

  it.each(cases)('reports %s at its path, and only that', (_, doc, path, message) => {
    expect(validateSeed(doc)).toEqual({
      ok: false,
      issues: [{ path, message: expect.stringMatching(message) }],
    });
  });

  it('reports a duplicate alias name', () => {
    const doc = {
      keys: [{ id: ID1 }],
      aliases: [1, 2].map(() => ({ name: 'alias/a', targetKeyId: ID1 })),
    };
    expect(validateSeed(doc)).toEqual({
      ok: false,
      issues: [{ path: 'aliases[1].name', message: 'duplicate alias alias/a' }],
    });
  });

  it('reports every problem at once, one line each', () => {
    const result = validateSeed({ keys: [{ id: 'x', state: 'Gone' }], extra: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatSeedIssues(result.issues)).toBe(
      'seed extra: unknown field (allowed: keys, aliases)',
    );
    const keyIssues = validateSeed({ keys: [{ id: 'x', state: 'Gone' }] });
    if (keyIssues.ok) throw new Error('expected issues');
    expect(formatSeedIssues(keyIssues.issues).split('\n')).toEqual([
      'seed keys[0].id: must be a key id: lowercase UUID (8-4-4-4-12) or mrk- + 32 lowercase hex',
      'seed keys[0].state: must be one of Enabled, Disabled, PendingDeletion',
    ]);
  });

  it.each([
    ['broken YAML', 'keys: [\n'],
    ['duplicate mapping keys', 'keys: []\nkeys: []\n'],
    ['broken JSON', '{"keys": [}'],
  ])('reports %s as one message with no stack trace', (_, text) => {
    const result = parseSeedText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.message).toMatch(/^not valid YAML or JSON: .*line \d+, column \d+$/);
    expect(formatSeedIssues(result.issues)).not.toMatch(/\n|\bat .*\.js/);
  });
});
