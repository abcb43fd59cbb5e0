import {
  constants,
  createECDH,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  privateDecrypt,
  publicEncrypt,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveSharedSecret } from '../../src/crypto/ecdh.js';
import { computeMac, HMAC_KEY_SPECS, newHmacKey, verifyMac } from '../../src/crypto/hmac.js';
import { generateKeyPair } from '../../src/crypto/key-pairs.js';
import { oaepDecrypt, oaepEncrypt, oaepPlaintextLimit } from '../../src/crypto/rsa-oaep.js';

const message = new TextEncoder().encode('some important message');

describe('HMAC', () => {
  it.each(Object.entries(HMAC_KEY_SPECS))(
    '%s: %j matches OpenSSL',
    async (spec, { algorithm, keyBytes }) => {
      const key = newHmacKey(spec as keyof typeof HMAC_KEY_SPECS);
      expect(key.length).toBe(keyBytes);
      const mac = await computeMac(algorithm, key, message);
      const hash = `sha${algorithm.slice('HMAC_SHA_'.length)}`;
      expect(Buffer.from(mac)).toEqual(createHmac(hash, key).update(message).digest());
      expect(await verifyMac(algorithm, key, message, mac)).toBe(true);
      const flipped = mac.slice();
      flipped[0] = (flipped[0] ?? 0) ^ 0x80;
      expect(await verifyMac(algorithm, key, message, flipped)).toBe(false);
      expect(await verifyMac(algorithm, key, Uint8Array.of(1), mac)).toBe(false);
    },
  );

  it('keys are fresh', () => {
    expect(newHmacKey('HMAC_256')).not.toEqual(newHmacKey('HMAC_256'));
  });
});

describe('RSAES-OAEP', () => {
  it.each([
    ['RSA_2048', 'RSAES_OAEP_SHA_1', 214],
    ['RSA_2048', 'RSAES_OAEP_SHA_256', 190],
    ['RSA_3072', 'RSAES_OAEP_SHA_1', 342],
    ['RSA_3072', 'RSAES_OAEP_SHA_256', 318],
    ['RSA_4096', 'RSAES_OAEP_SHA_1', 470],
    ['RSA_4096', 'RSAES_OAEP_SHA_256', 446],
  ] as const)('%s %s takes up to %i bytes (recorded)', (spec, algorithm, limit) => {
    expect(oaepPlaintextLimit(spec, algorithm)).toBe(limit);
  });

  it.each(['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] as const)(
    '%s round-trips with OpenSSL both ways',
    async (algorithm) => {
      const pair = await generateKeyPair('RSA_2048');
      const oaepHash = algorithm === 'RSAES_OAEP_SHA_1' ? 'sha1' : 'sha256';
      const publicKey = createPublicKey({
        key: Buffer.from(pair.publicKey),
        format: 'der',
        type: 'spki',
      });
      const privateKey = createPrivateKey({
        key: Buffer.from(pair.privateKey),
        format: 'der',
        type: 'pkcs8',
      });
      const plaintext = new Uint8Array(oaepPlaintextLimit('RSA_2048', algorithm)).fill(7);

      const ours = await oaepEncrypt(algorithm, pair.publicKey, plaintext);
      expect(ours.length).toBe(256);
      expect(ours).not.toEqual(await oaepEncrypt(algorithm, pair.publicKey, plaintext)); // randomized
      const padding = constants.RSA_PKCS1_OAEP_PADDING;
      expect(new Uint8Array(privateDecrypt({ key: privateKey, padding, oaepHash }, ours))).toEqual(
        plaintext,
      );

      const theirs = publicEncrypt({ key: publicKey, padding, oaepHash }, plaintext);
      expect(await oaepDecrypt(algorithm, pair.privateKey, theirs)).toEqual(plaintext);
      const other = algorithm === 'RSAES_OAEP_SHA_1' ? 'RSAES_OAEP_SHA_256' : 'RSAES_OAEP_SHA_1';
      expect(await oaepDecrypt(other, pair.privateKey, theirs)).toBeUndefined();
      expect(await oaepDecrypt(algorithm, pair.privateKey, new Uint8Array(256))).toBeUndefined();
    },
  );
});

describe('ECDH', () => {
  it.each([
    ['ECC_NIST_P256', 'prime256v1', 32],
    ['ECC_NIST_P384', 'secp384r1', 48],
    ['ECC_NIST_P521', 'secp521r1', 66],
  ] as const)(
    '%s equals the secret OpenSSL derives from the other side',
    async (spec, curve, size) => {
      const ours = await generateKeyPair(spec);
      const peer = generateKeyPairSync('ec', { namedCurve: curve });
      const peerSpki = new Uint8Array(peer.publicKey.export({ format: 'der', type: 'spki' }));
      const secret = await deriveSharedSecret(spec, ours.privateKey, peerSpki);
      expect(secret?.length).toBe(size);
      const expected = diffieHellman({
        privateKey: peer.privateKey,
        publicKey: createPublicKey({
          key: Buffer.from(ours.publicKey),
          format: 'der',
          type: 'spki',
        }),
      });
      expect(Buffer.from(secret ?? [])).toEqual(expected);
    },
  );

  it('refuses a public key of another curve or of no curve', async () => {
    const ours = await generateKeyPair('ECC_NIST_P256');
    const p384 = await generateKeyPair('ECC_NIST_P384');
    expect(
      await deriveSharedSecret('ECC_NIST_P256', ours.privateKey, p384.publicKey),
    ).toBeUndefined();
    expect(
      await deriveSharedSecret('ECC_NIST_P256', ours.privateKey, Uint8Array.of(1, 2, 3)),
    ).toBeUndefined();
    const raw = createECDH('prime256v1');
    raw.generateKeys();
    expect(
      await deriveSharedSecret('ECC_NIST_P256', ours.privateKey, raw.getPublicKey()),
    ).toBeUndefined();
  });
});
