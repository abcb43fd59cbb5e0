import { expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import type { CheckContext, KeyRef } from '../../types.js';
import { defineCheck, pass } from '../define.js';
import { requireMembers } from '../schema/members.js';

/** Every member a fresh symmetric key's KeyMetadata carries in the recordings. */
const RECORDED_MEMBERS = [
  'AWSAccountId',
  'Arn',
  'CreationDate',
  'CurrentKeyMaterialId',
  'CustomerMasterKeySpec',
  'Description',
  'Enabled',
  'EncryptionAlgorithms',
  'KeyId',
  'KeyManager',
  'KeySpec',
  'KeyState',
  'KeyUsage',
  'MultiRegion',
  'Origin',
] as const;

async function describe(ctx: CheckContext, key: KeyRef, what: string) {
  const body = expectSuccess(await ctx.send('DescribeKey', { KeyId: key.keyId }), 'DescribeKey', [
    'KeyMetadata',
  ]);
  return requireMembers(`KeyMetadata of ${what}`, body.KeyMetadata, RECORDED_MEMBERS);
}

export default defineCheck({
  id: 'keys.metadata-per-type',
  title:
    'KeyMetadata carries every member real KMS returns; MultiRegionConfiguration only on a multi-Region key',
  area: 'keys',
  rule: 'DescribeKey of a symmetric key has every recorded KeyMetadata member, MultiRegion false and no MultiRegionConfiguration; of a multi-Region key, MultiRegion true and a MultiRegionConfiguration',
  evidence: [
    'recorded.fresh-key-metadata',
    'recorded.metadata-without-multi-region',
    'recorded.multi-region-key',
  ],
  severity: 'required',
  needs: ['symmetric-key', 'multi-region-key'],
  async run(ctx, { symmetric, multiRegion }) {
    const single = await describe(ctx, symmetric, 'a symmetric key');
    if (single['MultiRegion'] !== false || single['MultiRegionConfiguration'] !== undefined)
      throw new CheckFailure(
        'a single-Region key: MultiRegion false, no MultiRegionConfiguration',
        `MultiRegion ${String(single['MultiRegion'])}, MultiRegionConfiguration ${single['MultiRegionConfiguration'] === undefined ? 'absent' : 'present'}`,
        { operation: 'DescribeKey', actualStatus: 200 },
      );
    const multi = await describe(ctx, multiRegion, 'a multi-Region key');
    if (multi['MultiRegion'] !== true)
      throw new CheckFailure(
        'a multi-Region key: MultiRegion true',
        `MultiRegion ${String(multi['MultiRegion'])}`,
        {
          operation: 'DescribeKey',
          actualStatus: 200,
        },
      );
    requireMembers('MultiRegionConfiguration', multi['MultiRegionConfiguration'], [
      'MultiRegionKeyType',
      'PrimaryKey',
    ]);
    return pass();
  },
});
