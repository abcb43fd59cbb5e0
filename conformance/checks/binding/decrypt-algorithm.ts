import { expectRefusal } from '../../expect.js';
import { dataKey } from '../data-key.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'binding.decrypt-algorithm',
  title:
    'Decrypt naming an EncryptionAlgorithm other than SYMMETRIC_DEFAULT for a symmetric blob gets a 4xx',
  area: 'binding',
  rule: 'A symmetric ciphertext does not decrypt under an asymmetric EncryptionAlgorithm',
  evidence: ['model.decrypt-algorithm', 'wire.error-envelope'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric }) {
    const made = await dataKey(ctx, symmetric, ['CiphertextBlob']);
    expectRefusal(
      await ctx.send('Decrypt', {
        CiphertextBlob: made.CiphertextBlob,
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
    );
    return pass();
  },
});
