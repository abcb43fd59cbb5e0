import { randomBytes } from 'node:crypto';
import { expectError, expectSuccess } from '../../expect.js';
import { demand } from '../asymmetric/public-key.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { importParameters, metadataOf, wrap } from './wrap.js';

export default defineCheck({
  id: 'import.delete-material',
  title:
    'DeleteImportedKeyMaterial returns the key to PendingImport, and it is refused for crypto until material is imported again',
  area: 'import',
  rule: 'After DeleteImportedKeyMaterial DescribeKey shows KeyState PendingImport and no ExpirationModel, and Encrypt is KMSInvalidStateException; importing the same material again makes it Enabled',
  evidence: ['recorded.import-symmetric', 'docs.delete-imported-key-material'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, { Origin: 'EXTERNAL' }, async (key) => {
      const material = randomBytes(32);
      const load = async () => {
        const { publicKey, importToken } = await importParameters(ctx, key);
        expectSuccess(
          await ctx.send('ImportKeyMaterial', {
            KeyId: key.keyId,
            ImportToken: importToken,
            EncryptedKeyMaterial: wrap(publicKey, 'RSAES_OAEP_SHA_256', material),
            ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
          }),
          'ImportKeyMaterial',
          ['KeyId'],
        );
      };
      await load();
      expectSuccess(
        await ctx.send('DeleteImportedKeyMaterial', { KeyId: key.keyId }),
        'DeleteImportedKeyMaterial',
        ['KeyId'],
      );
      const after = await metadataOf(ctx, key);
      demand(
        after['KeyState'] === 'PendingImport' && after['ExpirationModel'] === undefined,
        'DescribeKey KeyState PendingImport without an ExpirationModel',
        `KeyState ${String(after['KeyState'])}, ExpirationModel ${String(after['ExpirationModel'])}`,
      );
      await inCase('Encrypt after the deletion', async () =>
        expectError(await ctx.send('Encrypt', { KeyId: key.keyId, Plaintext: 'AAECAw==' }), [
          'KMSInvalidStateException',
        ]),
      );
      await inCase('the same material imported again', async () => {
        await load();
        const again = await metadataOf(ctx, key);
        demand(
          again['KeyState'] === 'Enabled',
          'DescribeKey KeyState Enabled',
          `KeyState ${String(again['KeyState'])}`,
        );
      });
    });
    return pass();
  },
});
