// Envelope encryption with the typed client: a fresh data key per message, kept only encrypted
// next to the data. Runs in browsers and Node 20+ (WebCrypto).
import { createKmsClient, NotFoundException } from 'kms-contract/client';

const kms = createKmsClient({
  region: 'eu-west-1', // endpoint https://kms.eu-west-1.amazonaws.com/ unless `endpoint` is given
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example-secret' }, // or an async function
});

export interface Sealed {
  encryptedKey: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

export async function seal(keyId: string, message: Uint8Array<ArrayBuffer>): Promise<Sealed> {
  const { Plaintext, CiphertextBlob } = await kms.generateDataKey({
    KeyId: keyId,
    KeySpec: 'AES_256',
  });
  if (!Plaintext || !CiphertextBlob) throw new Error('KMS returned no data key');
  const key = await crypto.subtle.importKey('raw', Plaintext, 'AES-GCM', false, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, message));
  return { encryptedKey: CiphertextBlob, iv, data };
}

export async function open(sealed: Sealed): Promise<Uint8Array> {
  const { Plaintext } = await kms.decrypt({ CiphertextBlob: sealed.encryptedKey });
  if (!Plaintext) throw new Error('KMS returned no plaintext');
  const key = await crypto.subtle.importKey('raw', Plaintext, 'AES-GCM', false, ['decrypt']);
  return new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data),
  );
}

export async function keyExists(keyId: string): Promise<boolean> {
  try {
    await kms.describeKey({ KeyId: keyId });
    return true;
  } catch (error) {
    if (error instanceof NotFoundException) return false; // one class per KMS error name
    throw error;
  }
}
