// createKmsMock({ seed }) with asymmetric and HMAC key material: the seeded keys answer with their
// own material, before and after reset, and a seed that does not fit is refused where it is given.
import * as sdk from '@aws-sdk/client-kms';
import { createHmac, generateKeyPairSync, verify } from 'node:crypto';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKmsMock, KmsSeedError } from '../../src/msw/index.js';

const ED_KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const MAC_KEY = '0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a';
const ed = generateKeyPairSync('ed25519');
const macMaterial = Buffer.alloc(64, 3);

const kms = createKmsMock({
  region: 'eu-west-1',
  seed: {
    keys: [
      {
        id: ED_KEY,
        keySpec: 'ECC_NIST_EDWARDS25519',
        keyUsage: 'SIGN_VERIFY',
        privateKey: String(ed.privateKey.export({ format: 'pem', type: 'pkcs8' })),
      },
      {
        id: MAC_KEY,
        keySpec: 'HMAC_512',
        keyUsage: 'GENERATE_VERIFY_MAC',
        material: macMaterial.toString('base64'),
      },
    ],
  },
});
const server = setupServer(...kms.handlers);
const client = new sdk.KMSClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
  maxAttempts: 1,
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  await kms.reset();
});
afterAll(() => {
  client.destroy();
  server.close();
});

describe('an MSW mock seeded with key material', () => {
  it.each(['first', 'after reset'])('signs with the seeded Ed25519 key (%s)', async () => {
    const got = await client.send(new sdk.GetPublicKeyCommand({ KeyId: ED_KEY }));
    expect(Buffer.from(got.PublicKey ?? [])).toEqual(
      ed.publicKey.export({ format: 'der', type: 'spki' }),
    );
    const message = Buffer.from('seeded ed25519');
    const signed = await client.send(
      new sdk.SignCommand({
        KeyId: ED_KEY,
        Message: message,
        MessageType: 'RAW',
        SigningAlgorithm: 'ED25519_SHA_512',
      }),
    );
    expect(verify(null, message, ed.publicKey, Buffer.from(signed.Signature ?? []))).toBe(true);
    const mac = await client.send(
      new sdk.GenerateMacCommand({
        KeyId: MAC_KEY,
        Message: message,
        MacAlgorithm: 'HMAC_SHA_512',
      }),
    );
    expect(Buffer.from(mac.Mac ?? [])).toEqual(
      createHmac('sha512', macMaterial).update(message).digest(),
    );
  });

  it('reports a private key of another key spec when the mock starts', async () => {
    const wrong = createKmsMock({
      seed: {
        keys: [
          {
            id: ED_KEY,
            keySpec: 'ECC_NIST_P256',
            keyUsage: 'SIGN_VERIFY',
            privateKey: String(ed.privateKey.export({ format: 'pem', type: 'pkcs8' })),
          },
        ],
      },
    });
    await expect(wrong.reset()).rejects.toThrow(
      new KmsSeedError(
        'The KMS mock seed could not be applied:\nseed keys[0].privateKey: is not an EC key on the curve 1.2.840.10045.3.1.7 (key spec ECC_NIST_P256)',
      ),
    );
  });

  it('refuses HMAC material of the wrong length where the mock is created', () => {
    expect(() =>
      createKmsMock({
        seed: {
          keys: [
            {
              id: MAC_KEY,
              keySpec: 'HMAC_512',
              keyUsage: 'GENERATE_VERIFY_MAC',
              material: Buffer.alloc(32).toString('base64'),
            },
          ],
        },
      }),
    ).toThrow(
      new KmsSeedError(
        'The KMS mock seed is not valid:\nseed keys[0].material: must be standard padded base64 of exactly 64 bytes',
      ),
    );
  });
});
