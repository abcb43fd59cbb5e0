import { describe, expect, it } from 'vitest';
import { bytesEqual, bytesToHex, hexToBytes } from '../../src/crypto/bytes.js';

describe('bytes', () => {
  it('round-trips hex and refuses non-canonical hex', () => {
    const bytes = Uint8Array.from([0, 1, 0xab, 0xff]);
    expect(bytesToHex(bytes)).toBe('0001abff');
    expect(hexToBytes('0001abff')).toEqual(bytes);
    for (const bad of ['abc', 'AB', 'zz']) expect(hexToBytes(bad)).toBeUndefined();
  });

  it('compares bytes', () => {
    expect(bytesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(bytesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(bytesEqual(Uint8Array.of(1), Uint8Array.of(1, 2))).toBe(false);
  });
});
