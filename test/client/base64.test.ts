// The client's platform base64 against the wire layer's table codec: the same text for every byte
// string, and the same verdict (and bytes) for every string, canonical or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../src/client/base64.js';
import { decodeBase64, encodeBase64 } from '../../src/protocol/base64.js';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n';
const base64ish = fc
  .array(fc.constantFrom(...alphabet), { maxLength: 16 })
  .map((chars) => chars.join(''));

describe('client base64', () => {
  it('encodes as the wire codec does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(toBase64(bytes)).toBe(encodeBase64(bytes));
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('accepts exactly what the wire codec accepts, with the same bytes', () => {
    fc.assert(
      fc.property(base64ish, (text) => {
        expect(fromBase64(text)).toEqual(decodeBase64(text));
      }),
      { seed: 5, numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(fromBase64(encodeBase64(bytes))).toEqual(bytes);
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it.each(['QQ', 'QR==', 'QUI=x', 'Q===', 'QUJD\n', 'QU-_', '====', 'QUJ=QUJD'])(
    'refuses %j',
    (text) => {
      expect(fromBase64(text)).toBeUndefined();
    },
  );
});
