import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBlob, parseBlob } from '../../src/crypto/ciphertext-blob.js';
import type { EncryptionContext } from '../../src/crypto/encryption-context.js';
import {
  blobKeyId,
  decryptBlob,
  encryptUnderKey,
  type KeyLookup,
  type KeyMaterial,
} from '../../src/crypto/envelope.js';
import { materialIdOf, newKeyId, newKeyMaterial, randomBytes } from '../../src/crypto/random.js';

interface TestKey extends KeyMaterial {
  keyId: string;
}

async function makeKey(keyId = newKeyId()): Promise<TestKey> {
  const material = newKeyMaterial();
  return { keyId, material, materialId: await materialIdOf(material) };
}

const lookupFor =
  (...keys: TestKey[]): KeyLookup =>
  (keyId) =>
    keys.find((k) => k.keyId === keyId);

const seal = (key: TestKey, plaintext: Uint8Array, context?: EncryptionContext) =>
  encryptUnderKey({ ...key, plaintext, context });

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

describe('encryptUnderKey / decryptBlob', () => {
  let key: TestKey;
  beforeAll(async () => {
    key = await makeKey();
  });

  it('round-trips plaintexts of 1..4096 bytes under random contexts', async () => {
    const context = fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), {
      maxKeys: 5,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 4096 }),
        context,
        async (plaintext, ctx) => {
          const blob = await seal(key, plaintext, ctx);
          expect(blob.length).toBeLessThanOrEqual(6144);
          const result = await decryptBlob(blob, lookupFor(key), { ...ctx });
          expect(result).toEqual({
            ok: true,
            keyId: key.keyId,
            materialId: key.materialId,
            plaintext,
          });
        },
      ),
      { seed: 424242, numRuns: 150 },
    );
  });

  it('fits the largest plaintext (4096 bytes) under 6144 bytes', async () => {
    expect((await seal(key, randomBytes(4096))).length).toBeLessThan(6144);
  });

  it('fails on every single-bit flip anywhere in the blob', async () => {
    const context = { purpose: 'bit-flip' };
    const blob = await seal(key, randomBytes(32), context);
    const lookup = lookupFor(key);
    for (let bit = 0; bit < blob.length * 8; bit++) {
      const flipped = blob.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      const result = await decryptBlob(flipped, lookup, context);
      expect(result.ok, `bit ${bit}`).toBe(false);
    }
  });

  const context = { Purpose: 'test', tenant: 'a' };
  const wrong: [string, EncryptionContext | undefined][] = [
    ['missing', undefined],
    ['empty', {}],
    ['one pair missing', { Purpose: 'test' }],
    ['extra pair', { ...context, extra: '' }],
    ['key case changed', { purpose: 'test', tenant: 'a' }],
    ['value case changed', { Purpose: 'Test', tenant: 'a' }],
    ['value changed', { Purpose: 'test', tenant: 'b' }],
    ['lone surrogate', { Purpose: 'test', tenant: '\ud800' }],
  ];
  it.each(wrong)(
    'refuses a wrong context (%s) as auth-failed (evidence `docs.encryption-context`)',
    async (_, ctx) => {
      const blob = await seal(key, randomBytes(32), context);
      expect(await decryptBlob(blob, lookupFor(key), ctx)).toEqual({
        ok: false,
        reason: 'auth-failed',
      });
    },
  );

  it('accepts {} for a blob sealed with no context, and the reverse', async () => {
    const plaintext = randomBytes(16);
    expect((await decryptBlob(await seal(key, plaintext), lookupFor(key), {})).ok).toBe(true);
    expect((await decryptBlob(await seal(key, plaintext, {}), lookupFor(key))).ok).toBe(true);
  });

  const confusable: [EncryptionContext, EncryptionContext][] = [
    [{ ab: 'c' }, { a: 'bc' }],
    [{ a: 'b', c: 'd' }, { ab: 'cd' }],
  ];
  it.each(confusable)('does not let %j open a blob sealed with %j', async (a, b) => {
    const fromA = await seal(key, randomBytes(32), a);
    const fromB = await seal(key, randomBytes(32), b);
    expect((await decryptBlob(fromA, lookupFor(key), b)).ok).toBe(false);
    expect((await decryptBlob(fromB, lookupFor(key), a)).ok).toBe(false);
  });

  it('does not contain the plaintext', async () => {
    for (const plaintext of [new Uint8Array(64).fill(0x41), randomBytes(32), randomBytes(4096)]) {
      expect(indexOfBytes(await seal(key, plaintext), plaintext)).toBe(-1);
    }
  });

  it('reports malformed blobs without throwing', async () => {
    const blob = await seal(key, randomBytes(32));
    for (const bad of [
      new Uint8Array(),
      Uint8Array.of(1, 2, 3),
      randomBytes(184),
      blob.subarray(0, 60),
    ]) {
      expect(await decryptBlob(bad, lookupFor(key))).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('reports a truncated ciphertext as a failure without throwing', async () => {
    const blob = await seal(key, randomBytes(32));
    for (let n = 0; n < blob.length; n++) {
      expect((await decryptBlob(blob.subarray(0, n), lookupFor(key))).ok).toBe(false);
    }
  });

  it('reports a well-formed blob whose key is gone as unknown-key (evidence `docs.decrypt`)', async () => {
    const blob = await seal(key, randomBytes(32));
    expect(await decryptBlob(blob, lookupFor())).toEqual({ ok: false, reason: 'unknown-key' });
    expect(blobKeyId(blob)).toBe(key.keyId);
    expect(blobKeyId(Uint8Array.of(1))).toBeUndefined();
  });

  it('fails when the key now has other material, or another key answers', async () => {
    const blob = await seal(key, randomBytes(32));
    const rotated = await makeKey(key.keyId);
    expect(await decryptBlob(blob, lookupFor(rotated))).toEqual({
      ok: false,
      reason: 'auth-failed',
    });
    const impostor = { ...rotated, materialId: key.materialId };
    expect(await decryptBlob(blob, lookupFor(impostor))).toEqual({
      ok: false,
      reason: 'auth-failed',
    });
    const broken = { ...key, material: new Uint8Array(3) };
    expect(await decryptBlob(blob, lookupFor(broken))).toEqual({
      ok: false,
      reason: 'auth-failed',
    });
  });

  it('binds the blob to its key id: relabelled for a key sharing the material, it fails', async () => {
    const blob = await seal(key, randomBytes(32));
    const twin = { ...key, keyId: newKeyId() };
    const parsed = parseBlob(blob);
    if (!parsed) throw new Error('blob did not parse');
    const relabelled = encodeBlob({ ...parsed, keyId: twin.keyId });
    expect(await decryptBlob(relabelled, lookupFor(key, twin))).toEqual({
      ok: false,
      reason: 'auth-failed',
    });
  });

  it('passes the blob material id to the lookup and accepts an async lookup', async () => {
    const blob = await seal(key, randomBytes(8));
    const seen: string[] = [];
    const result = await decryptBlob(blob, async (id, materialId) => {
      seen.push(id, materialId);
      return Promise.resolve(key);
    });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([key.keyId, key.materialId]);
  });

  it('refuses to seal under a context that cannot be encoded', async () => {
    await expect(seal(key, randomBytes(8), { k: '\udfff' })).rejects.toThrow(RangeError);
  });
});
