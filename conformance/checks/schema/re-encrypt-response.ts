import { encode, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'schema.re-encrypt-response',
  title: 'A ReEncrypt reply validates, with CiphertextBlob, SourceKeyId, KeyId and both algorithms',
  area: 'schema',
  rule: 'A ReEncrypt reply is valid against the spec and carries its members',
  evidence: ['model.output-members', 'recorded.re-encrypt-reply'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const sealed = expectSuccess(
      await ctx.send('Encrypt', {
        KeyId: key.keyId,
        Plaintext: encode(new TextEncoder().encode('kms-contract schema probe')),
      }),
      'Encrypt',
      ['CiphertextBlob'],
    );
    const reply = await ctx.send('ReEncrypt', {
      CiphertextBlob: sealed.CiphertextBlob,
      DestinationKeyId: key.keyId,
    });
    expectSuccess(reply, 'ReEncrypt', [
      'CiphertextBlob',
      'SourceKeyId',
      'KeyId',
      'SourceEncryptionAlgorithm',
      'DestinationEncryptionAlgorithm',
    ]);
    return pass();
  },
});
