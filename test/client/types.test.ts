// Type tests: the compiler (npx tsc) checks every @ts-expect-error below; the runtime test only
// keeps the file a test file. Nothing here is called.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { KmsClient, KmsClientInput, KmsOutput } from '../../src/client/index.js';

function typeChecks(kms: KmsClient): void {
  // Valid calls.
  void kms.generateDataKey({ KeyId: 'alias/app', KeySpec: 'AES_256' });
  void kms.generateDataKey({
    KeyId: 'alias/app',
    NumberOfBytes: 64,
    EncryptionContext: { tenant: 'a' },
  });
  void kms.generateDataKeyWithoutPlaintext({ KeyId: 'alias/app', KeySpec: 'AES_128' });
  void kms.decrypt({ CiphertextBlob: new Uint8Array(8) });
  void kms.decrypt({ CiphertextBlob: Buffer.from('AQID', 'base64') });
  void kms.listKeys();
  // Received blobs go to WebCrypto as they are.
  void kms
    .generateDataKey({ KeyId: 'k', KeySpec: 'AES_256' })
    .then(
      ({ Plaintext }) =>
        Plaintext && crypto.subtle.importKey('raw', Plaintext, 'AES-GCM', false, ['encrypt']),
    );
  void kms.createKey();

  // @ts-expect-error KeyId is required
  void kms.generateDataKey({ KeySpec: 'AES_256' });
  // @ts-expect-error KeySpec is AES_256 or AES_128
  void kms.generateDataKey({ KeyId: 'k', KeySpec: 'AES_512' });
  // @ts-expect-error KeySpec and NumberOfBytes exclude each other
  void kms.generateDataKey({ KeyId: 'k', KeySpec: 'AES_256', NumberOfBytes: 32 });
  // @ts-expect-error one of KeySpec and NumberOfBytes is required
  void kms.generateDataKey({ KeyId: 'k' });
  // @ts-expect-error the same rule for GenerateDataKeyWithoutPlaintext
  void kms.generateDataKeyWithoutPlaintext({ KeyId: 'k', KeySpec: 'AES_256', NumberOfBytes: 32 });
  // @ts-expect-error blobs are bytes, not base64 strings
  void kms.decrypt({ CiphertextBlob: 'AQID' });
  // @ts-expect-error AWS member names, not camelCase
  void kms.decrypt({ ciphertextBlob: new Uint8Array(8) });
  // @ts-expect-error an input is required when a member is
  void kms.describeKey();
  // @ts-expect-error no such operation
  void kms.sign({ KeyId: 'k' });
  // @ts-expect-error no such operation for send either
  void kms.send('Sign', { KeyId: 'k' });
}

describe('client types', () => {
  it('type blobs as Uint8Array and keep outputs optional, as the AWS model does', () => {
    expectTypeOf<KmsOutput<'GenerateDataKey'>['Plaintext']>().toEqualTypeOf<
      Uint8Array<ArrayBuffer> | undefined
    >();
    expectTypeOf<KmsOutput<'GenerateDataKey'>['KeyId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<KmsOutput<'EnableKey'>>().toEqualTypeOf<undefined>();
    expectTypeOf<KmsClientInput<'Encrypt'>['Plaintext']>().toEqualTypeOf<Uint8Array>();
    expectTypeOf<ReturnType<KmsClient['decrypt']>>().toEqualTypeOf<Promise<KmsOutput<'Decrypt'>>>();
    expect(typeof typeChecks).toBe('function');
  });
});
