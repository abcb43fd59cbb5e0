import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b64, failure, fixture, newKey, unb64 } from './helpers.js';

describe('GenerateDataKey and Decrypt', () => {
  it('round-trips with every key id form and answers the key ARN', async () => {
    const { kms, keyId, arn } = await fixture({ region: 'eu-west-1', account: '123456789012' });
    for (const KeyId of [
      keyId,
      arn,
      'alias/test',
      'arn:aws:kms:eu-west-1:123456789012:alias/test',
    ]) {
      const made = await kms.call('GenerateDataKey', { KeyId, KeySpec: 'AES_256' });
      expect(made.KeyId).toBe(arn);
      expect(unb64(made.Plaintext)).toHaveLength(32);
      expect(made.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
      const opened = await kms.call('Decrypt', { CiphertextBlob: made.CiphertextBlob });
      expect(opened).toEqual({
        KeyId: arn,
        Plaintext: made.Plaintext,
        EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        KeyMaterialId: made.KeyMaterialId,
      });
    }
  });

  it('gives data keys of the asked length, bound to their context (property)', async () => {
    const { kms, keyId } = await fixture();
    const context = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.string({ maxLength: 8 }),
      { maxKeys: 4 },
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1024 }), context, async (n, EncryptionContext) => {
        const made = await kms.call('GenerateDataKey', {
          KeyId: keyId,
          NumberOfBytes: n,
          EncryptionContext,
        });
        expect(unb64(made.Plaintext)).toHaveLength(n);
        const opened = await kms.call('Decrypt', {
          CiphertextBlob: made.CiphertextBlob,
          EncryptionContext,
        });
        expect(opened.Plaintext).toBe(made.Plaintext);
      }),
      { seed: 20261129, numRuns: 60 },
    );
  });

  it('reads a member set to null as absent, as AWS JSON servers do', async () => {
    const { kms, keyId } = await fixture();
    const made = await kms.call('GenerateDataKey', {
      KeyId: keyId,
      KeySpec: 'AES_256',
      NumberOfBytes: null,
      EncryptionContext: null,
    });
    expect(unb64(made.Plaintext)).toHaveLength(32);
  });

  it('refuses a context that is not well-formed Unicode as invalid, never as a fault', async () => {
    const { kms, keyId } = await fixture();
    const lone = { a: '\ud800' };
    expect(
      (
        await failure(
          kms.call('GenerateDataKey', {
            KeyId: keyId,
            KeySpec: 'AES_256',
            EncryptionContext: lone,
          }),
        )
      ).type,
    ).toBe('ValidationException');
    expect(
      (
        await failure(
          kms.call('Encrypt', { KeyId: keyId, Plaintext: 'AA==', EncryptionContext: lone }),
        )
      ).type,
    ).toBe('ValidationException');
    const { CiphertextBlob } = await kms.call('GenerateDataKey', {
      KeyId: keyId,
      KeySpec: 'AES_256',
    });
    expect(
      (await failure(kms.call('Decrypt', { CiphertextBlob, EncryptionContext: lone }))).type,
    ).toBe('InvalidCiphertextException');
  });

  it('requires CiphertextBlob on Decrypt and ReEncrypt, as a missing member', async () => {
    const { kms, keyId } = await fixture();
    const want = {
      type: 'ValidationException',
      message:
        "1 validation error detected: Value null at 'ciphertextBlob' failed to satisfy constraint: Member must not be null",
    };
    expect(await failure(kms.call('Decrypt', {}))).toEqual(want);
    expect(await failure(kms.call('ReEncrypt', { DestinationKeyId: keyId }))).toEqual(want);
  });

  it('refuses non-canonical base64 (AB== spells the byte of AA==) as a serialization error', async () => {
    const { kms, keyId } = await fixture();
    expect((await failure(kms.call('Encrypt', { KeyId: keyId, Plaintext: 'AB==' }))).type).toBe(
      'SerializationException',
    );
  });

  it('seals a context of 50,000 pairs without overflowing the stack', async () => {
    const { kms, keyId } = await fixture();
    const EncryptionContext = Object.fromEntries(
      Array.from({ length: 50_000 }, (_, i) => [`k${i}`, `v${i}`]),
    );
    const { CiphertextBlob } = await kms.call('GenerateDataKey', {
      KeyId: keyId,
      KeySpec: 'AES_256',
      EncryptionContext,
    });
    expect((await kms.call('Decrypt', { CiphertextBlob, EncryptionContext })).KeyId).toContain(
      keyId,
    );
  });

  it('AES_128 gives 16 bytes; WithoutPlaintext then Decrypt gives the asked length', async () => {
    const { kms, keyId } = await fixture();
    expect(
      unb64((await kms.call('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_128' })).Plaintext),
    ).toHaveLength(16);
    const made = await kms.call('GenerateDataKeyWithoutPlaintext', {
      KeyId: keyId,
      NumberOfBytes: 48,
    });
    expect(made).not.toHaveProperty('Plaintext');
    expect(
      unb64((await kms.call('Decrypt', { CiphertextBlob: made.CiphertextBlob })).Plaintext),
    ).toHaveLength(48);
  });

  it.each([
    ['both', { KeySpec: 'AES_256', NumberOfBytes: 32 }],
    ['neither', {}],
  ])('KeySpec and NumberOfBytes: %s → ValidationException', async (_name, extra) => {
    const { kms, keyId } = await fixture();
    expect(await failure(kms.call('GenerateDataKey', { KeyId: keyId, ...extra }))).toEqual({
      type: 'ValidationException',
      message: 'Please specify either number of bytes or key spec.',
    });
  });

  it('refuses a wrong, missing, extra, case-changed or ambiguous context with InvalidCiphertextException and no message', async () => {
    const { kms, keyId } = await fixture();
    const cases: Array<[Record<string, string>, Record<string, string> | undefined]> = [
      [{ a: 'b' }, { a: 'c' }],
      [{ a: 'b' }, undefined],
      [{ a: 'b' }, { a: 'b', c: 'd' }],
      [{ a: 'b', c: 'd' }, { a: 'b' }],
      [{ a: 'b' }, { A: 'b' }],
      [{ ab: 'c' }, { a: 'bc' }],
      [{ a: 'b', c: 'd' }, { ab: 'cd' }],
    ];
    for (const [made, given] of cases) {
      const { CiphertextBlob } = await kms.call('GenerateDataKey', {
        KeyId: keyId,
        KeySpec: 'AES_256',
        EncryptionContext: made,
      });
      const body =
        given === undefined ? { CiphertextBlob } : { CiphertextBlob, EncryptionContext: given };
      expect(await failure(kms.call('Decrypt', body))).toEqual({
        type: 'InvalidCiphertextException',
        message: '',
      });
    }
  });

  it('refuses every single-bit flip of a blob', async () => {
    const { kms, keyId } = await fixture();
    const { CiphertextBlob } = await kms.call('GenerateDataKey', {
      KeyId: keyId,
      NumberOfBytes: 1,
    });
    const blob = unb64(CiphertextBlob);
    for (let bit = 0; bit < blob.length * 8; bit += 1) {
      const flipped = blob.slice();
      flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      const { type } = await failure(kms.call('Decrypt', { CiphertextBlob: b64(flipped) }));
      // A flip inside the key id can name a key that does not exist: AccessDenied is what KMS says then.
      expect(['InvalidCiphertextException', 'AccessDeniedException']).toContain(type);
    }
  });

  it('IncorrectKeyException for another key, AccessDenied for a vanished key', async () => {
    const { kms, keyId } = await fixture();
    const other = (await newKey(kms, {})).KeyId;
    const { CiphertextBlob } = await kms.call('GenerateDataKey', {
      KeyId: keyId,
      KeySpec: 'AES_256',
    });
    expect((await failure(kms.call('Decrypt', { CiphertextBlob, KeyId: other }))).type).toBe(
      'IncorrectKeyException',
    );
    expect((await kms.call('Decrypt', { CiphertextBlob, KeyId: 'alias/test' })).KeyId).toContain(
      keyId,
    );
    await kms.store.deleteKey(keyId);
    expect((await failure(kms.call('Decrypt', { CiphertextBlob }))).type).toBe(
      'AccessDeniedException',
    );
  });

  it('Encrypt, Decrypt and ReEncrypt round trips', async () => {
    const { kms, keyId, arn } = await fixture();
    const other = await newKey(kms, {});
    const Plaintext = b64(new TextEncoder().encode('hello, kms'));
    const sealed = await kms.call('Encrypt', {
      KeyId: 'alias/test',
      Plaintext,
      EncryptionContext: { k: 'v' },
    });
    expect(sealed).toMatchObject({ KeyId: arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    expect(Buffer.from(unb64(sealed.CiphertextBlob)).includes(Buffer.from('hello, kms'))).toBe(
      false,
    );
    const moved = await kms.call('ReEncrypt', {
      CiphertextBlob: sealed.CiphertextBlob,
      SourceEncryptionContext: { k: 'v' },
      DestinationKeyId: other.KeyId,
      DestinationEncryptionContext: { k2: 'v2' },
    });
    expect(moved).toMatchObject({
      SourceKeyId: arn,
      KeyId: other.Arn,
      SourceKeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const opened = await kms.call('Decrypt', {
      CiphertextBlob: moved.CiphertextBlob,
      EncryptionContext: { k2: 'v2' },
    });
    expect(opened.Plaintext).toBe(Plaintext);
    expect(opened.KeyId).toBe(other.Arn);
    expect(keyId).not.toBe(other.KeyId);
  });

  it('GenerateRandom gives the asked number of bytes and requires it', async () => {
    const { kms } = await fixture();
    for (const n of [1, 12, 44, 91, 1024])
      expect(
        unb64((await kms.call('GenerateRandom', { NumberOfBytes: n })).Plaintext),
      ).toHaveLength(n);
    expect((await failure(kms.call('GenerateRandom', {}))).type).toBe('ValidationException');
    expect((await failure(kms.call('GenerateRandom', { NumberOfBytes: 0 }))).message).toBe(
      "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it('never repeats a data key or a ciphertext', async () => {
    const { kms, keyId } = await fixture();
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const made = await kms.call('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' });
      seen.add(made.Plaintext ?? '');
      seen.add(made.CiphertextBlob ?? '');
    }
    expect(seen.size).toBe(400);
  });
});
