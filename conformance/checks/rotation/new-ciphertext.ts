import { encode, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { currentMaterialId, rotateOnDemand } from './material.js';

export default defineCheck({
  id: 'rotation.new-ciphertext',
  title: 'After a rotation, new ciphertexts and data keys use the new key material',
  area: 'rotation',
  rule: 'After RotateKeyOnDemand, GenerateDataKey names the new CurrentKeyMaterialId, and Decrypt of a ciphertext Encrypt made after the rotation names it too',
  evidence: [
    'docs.rotate-keys',
    'model.decrypt-key-material-id',
    'recorded.rotation-changes-material',
  ],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      await rotateOnDemand(ctx, key);
      const current = await currentMaterialId(ctx, key);
      const dataKey = expectSuccess(
        await ctx.send('GenerateDataKey', { KeyId: key.keyId, KeySpec: 'AES_256' }),
        'GenerateDataKey',
        ['CiphertextBlob'],
      );
      if (dataKey.KeyMaterialId !== current)
        throw new CheckFailure(
          `GenerateDataKey KeyMaterialId ${current}, the current material`,
          String(dataKey.KeyMaterialId ?? 'absent'),
          { operation: 'GenerateDataKey', actualStatus: 200 },
        );
      const sealed = expectSuccess(
        await ctx.send('Encrypt', { KeyId: key.keyId, Plaintext: encode(new Uint8Array([7])) }),
        'Encrypt',
        ['CiphertextBlob'],
      );
      const opened = expectSuccess(
        await ctx.send('Decrypt', { CiphertextBlob: sealed.CiphertextBlob }),
        'Decrypt',
      );
      if (opened.KeyMaterialId !== current)
        throw new CheckFailure(
          `Decrypt KeyMaterialId ${current}, the material current when Encrypt ran`,
          String(opened.KeyMaterialId ?? 'absent'),
          { operation: 'Decrypt', actualStatus: 200 },
        );
    });
    return pass();
  },
});
