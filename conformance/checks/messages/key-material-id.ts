import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { dataKey } from '../data-key.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'messages.key-material-id',
  title: 'A symmetric Decrypt reply names the KeyMaterialId (64 hex digits), as real KMS now does',
  area: 'messages',
  rule: 'Decrypt of a symmetric ciphertext returns KeyMaterialId',
  evidence: ['recorded.decrypt-reply'],
  severity: 'recommended',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric }) {
    const made = await dataKey(ctx, symmetric, ['CiphertextBlob']);
    const opened = expectSuccess(
      await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob }),
      'Decrypt',
    );
    const id = (opened as Record<string, unknown>)['KeyMaterialId'];
    if (typeof id !== 'string' || !/^[a-f0-9]{64}$/.test(id))
      throw new CheckFailure(
        'KeyMaterialId of 64 hex digits',
        id === undefined ? 'absent' : JSON.stringify(id),
      );
    return pass();
  },
});
