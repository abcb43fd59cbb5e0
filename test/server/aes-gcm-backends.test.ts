import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decryptBlob,
  encryptUnderKey,
  materialIdOf,
  newKeyId,
  newKeyMaterial,
  useAesGcmBackend,
  type AesGcmBackend,
} from '../../src/crypto/index.js';
import { nodeAesGcm } from '../../src/server/node-aes-gcm.js';

// The default (WebCrypto) backend, captured by swapping in node's and back.
const webCrypto: AesGcmBackend = useAesGcmBackend(nodeAesGcm);
useAesGcmBackend(webCrypto);
afterAll(() => {
  useAesGcmBackend(webCrypto);
});

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
          useAesGcmBackend(nodeSeals ? nodeAesGcm : webCrypto);
          const blob = await encryptUnderKey({ ...key, plaintext, context: ctx });
          useAesGcmBackend(nodeSeals ? webCrypto : nodeAesGcm);
          const opened = await decryptBlob(blob, lookup, ctx);
          expect(opened.ok && Buffer.from(opened.plaintext).equals(Buffer.from(plaintext))).toBe(
            true,
          );
          expect(await decryptBlob(blob, lookup, {})).toEqual({ ok: false, reason: 'auth-failed' });
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
