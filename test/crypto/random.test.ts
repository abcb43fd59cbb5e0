import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../src/crypto/bytes.js';
import {
  materialIdOf,
  newKeyId,
  newKeyMaterial,
  newMultiRegionKeyId,
  randomBytes,
} from '../../src/crypto/random.js';

describe('random', () => {
  it('gives any length, past the 65536-byte getRandomValues quota', () => {
    expect(randomBytes(0).length).toBe(0);
    const big = randomBytes(2 * 65_536 + 5);
    expect(big.length).toBe(2 * 65_536 + 5);
    expect(big.subarray(65_536 * 2).some((b) => b !== 0)).toBe(true);
    expect(() => randomBytes(-1)).toThrow(RangeError);
    expect(() => randomBytes(1.5)).toThrow(RangeError);
  });

  it('makes key ids in the shapes of evidence `docs.key-id-forms`', () => {
    expect(newKeyId()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(newMultiRegionKeyId()).toMatch(/^mrk-[0-9a-f]{32}$/);
    expect(newKeyId()).not.toBe(newKeyId());
  });

  it('makes fresh 32-byte key material', () => {
    const a = newKeyMaterial();
    expect(a.length).toBe(32);
    expect(a).not.toEqual(newKeyMaterial());
  });

  it('derives a stable, labelled 64-hex material id', async () => {
    const material = newKeyMaterial();
    const id = await materialIdOf(material);
    expect(id).toMatch(/^[a-f0-9]{64}$/);
    expect(await materialIdOf(material.slice())).toBe(id);
    expect(await materialIdOf(newKeyMaterial())).not.toBe(id);
    const plain = bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', material)));
    expect(id).not.toBe(plain);
  });
});
