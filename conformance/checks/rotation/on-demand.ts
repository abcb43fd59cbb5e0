import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { currentMaterialId, materialIdIn, rotateOnDemand } from './material.js';

export default defineCheck({
  id: 'rotation.on-demand',
  title:
    'RotateKeyOnDemand gives the key a new CurrentKeyMaterialId, and ListKeyRotations lists it as an ON_DEMAND rotation',
  area: 'rotation',
  rule: "After RotateKeyOnDemand, DescribeKey's CurrentKeyMaterialId differs from before, and ListKeyRotations lists exactly one rotation: that material, RotationType ON_DEMAND, with a RotationDate",
  evidence: [
    'recorded.rotate-on-demand-reply',
    'recorded.rotation-changes-material',
    'docs.list-key-rotations',
  ],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const before = await currentMaterialId(ctx, key);
      await rotateOnDemand(ctx, key);
      const after = await currentMaterialId(ctx, key);
      if (after === before)
        throw new CheckFailure(
          'a new CurrentKeyMaterialId after RotateKeyOnDemand',
          `the same one, ${before}`,
          { operation: 'DescribeKey', actualStatus: 200 },
        );
      const listed = expectSuccess(
        await ctx.send('ListKeyRotations', { KeyId: key.keyId }),
        'ListKeyRotations',
        ['Rotations'],
      );
      const rotations = listed.Rotations ?? [];
      const entry = rotations[0];
      if (
        rotations.length !== 1 ||
        materialIdIn('ListKeyRotations KeyMaterialId', entry?.KeyMaterialId) !== after ||
        entry?.RotationType !== 'ON_DEMAND' ||
        typeof entry.RotationDate !== 'number'
      )
        throw new CheckFailure(
          `one rotation: KeyMaterialId ${after}, RotationType ON_DEMAND, a RotationDate`,
          JSON.stringify(rotations).slice(0, 300),
          { operation: 'ListKeyRotations', actualStatus: 200 },
        );
    });
    return pass();
  },
});
