import * as sdk from '@aws-sdk/client-kms';
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import {
  decryptBlob,
  encryptUnderKey,
  materialIdOf,
  newKeyId,
  newKeyMaterial,
  webCryptoAesGcm,
  type AesGcmBackend,
} from '../../src/crypto/index.js';
import { createKmsEngine } from '../../src/mock/index.js';
import { createKmsMock } from '../../src/msw/index.js';
import { nodeAesGcm } from '../../src/server/node-aes-gcm.js';
import { startMockServer } from '../../src/server/start-mock-server.js';

describe('AES-GCM backends', () => {
  it('a blob sealed with one backend opens with the other, and only with its context', async () => {
    const material = newKeyMaterial();
    const key = { keyId: newKeyId(), material, materialId: await materialIdOf(material) };
    const lookup = () => ({ material: key.material, materialId: key.materialId });
    const context = fc.dictionary(fc.string({ minLength: 1 }), fc.string(), {
      minKeys: 1,
      maxKeys: 3,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 4096 }),
        context,
        fc.boolean(),
        async (plaintext, ctx, nodeSeals) => {
          const [sealer, opener] = nodeSeals
            ? [nodeAesGcm, webCryptoAesGcm]
            : [webCryptoAesGcm, nodeAesGcm];
          const blob = await encryptUnderKey({ ...key, plaintext, context: ctx, aesGcm: sealer });
          const opened = await decryptBlob(blob, lookup, ctx, opener);
          expect(opened.ok && Buffer.from(opened.plaintext).equals(Buffer.from(plaintext))).toBe(
            true,
          );
          expect(await decryptBlob(blob, lookup, {}, opener)).toEqual({
            ok: false,
            reason: 'auth-failed',
          });
        },
      ),
      { seed: 11, numRuns: 40 },
    );
  });

  it('the node backend refuses a tampered tag without throwing', () => {
    const material = new Uint8Array(32).fill(1);
    const iv = new Uint8Array(12);
    const sealed = nodeAesGcm.encrypt(
      material,
      iv,
      new Uint8Array([1, 2, 3]),
      new Uint8Array(),
    ) as Uint8Array<ArrayBuffer>;
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
    expect(nodeAesGcm.decrypt(material, iv, sealed, new Uint8Array())).toBeUndefined();
  });
});

/** node:crypto's backend, counting the seals and opens that go through it. */
function countingBackend(): AesGcmBackend & { calls: number } {
  const backend = {
    calls: 0,
    encrypt: (...args: Parameters<AesGcmBackend['encrypt']>) => {
      backend.calls++;
      return nodeAesGcm.encrypt(...args);
    },
    decrypt: (...args: Parameters<AesGcmBackend['decrypt']>) => {
      backend.calls++;
      return nodeAesGcm.decrypt(...args);
    },
  };
  return backend;
}

describe('the AES-GCM backend is an option of each engine, not of the process', () => {
  it('an engine seals and opens with the backend it was built with, and no other engine does', async () => {
    const mine = countingBackend();
    const counted = createKmsEngine({ aesGcm: mine });
    const other = createKmsEngine();
    for (const engine of [other, counted]) {
      const { KeyMetadata } = await engine.call('CreateKey', {});
      const made = await engine.call('GenerateDataKey', {
        KeyId: KeyMetadata?.KeyId,
        KeySpec: 'AES_256',
      });
      const opened = await engine.call('Decrypt', { CiphertextBlob: made.CiphertextBlob });
      expect(opened.Plaintext).toBe(made.Plaintext);
      // `other` ran first: the counted backend saw none of its calls.
      expect(mine.calls).toBe(engine === other ? 0 : 2);
    }
  });

  const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };

  async function roundTrip(client: sdk.KMSClient): Promise<void> {
    const { KeyMetadata } = await client.send(new sdk.CreateKeyCommand({}));
    const made = await client.send(
      new sdk.GenerateDataKeyCommand({ KeyId: KeyMetadata?.KeyId, KeySpec: 'AES_256' }),
    );
    const opened = await client.send(
      new sdk.DecryptCommand({ CiphertextBlob: made.CiphertextBlob }),
    );
    expect(opened.Plaintext).toEqual(made.Plaintext);
  }

  it.each(['server first', 'MSW first'])(
    'a server and an MSW mock in one process, closed %s, each keeps working',
    async (order) => {
      const server = await startMockServer();
      const mock = createKmsMock();
      const interceptor = setupServer(...mock.handlers);
      // The HTTP server on 127.0.0.1 is reached for real; anything else unhandled is an error.
      interceptor.listen({
        onUnhandledRequest: (request, print) => {
          if (new URL(request.url).hostname !== '127.0.0.1') print.error();
        },
      });
      const viaServer = new sdk.KMSClient({
        region: 'us-east-1',
        endpoint: server.url,
        credentials,
        maxAttempts: 1,
      });
      const viaMsw = new sdk.KMSClient({ region: 'us-east-1', credentials, maxAttempts: 1 });
      try {
        await roundTrip(viaServer);
        await roundTrip(viaMsw);
        if (order === 'server first') {
          await server.close();
          await roundTrip(viaMsw);
          interceptor.close();
        } else {
          interceptor.close();
          await roundTrip(viaServer);
          await server.close();
        }
        // A server started after both were closed works as well.
        const again = await startMockServer();
        const client = new sdk.KMSClient({
          region: 'us-east-1',
          endpoint: again.url,
          credentials,
          maxAttempts: 1,
        });
        await roundTrip(client);
        client.destroy();
        await again.close();
      } finally {
        viaServer.destroy();
        viaMsw.destroy();
        interceptor.close();
        await server.close().catch(() => undefined);
      }
    },
  );
});
