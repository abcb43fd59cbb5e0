import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../src/crypto/bytes.js';
import {
  MAX_BLOB_BYTES,
  encodeBlob,
  encodeBlobHeader,
  parseBlob,
  type BlobParts,
} from '../../src/crypto/ciphertext-blob.js';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const materialId = 'ab'.repeat(32);
const parts = (ciphertextBytes: number, id = keyId): BlobParts => ({
  keyId: id,
  materialId,
  iv: new Uint8Array(12).fill(7),
  ciphertext: new Uint8Array(ciphertextBytes).fill(9),
});

describe('encodeBlob / parseBlob', () => {
  it('lays out magic, version, key id, material id, iv, ciphertext', () => {
    const blob = encodeBlob(parts(48));
    expect(bytesToHex(blob.subarray(0, 4))).toBe('6b630124');
    expect(new TextDecoder().decode(blob.subarray(4, 40))).toBe(keyId);
    expect(bytesToHex(blob.subarray(40, 72))).toBe(materialId);
    expect(blob.length).toBe(4 + 36 + 32 + 12 + 48);
  });

  it('round-trips, for UUID and mrk- ids', () => {
    for (const id of [keyId, 'mrk-1234abcd12ab34cd56ef1234567890ab']) {
      const input = parts(20, id);
      const parsed = parseBlob(encodeBlob(input));
      expect(parsed).toMatchObject({
        keyId: id,
        materialId,
        iv: input.iv,
        ciphertext: input.ciphertext,
      });
      expect(parsed?.header).toEqual(encodeBlobHeader(id, materialId));
    }
  });

  it('stays well under the 6144-byte CiphertextType max (evidence `model.ciphertext-type`)', () => {
    expect(encodeBlob(parts(32 + 16)).length).toBe(132);
    expect(encodeBlob(parts(4096 + 16)).length).toBe(4196);
  });

  const malformed: [string, Uint8Array][] = [
    ['empty', new Uint8Array()],
    ['wrong magic', Uint8Array.from([0x01, 0x02, 0x03, ...encodeBlob(parts(16)).subarray(3)])],
    ['unknown version', Uint8Array.from(encodeBlob(parts(16)), (b, i) => (i === 2 ? 2 : b))],
    ['zero-length key id', Uint8Array.from(encodeBlob(parts(16)), (b, i) => (i === 3 ? 0 : b))],
    [
      'key id length past the end',
      Uint8Array.from(encodeBlob(parts(16)), (b, i) => (i === 3 ? 255 : b)),
    ],
    [
      'non-printable key id',
      Uint8Array.from(encodeBlob(parts(16)), (b, i) => (i === 4 ? 0x0a : b)),
    ],
    ['over 6144 bytes', new Uint8Array(MAX_BLOB_BYTES + 1)],
  ];
  it.each(malformed)('returns undefined for %s', (_, bytes) => {
    expect(parseBlob(bytes)).toBeUndefined();
  });

  it('returns undefined for every prefix too short to hold header, iv and tag', () => {
    const blob = encodeBlob(parts(16));
    for (let n = 0; n < blob.length; n++) expect(parseBlob(blob.subarray(0, n))).toBeUndefined();
    expect(parseBlob(blob)).toBeDefined();
  });

  it('never throws on arbitrary bytes', () => {
    const prefixed = fc
      .uint8Array({ maxLength: 200 })
      .map((b) => Uint8Array.from([0x6b, 0x63, 1, ...b]));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), prefixed), (bytes) => {
        parseBlob(bytes);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  const badParts: [string, BlobParts][] = [
    ['empty key id', parts(16, '')],
    ['non-ASCII key id', parts(16, 'clé')],
    ['short iv', { ...parts(16), iv: new Uint8Array(11) }],
    ['ciphertext shorter than a tag', parts(15)],
    ['uppercase material id', { ...parts(16), materialId: 'AB'.repeat(32) }],
    ['too large', parts(MAX_BLOB_BYTES)],
  ];
  it.each(badParts)('encodeBlob refuses %s with a RangeError', (_, input) => {
    expect(() => encodeBlob(input)).toThrow(RangeError);
  });
});
