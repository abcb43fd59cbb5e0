/**
 * AES-256-GCM through node:crypto, for the node server (node only: never imported by the browser
 * build). Same algorithm, IV and tag sizes as the WebCrypto default, so blobs are interchangeable.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { TAG_BYTES, type AesGcmBackend, type Bytes } from '../crypto/index.js';

function bytes(buffer: Buffer): Bytes {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) as Bytes;
}

export const nodeAesGcm: AesGcmBackend = {
  encrypt(material, iv, plaintext, aad) {
    const cipher = createCipheriv('aes-256-gcm', material, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    return bytes(Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]));
  },
  decrypt(material, iv, ciphertextAndTag, aad) {
    try {
      const split = ciphertextAndTag.length - TAG_BYTES;
      const decipher = createDecipheriv('aes-256-gcm', material, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad);
      decipher.setAuthTag(ciphertextAndTag.subarray(split));
      return bytes(
        Buffer.concat([decipher.update(ciphertextAndTag.subarray(0, split)), decipher.final()]),
      );
    } catch {
      return undefined;
    }
  },
};
