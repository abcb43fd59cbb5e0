import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, isCanonicalBase64 } from '../../src/codec/index.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('decodeBase64 accepts canonical standard padded base64 only', () => {
  it.each<[string, Uint8Array]>([
    ['', bytes()],
    ['AA==', bytes(0)],
    ['AAE=', bytes(0, 1)],
    ['AAEC', bytes(0, 1, 2)],
    ['+/+/', bytes(0xfb, 0xff, 0xbf)],
    ['Zm9vYmFy', new TextEncoder().encode('foobar')],
    ['Zg==', new TextEncoder().encode('f')],
    ['+/8=', bytes(0xfb, 0xff)],
  ])('accepts %j', (text, want) => {
    expect(decodeBase64(text)).toEqual(want);
    expect(isCanonicalBase64(text)).toBe(true);
  });

  it.each([
    ['AA', 'no padding'],
    ['AA=', 'short padding'],
    ['AAA', 'length not a multiple of 4'],
    ['AB==', 'non-zero trailing bits (2 pad)'],
    ['AAF=', 'non-zero trailing bits (1 pad)'],
    ['-_-_', 'URL-safe alphabet'],
    ['AA==AA==', 'padding in the middle'],
    ['A===', 'three pad characters'],
    ['====', 'only padding'],
    ['=AAA', 'leading padding'],
    ['AA A', 'space'],
    ['AAAA\n', 'newline'],
    [' AAAA', 'leading space'],
    ['AAA\u00e9', 'non-ASCII'],
    ['AAA\u0141', 'char code above 255'],
    ['AA.A', 'punctuation'],
  ])('rejects %j (%s)', (text) => {
    expect(decodeBase64(text)).toBeUndefined();
    expect(isCanonicalBase64(text)).toBe(false);
  });
});

describe('agrees with Node Buffer', () => {
  const params = { seed: 20150830, numRuns: 500 };

  it('encodes like Buffer and decodes its own output', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4200 }), (input) => {
        const text = encodeBase64(input);
        expect(text).toBe(Buffer.from(input).toString('base64'));
        expect(decodeBase64(text)).toEqual(input);
      }),
      params,
    );
  });

  it('accepts a string exactly when Buffer re-encodes it unchanged', () => {
    const char = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ '.split(''),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        const buffer = Buffer.from(text, 'base64');
        const canonical = buffer.toString('base64') === text;
        const decoded = decodeBase64(text);
        expect(decoded !== undefined).toBe(canonical);
        if (decoded !== undefined) expect(Buffer.from(decoded).equals(buffer)).toBe(true);
      }),
      params,
    );
  });

  it('round-trips a 4 KB blob', () => {
    const blob = Uint8Array.from({ length: 4096 }, (_, i) => (i * 131) & 255);
    expect(decodeBase64(encodeBase64(blob))).toEqual(blob);
  });

  it('round-trips 100,000 bytes', () => {
    const blob = Uint8Array.from({ length: 100_000 }, (_, i) => i % 251);
    expect(decodeBase64(encodeBase64(blob))).toEqual(blob);
  });
});

// The platform's own codec, which a browser page would use without this one: the same spelling,
// and the same verdict on every string, canonical or not.
describe('agrees with atob and btoa', () => {
  const params = { seed: 5, numRuns: 2000 };
  const binary = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
  /** atob reads it (atob also reads unpadded text) and btoa gives it back unchanged. */
  const atobCanonical = (text: string): boolean => {
    try {
      return text.length % 4 === 0 && btoa(atob(text)) === text;
    } catch {
      return false;
    }
  };

  it('encodes like btoa', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        expect(encodeBase64(input)).toBe(btoa(binary(input)));
      }),
      params,
    );
  });

  it('accepts a string exactly when atob reads it and btoa spells it the same', () => {
    const char = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n'.split(''),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), (chars) => {
        const text = chars.join('');
        const decoded = decodeBase64(text);
        expect(decoded !== undefined).toBe(atobCanonical(text));
        if (decoded !== undefined) expect(binary(decoded)).toBe(atob(text));
      }),
      params,
    );
  });
});
