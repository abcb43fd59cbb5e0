// The asymmetric and HMAC operations through MSW in Node: the AWS SDK and the typed client call
// their usual endpoint, the mock answers with real cryptography, and the results check offline.
import * as sdk from '@aws-sdk/client-kms';
import { constants, createPublicKey, verify } from 'node:crypto';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKmsClient } from '../../src/client/index.js';
import { createKmsMock } from '../../src/msw/index.js';

const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };
const kms = createKmsMock({ region: 'eu-west-1' });
const server = setupServer(...kms.handlers);
const client = new sdk.KMSClient({ region: 'eu-west-1', credentials, maxAttempts: 1 });
const typed = createKmsClient({ region: 'eu-west-1', credentials });
const message = new TextEncoder().encode('msw message');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  client.destroy();
  server.close();
});

describe('MSW answers the asymmetric operations', () => {
  it('Sign with the SDK, then Verify offline and through the typed client', async () => {
    const created = await client.send(
      new sdk.CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }),
    );
    const KeyId = created.KeyMetadata?.KeyId ?? '';
    const signed = await client.send(
      new sdk.SignCommand({ KeyId, Message: message, SigningAlgorithm: 'RSASSA_PSS_SHA_512' }),
    );
    const { PublicKey } = await typed.getPublicKey({ KeyId });
    const key = createPublicKey({ key: Buffer.from(PublicKey ?? []), format: 'der', type: 'spki' });
    const signature = signed.Signature ?? new Uint8Array();
    expect(
      verify(
        'sha512',
        message,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 64 },
        signature,
      ),
    ).toBe(true);
    const verified = await typed.verify({
      KeyId,
      Message: message,
      Signature: signature,
      SigningAlgorithm: 'RSASSA_PSS_SHA_512',
    });
    expect(verified.SignatureValid).toBe(true);
    expect(kms.calls('Sign')).toHaveLength(1);
  });

  it('GenerateMac, then VerifyMac, and a flipped bit is KMSInvalidMacException', async () => {
    const created = await typed.createKey({ KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const KeyId = created.KeyMetadata?.KeyId ?? '';
    const { Mac } = await typed.generateMac({
      KeyId,
      Message: message,
      MacAlgorithm: 'HMAC_SHA_384',
    });
    expect(Mac).toHaveLength(48);
    const ok = await client.send(
      new sdk.VerifyMacCommand({ KeyId, Message: message, Mac, MacAlgorithm: 'HMAC_SHA_384' }),
    );
    expect(ok.MacValid).toBe(true);
    const bad = Uint8Array.from(Mac ?? [], (b, i) => (i === 5 ? b ^ 0x10 : b));
    await expect(
      client.send(
        new sdk.VerifyMacCommand({
          KeyId,
          Message: message,
          Mac: bad,
          MacAlgorithm: 'HMAC_SHA_384',
        }),
      ),
    ).rejects.toBeInstanceOf(sdk.KMSInvalidMacException);
  });

  it('failNext works for the new operations', async () => {
    kms.failNext('Sign', 'KMSInternalException');
    await expect(
      client.send(
        new sdk.SignCommand({ KeyId: 'k', Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }),
      ),
    ).rejects.toBeInstanceOf(sdk.KMSInternalException);
  });
});
