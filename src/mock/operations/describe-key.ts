import type { OperationInput, OperationOutput } from '../../contract/index.js';
import type { MockContext } from '../context.js';
import { toKeyMetadata } from '../key-metadata.js';
import { resolveKey } from '../resolve-key.js';

/** Works in every key state and with all four identifier forms (evidence `docs.key-state-table`, `docs.key-id-forms`). */
export async function describeKey(
  ctx: MockContext,
  input: OperationInput<'DescribeKey'>,
): Promise<OperationOutput<'DescribeKey'>> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
  return { KeyMetadata: toKeyMetadata(ctx, key) };
}
