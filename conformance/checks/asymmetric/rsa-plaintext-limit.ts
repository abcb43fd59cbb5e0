import { encode, expectError, expectSuccess } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';

export default defineCheck({
  id: 'asymmetric.rsa-plaintext-limit',
  title: 'RSA_2048 with RSAES_OAEP_SHA_1 encrypts 214 bytes and refuses 215',
  area: 'asymmetric',
  rule: 'Encrypt with an RSA_2048 key and RSAES_OAEP_SHA_1 takes up to 214 bytes; 215 is ValidationException',
  evidence: ['recorded.rsa-plaintext-limit'],
  severity: 'required',
  needs: ['asymmetric-key'],
  async run(ctx, { asymmetric }) {
    const encrypt = (length: number) =>
      ctx.send('Encrypt', {
        KeyId: asymmetric.keyId,
        Plaintext: encode(new Uint8Array(length).fill(1)),
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
      });
    await inCase(
      '214 bytes',
      async () => void expectSuccess(await encrypt(214), 'Encrypt', ['CiphertextBlob']),
    );
    await inCase('215 bytes', async () => expectError(await encrypt(215), ['ValidationException']));
    return pass();
  },
});
