import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../src/crypto/bytes.js';
import {
  encodeEncryptionContext,
  isWellFormedContext,
  type EncryptionContext,
} from '../../src/crypto/encryption-context.js';

const hex = (ctx: EncryptionContext | undefined): string =>
  bytesToHex(encodeEncryptionContext(ctx));

describe('encodeEncryptionContext', () => {
  it('encodes count, then length-prefixed key and value, big-endian', () => {
    expect(hex({ purpose: 'test' })).toBe(
      '00000001' +
        '00000007' +
        bytesToHex(new TextEncoder().encode('purpose')) +
        '00000004' +
        '74657374',
    );
  });

  it('treats omitted and empty contexts alike (evidence `docs.encryption-context`)', () => {
    expect(hex(undefined)).toBe('00000000');
    expect(hex({})).toBe('00000000');
  });

  it('does not depend on property order', () => {
    expect(hex({ a: '1', b: '2', c: '3' })).toBe(hex({ c: '3', a: '1', b: '2' }));
  });

  it('sorts by UTF-8 bytes of the key, not UTF-16 code units', () => {
    // U+FFFF is EF BF BF in UTF-8 and sorts before U+10000 (F0 90 80 80); in UTF-16 it is after.
    const encoded = hex({ '\u{10000}': 'x', '\uffff': 'y' });
    expect(encoded.indexOf('efbfbf')).toBeLessThan(encoded.indexOf('f0908080'));
  });

  const ambiguous: [string, EncryptionContext, EncryptionContext][] = [
    ['key/value boundary', { ab: 'c' }, { a: 'bc' }],
    ['pair boundary', { a: 'b', c: 'd' }, { ab: 'cd' }],
    ['empty value', { a: '', b: 'c' }, { ab: 'c' }],
    ['empty key', { '': 'ab' }, { a: 'b' }],
    ['case', { Purpose: 'x' }, { purpose: 'x' }],
  ];
  it.each(ambiguous)('tells apart contexts naive concatenation confuses: %s', (_, a, b) => {
    expect(hex(a)).not.toBe(hex(b));
  });

  it('is injective over random contexts', () => {
    // A two-letter alphabet and short strings make boundary collisions likely, not rare.
    const text = fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 3 });
    const context = fc.dictionary(text, text, { maxKeys: 3 });
    const canonical = (c: EncryptionContext): string => JSON.stringify(Object.entries(c).sort());
    fc.assert(
      fc.property(context, context, (a, b) => {
        expect(hex(a) === hex(b)).toBe(canonical(a) === canonical(b));
      }),
      { seed: 20240801, numRuns: 5000 },
    );
  });

  it('refuses lone surrogates, which UTF-8 encoding would merge with U+FFFD', () => {
    expect(isWellFormedContext({ k: '\ud800' })).toBe(false);
    expect(isWellFormedContext({ '\udc00': 'v' })).toBe(false);
    expect(isWellFormedContext({ k: '\u{1f600}' })).toBe(true);
    expect(() => encodeEncryptionContext({ k: '\ud800' })).toThrow(RangeError);
  });
});
