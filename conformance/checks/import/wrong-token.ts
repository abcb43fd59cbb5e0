import { randomBytes } from 'node:crypto';
import { decode, encode, expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { importParameters, wrap } from './wrap.js';

export default defineCheck({
  id: 'import.wrong-token',
  title:
    'ImportKeyMaterial refuses an import token of another key, or an altered one (InvalidImportTokenException)',
  area: 'import',
  rule: "Material wrapped with another key's public key and sent with that key's token, or with this key's token altered, is InvalidImportTokenException",
  evidence: ['model.invalid-import-token'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, { Origin: 'EXTERNAL' }, async (key) => {
      await withKey(ctx, { Origin: 'EXTERNAL' }, async (other) => {
        const own = await importParameters(ctx, key);
        const theirs = await importParameters(ctx, other);
        const send = (token: string, material: string) =>
          ctx.send('ImportKeyMaterial', {
            KeyId: key.keyId,
            ImportToken: token,
            EncryptedKeyMaterial: material,
            ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
          });
        await inCase('the token of another key', async () =>
          expectError(
            await send(
              theirs.importToken,
              wrap(theirs.publicKey, 'RSAES_OAEP_SHA_256', randomBytes(32)),
            ),
            ['InvalidImportTokenException'],
          ),
        );
        await inCase('an altered token', async () => {
          const altered = Buffer.from(decode(own.importToken));
          const middle = Math.floor(altered.length / 2);
          altered[middle] = (altered[middle] ?? 0) ^ 0x01;
          expectError(
            await send(encode(altered), wrap(own.publicKey, 'RSAES_OAEP_SHA_256', randomBytes(32))),
            ['InvalidImportTokenException'],
          );
        });
      });
    });
    return pass();
  },
});
