import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesEqual,
  bytesToBase64,
  bytesToHex,
  hexToBytes,
} from '../../src/crypto/bytes.js';

describe('bytes', () => {
  it('round-trips hex and refuses non-canonical hex', () => {
    const bytes = Uint8Array.from([0, 1, 0xab, 0xff]);
    expect(bytesToHex(bytes)).toBe('0001abff');
    expect(hexToBytes('0001abff')).toEqual(bytes);
    for (const bad of ['abc', 'AB', 'zz']) expect(hexToBytes(bad)).toBeUndefined();
  });

  it('round-trips base64, including large inputs', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => i % 251);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(Uint8Array.from([0xfb, 0xff]))).toBe('+/8=');
  });

  it.each(['AQ', 'AR==', 'AQ==\n', 'A-_=', ' AQ=='])('refuses non-canonical base64 %j', (text) => {
    expect(base64ToBytes(text)).toBeUndefined();
  });

  it('compares bytes', () => {
    expect(bytesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(bytesEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(bytesEqual(Uint8Array.of(1), Uint8Array.of(1, 2))).toBe(false);
  });
});
