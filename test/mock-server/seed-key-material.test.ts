// serve --seed with asymmetric and HMAC key material: the keys a test names sign, verify and MAC
// with the material the seed file gives, so signatures and public keys are the same every run.
import * as kms from '@aws-sdk/client-kms';
import { createHmac, generateKeyPairSync, verify } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

const SIGN_KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const MAC_KEY = '0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a';
const signing = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const macMaterial = Buffer.alloc(32, 7);
const indented = (text: string) => text.trim().replace(/\n/g, '\n      ');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kms-seed-material-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('serve with a seed of asymmetric and HMAC keys', () => {
  let server: MockServer;
  let client: kms.KMSClient;
  beforeAll(async () => {
    const file = join(dir, 'seed.yaml');
    await writeFile(
      file,
      `keys:
  - id: ${SIGN_KEY}
    keySpec: ECC_NIST_P256
    keyUsage: SIGN_VERIFY
    privateKey: |
      ${indented(String(signing.privateKey.export({ format: 'pem', type: 'pkcs8' })))}
  - id: ${MAC_KEY}
    keySpec: HMAC_256
    keyUsage: GENERATE_VERIFY_MAC
    material: ${macMaterial.toString('base64')}
`,
    );
    server = await startMockServer({ seed: file });
    client = new kms.KMSClient({
      region: 'us-east-1',
      endpoint: server.url,
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' },
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    client.destroy();
    await server.close();
  });

  it('GetPublicKey gives the public half of the seeded private key, and Sign signs with it', async () => {
    const got = await client.send(new kms.GetPublicKeyCommand({ KeyId: SIGN_KEY }));
    expect(Buffer.from(got.PublicKey ?? [])).toEqual(
      signing.publicKey.export({ format: 'der', type: 'spki' }),
    );
    const message = Buffer.from('seeded signature');
    const signed = await client.send(
      new kms.SignCommand({ KeyId: SIGN_KEY, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    expect(
      verify(
        'sha256',
        message,
        { key: signing.publicKey, dsaEncoding: 'der' },
        Buffer.from(signed.Signature ?? []),
      ),
    ).toBe(true);
  });

  it('GenerateMac is the HMAC of the seeded bytes', async () => {
    const message = Buffer.from('seeded mac');
    const made = await client.send(
      new kms.GenerateMacCommand({
        KeyId: MAC_KEY,
        Message: message,
        MacAlgorithm: 'HMAC_SHA_256',
      }),
    );
    expect(Buffer.from(made.Mac ?? [])).toEqual(
      createHmac('sha256', macMaterial).update(message).digest(),
    );
  });
});

describe('serve with a seed whose private key does not fit its key spec', () => {
  it('refuses to start, naming the field and the reason', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(
      file,
      `keys:
  - id: ${SIGN_KEY}
    keySpec: ECC_NIST_P384
    keyUsage: SIGN_VERIFY
    privateKey: ${Buffer.from(signing.privateKey.export({ format: 'der', type: 'pkcs8' })).toString('base64')}
`,
    );
    await expect(startMockServer({ seed: file })).rejects.toThrow(
      /keys\[0\]\.privateKey: is not an EC key on the curve 1\.3\.132\.0\.34 \(key spec ECC_NIST_P384\)/,
    );
  });
});
