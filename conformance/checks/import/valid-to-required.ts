import { randomBytes } from 'node:crypto';
import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { importParameters, wrap } from './wrap.js';

export default defineCheck({
  id: 'import.valid-to-required',
  title: 'ImportKeyMaterial without ExpirationModel needs a ValidTo (ValidationException)',
  area: 'import',
  rule: 'ExpirationModel defaults to KEY_MATERIAL_EXPIRES, so an import with neither it nor ValidTo is ValidationException',
  evidence: ['recorded.import-symmetric'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, { Origin: 'EXTERNAL' }, async (key) => {
      const { publicKey, importToken } = await importParameters(ctx, key);
      expectError(
        await ctx.send('ImportKeyMaterial', {
          KeyId: key.keyId,
          ImportToken: importToken,
          EncryptedKeyMaterial: wrap(publicKey, 'RSAES_OAEP_SHA_256', randomBytes(32)),
        }),
        ['ValidationException'],
      );
    });
    return pass();
  },
});
