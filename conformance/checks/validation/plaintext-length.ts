import { encode, expectError, expectSuccess } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';
import { limits } from './limits.js';

export default defineCheck({
  id: 'validation.plaintext-length',
  title:
    'Encrypt accepts a 4096-byte Plaintext; 4097 bytes or an empty one get ValidationException',
  area: 'validation',
  rule: 'spec: #/components/schemas/PlaintextType (x-minBytes 1, x-maxBytes 4096); kms-facts §6, §8 (larger → ValidationException [R])',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    const bytes = (n: number) => encode(new Uint8Array(n).fill(0x2a));
    expectSuccess(
      await ctx.send('Encrypt', { KeyId: key.keyId, Plaintext: bytes(limits.plaintext.maxBytes) }),
      'Encrypt',
      ['CiphertextBlob'],
    );
    // Byte limits count decoded bytes (kms-facts §1, blob), not base64 characters.
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
