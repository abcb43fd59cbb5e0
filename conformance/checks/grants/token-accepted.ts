import { expectSuccess } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { createGrant } from './grant.js';

export default defineCheck({
  id: 'grants.token-accepted',
  title: 'A fresh grant token in GrantTokens is accepted by Encrypt and GenerateDataKey',
  area: 'grants',
  rule: 'The GrantToken CreateGrant answered, sent in GrantTokens of Encrypt and of GenerateDataKey on the key the grant is for, is taken: both succeed',
  evidence: ['docs.using-grant-token', 'model.grant-tokens-member'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const { grantToken } = await createGrant(ctx, key);
      await inCase('Encrypt with the grant token', async () =>
        expectSuccess(
          await ctx.send('Encrypt', {
            KeyId: key.keyId,
            Plaintext: 'AAECAw==',
            GrantTokens: [grantToken],
          }),
          'Encrypt',
          ['CiphertextBlob'],
        ),
      );
      await inCase('GenerateDataKey with the grant token', async () =>
        expectSuccess(
          await ctx.send('GenerateDataKey', {
            KeyId: key.keyId,
            KeySpec: 'AES_256',
            GrantTokens: [grantToken],
          }),
          'GenerateDataKey',
          ['CiphertextBlob', 'Plaintext'],
        ),
      );
    });
    return pass();
  },
});
