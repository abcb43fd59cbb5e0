import { encode, expectError, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { limits } from './limits.js';

export default defineCheck({
  id: 'validation.plaintext-length',
  title:
    'Encrypt accepts a 4096-byte Plaintext; 4097 bytes or an empty one get ValidationException',
  area: 'validation',
  rule: 'Encrypt of 4097 bytes is ValidationException; 4096 bytes succeed (byte limits count decoded bytes)',
  evidence: ['model.plaintext-type', 'recorded.plaintext-too-long', 'model.blob-base64'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const bytes = (n: number) => encode(new Uint8Array(n).fill(0x2a));
    expectSuccess(
      await ctx.send('Encrypt', { KeyId: key.keyId, Plaintext: bytes(limits.plaintext.maxBytes) }),
      'Encrypt',
      ['CiphertextBlob'],
    );
    // Byte limits count decoded bytes (evidence `model.blob-base64`), not base64 characters.
    expectError(
      await ctx.send(
        'Encrypt',
        { KeyId: key.keyId, Plaintext: bytes(limits.plaintext.maxBytes + 1) },
        { intendedValid: false },
      ),
      ['ValidationException'],
    );
    expectError(
      await ctx.send('Encrypt', { KeyId: key.keyId, Plaintext: '' }, { intendedValid: false }),
      ['ValidationException'],
    );
    return pass();
  },
});
