// Type tests for the mock's controls: the compiler (npx tsc) checks every @ts-expect-error below.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { KmsAnyCall, KmsMock, OperationErrorName } from '../../src/msw/index.js';

function typeChecks(kms: KmsMock): void {
  kms.failNext('Decrypt', 'InvalidCiphertextException');
  kms.failAlways('GenerateDataKey', 'KMSInternalException', 'down');
  kms.use('GenerateRandom', () => ({ Plaintext: new Uint8Array(4) }));
  kms.use('EnableKey', () => undefined);
  kms.use('Decrypt', () => ({ Plaintext: Buffer.from('any Uint8Array will do') }));
  kms.use('GenerateDataKey', ({ input }) => ({
    KeyId: input.KeyId,
    Plaintext: new Uint8Array(input.NumberOfBytes ?? 32),
  }));

  // @ts-expect-error Decrypt does not declare AlreadyExistsException
  kms.failNext('Decrypt', 'AlreadyExistsException');
  // @ts-expect-error not an error name at all
  kms.failAlways('Decrypt', 'Oops');
  // @ts-expect-error no such operation
  kms.failNext('DeleteKey', 'KMSInternalException');
  // @ts-expect-error blobs are bytes in resolver outputs
  kms.use('GenerateRandom', () => ({ Plaintext: 'AAAA' }));
  // @ts-expect-error the output of another operation
  kms.use('Decrypt', () => ({ KeyMetadata: { KeyId: 'k' } }));
  // @ts-expect-error calls are per operation of the spec
  kms.calls('DeleteKey');
}

describe('mock control types', () => {
  it('type calls by operation and errors by what the spec declares', () => {
    expectTypeOf<ReturnType<KmsMock['calls']>>().toEqualTypeOf<readonly KmsAnyCall[]>();
    expectTypeOf<OperationErrorName<'Decrypt'>>().toExtend<string>();
    expectTypeOf<'InvalidCiphertextException'>().toExtend<OperationErrorName<'Decrypt'>>();
    expect(typeof typeChecks).toBe('function');
  });

  it('narrow a call of any operation by its name', () => {
    const narrow = (call: KmsAnyCall) =>
      call.operation === 'Encrypt' ? call.input.Plaintext : undefined;
    expectTypeOf(narrow).returns.toEqualTypeOf<Uint8Array<ArrayBuffer> | undefined>();
  });
});
