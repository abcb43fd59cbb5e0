import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext, KeyRef } from '../../types.js';
import { defineCheck, pass } from '../define.js';
import { withKey } from '../scratch.js';
import { currentMaterialId, rotateOnDemand } from './material.js';

async function listed(ctx: CheckContext, key: KeyRef, extra: Record<string, unknown>) {
  return expectSuccess(
    await ctx.send('ListKeyRotations', { KeyId: key.keyId, ...extra }),
    'ListKeyRotations',
    ['Rotations'],
  );
}

export default defineCheck({
  id: 'rotation.list-paging',
  title:
    'ListKeyRotations pages with Limit and Marker, and ALL_KEY_MATERIAL adds the first material',
  area: 'rotation',
  rule: 'After two rotations, ListKeyRotations with Limit 1 answers one rotation, Truncated true and a NextMarker; that marker gives the other rotation and Truncated false; with ALL_KEY_MATERIAL the first material is listed too',
  evidence: ['docs.list-key-rotations'],
  severity: 'required',
  needs: ['key-creation'],
  async run(ctx) {
    await withKey(ctx, {}, async (key) => {
      const first = await currentMaterialId(ctx, key);
      await rotateOnDemand(ctx, key);
      await rotateOnDemand(ctx, key);
      const page1 = await listed(ctx, key, { Limit: 1 });
      if (page1.Rotations?.length !== 1 || page1.Truncated !== true || !page1.NextMarker)
        throw new CheckFailure(
          'Limit 1 of two rotations: one entry, Truncated true, a NextMarker',
          `${page1.Rotations?.length ?? 0} entries, Truncated ${String(page1.Truncated)}, NextMarker ${page1.NextMarker === undefined ? 'absent' : 'present'}`,
          { operation: 'ListKeyRotations', actualStatus: 200 },
        );
      const page2 = await listed(ctx, key, { Limit: 1, Marker: page1.NextMarker });
      const ids = [...(page1.Rotations ?? []), ...(page2.Rotations ?? [])].map(
        (r) => r.KeyMaterialId,
      );
      if (page2.Truncated !== false || page2.Rotations?.length !== 1 || ids[0] === ids[1])
        throw new CheckFailure(
          'the second page: the other rotation, Truncated false',
          `${page2.Rotations?.length ?? 0} entries (${ids.join(', ')}), Truncated ${String(page2.Truncated)}`,
          { operation: 'ListKeyRotations', actualStatus: 200 },
        );
      const all = await listed(ctx, key, { IncludeKeyMaterial: 'ALL_KEY_MATERIAL' });
      const allIds = (all.Rotations ?? []).map((r) => r.KeyMaterialId);
      if (allIds.length !== 3 || !allIds.includes(first) || ids.some((id) => !allIds.includes(id)))
        throw new CheckFailure(
          `ALL_KEY_MATERIAL: the first material ${first} and both rotations`,
          allIds.join(', ') || 'no entries',
          { operation: 'ListKeyRotations', actualStatus: 200 },
        );
    });
    return pass();
  },
});
