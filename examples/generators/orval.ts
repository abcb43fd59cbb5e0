// orval's fetch client (orval.config.cjs) against `kms-contract serve`.
import { createKey, decrypt, generateDataKey } from './kms.js';

const created = await createKey({}, { 'X-Amz-Target': 'TrentService.CreateKey' });
const KeyId = created.status === 200 ? (created.data.KeyMetadata?.KeyId ?? '') : '';
const made = await generateDataKey(
  { KeyId, KeySpec: 'AES_256' },
  { 'X-Amz-Target': 'TrentService.GenerateDataKey' },
);
if (made.status !== 200) throw new Error(`GenerateDataKey: ${made.status}`);
const opened = await decrypt(
  { CiphertextBlob: made.data.CiphertextBlob ?? '' },
  { 'X-Amz-Target': 'TrentService.Decrypt' },
);
if (opened.status !== 200) throw new Error(`Decrypt: ${opened.status}`);
console.log(opened.data.Plaintext === made.data.Plaintext ? 'round trip ok' : 'MISMATCH');
