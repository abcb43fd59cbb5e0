// The work of the bare-crypto server for one GenerateDataKey, without HTTP: the request's JSON
// parsed, a fresh data key sealed with AES-256-GCM under one fixed key (node:crypto), and the reply
// serialised. No validation, no key lookup, no key state. Shared with bench/switch-cost.mjs, which
// times exactly this.
import { createCipheriv, randomBytes } from 'node:crypto';

export const KEY_ARN =
  'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const material = randomBytes(32);
const header = Buffer.from(`kc\x01${KEY_ARN}`);

/** The reply body to a GenerateDataKey request body. */
export function dataKeyReply(requestBody) {
  const input = JSON.parse(requestBody.toString('utf8'));
  const plaintext = randomBytes(input.NumberOfBytes ?? 32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', material, iv);
  cipher.setAAD(header);
  const sealed = Buffer.concat([
    header,
    iv,
    cipher.update(plaintext),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return JSON.stringify({
    CiphertextBlob: sealed.toString('base64'),
    Plaintext: plaintext.toString('base64'),
    KeyId: KEY_ARN,
  });
}
