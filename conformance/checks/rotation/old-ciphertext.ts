import { decode, encode, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { currentMaterialId, rotateOnDemand } from './material.js';

const PLAINTEXT = new TextEncoder().encode('sealed before the rotation');

export default defineCheck({
  id: 'rotation.old-ciphertext',
  title: 'A ciphertext made before a rotation still decrypts, naming the key material that made it',
  area: 'rotation',
  rule: 'After RotateKeyOnDemand, Decrypt of a ciphertext made before returns its plaintext and the KeyMaterialId that was current when it was made',
  evidence: ['docs.rotate-keys', 'model.decrypt-key-material-id', 'recorded.decrypt-reply'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const sealedWith = await currentMaterialId(ctx, key);
      const sealed = expectSuccess(
        await ctx.send('Encrypt', { KeyId: key.keyId, Plaintext: encode(PLAINTEXT) }),
        'Encrypt',
        ['CiphertextBlob'],
      );
      await rotateOnDemand(ctx, key);
      const opened = expectSuccess(
        await ctx.send('Decrypt', { CiphertextBlob: sealed.CiphertextBlob }),
        'Decrypt',
        ['Plaintext'],
      );
      if (encode(decode(opened.Plaintext)) !== encode(PLAINTEXT))
        throw new CheckFailure('the plaintext sealed before the rotation', 'other bytes', {
          operation: 'Decrypt',
          actualStatus: 200,
        });
      if (opened.KeyMaterialId !== sealedWith)
        throw new CheckFailure(
          `KeyMaterialId ${sealedWith}, the material that sealed it`,
          String(opened.KeyMaterialId ?? 'absent'),
          { operation: 'Decrypt', actualStatus: 200 },
        );
    });
    return pass();
  },
});
