import { describe, expect, it } from 'vitest';
import { open, seal } from '../../src/crypto/aes-gcm.js';
import { newKeyMaterial } from '../../src/crypto/random.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('seal / open', () => {
  it('round-trips and authenticates the AAD', async () => {
    const material = newKeyMaterial();
    const { iv, ciphertext } = await seal(material, enc('hello'), enc('aad'));
    expect(ciphertext.length).toBe(5 + 16);
    expect(await open(material, iv, ciphertext, enc('aad'))).toEqual(enc('hello'));
    expect(await open(material, iv, ciphertext, enc('aaD'))).toBeUndefined();
    expect(await open(newKeyMaterial(), iv, ciphertext, enc('aad'))).toBeUndefined();
  });

  it('uses a fresh IV per call', async () => {
    const material = newKeyMaterial();
    const a = await seal(material, enc('x'), enc(''));
    const b = await seal(material, enc('x'), enc(''));
    expect(a.iv).not.toEqual(b.iv);
  });

  it('works on views with an offset and on a copy of the material (content-keyed cache)', async () => {
    const material = newKeyMaterial();
    const backing = new Uint8Array(64);
    backing.set(enc('payload'), 10);
    const sealed = await seal(material, backing.subarray(10, 17), enc(''));
    expect(await open(material.slice(), sealed.iv, sealed.ciphertext, enc(''))).toEqual(
      enc('payload'),
    );
  });

  it('returns undefined, never throws, for malformed input', async () => {
    const material = newKeyMaterial();
    const { iv, ciphertext } = await seal(material, enc('x'), enc(''));
    expect(await open(material.subarray(0, 16), iv, ciphertext, enc(''))).toBeUndefined();
    expect(await open(material, iv.subarray(0, 8), ciphertext, enc(''))).toBeUndefined();
    expect(await open(material, iv, ciphertext.subarray(0, 15), enc(''))).toBeUndefined();
  });

  it('refuses key material that is not 32 bytes', async () => {
    await expect(seal(new Uint8Array(16), enc('x'), enc(''))).rejects.toThrow(RangeError);
  });
});
