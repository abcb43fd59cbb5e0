import { randomBytes } from 'node:crypto';
import { expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { importParameters, otherPublicKey, wrap } from './wrap.js';

export default defineCheck({
  id: 'import.wrong-wrapping',
  title:
    'ImportKeyMaterial refuses material that does not unwrap with the token’s wrapping key and algorithm (InvalidCiphertextException)',
  area: 'import',
  rule: 'Material wrapped under an RSA key other than the one GetParametersForImport returned, or with another wrapping algorithm than the token’s, is InvalidCiphertextException',
  evidence: ['model.import-invalid-ciphertext'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, { Origin: 'EXTERNAL' }, async (key) => {
      const { publicKey, importToken } = await importParameters(ctx, key, 'RSAES_OAEP_SHA_256');
      const send = (material: string) =>
        ctx.send('ImportKeyMaterial', {
          KeyId: key.keyId,
          ImportToken: importToken,
          EncryptedKeyMaterial: material,
          ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
        });
      await inCase('another RSA key', async () =>
        expectError(await send(wrap(otherPublicKey(), 'RSAES_OAEP_SHA_256', randomBytes(32))), [
          'InvalidCiphertextException',
        ]),
      );
      await inCase('RSAES_OAEP_SHA_1 for a RSAES_OAEP_SHA_256 token', async () =>
        expectError(await send(wrap(publicKey, 'RSAES_OAEP_SHA_1', randomBytes(32))), [
          'InvalidCiphertextException',
        ]),
      );
    });
    return pass();
  },
});
