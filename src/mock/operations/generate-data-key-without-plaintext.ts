import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { toWire } from '../blobs.js';
import type { MockContext } from '../context.js';
import { makeDataKey } from './generate-data-key.js';

export async function generateDataKeyWithoutPlaintext(
  ctx: MockContext,
  input: OperationInput<'GenerateDataKeyWithoutPlaintext'>,
): Promise<OperationOutput<'GenerateDataKeyWithoutPlaintext'>> {
  const made = await makeDataKey(ctx, input, 'GenerateDataKeyWithoutPlaintext');
  made.plaintext.fill(0);
  return { CiphertextBlob: toWire(made.blob), KeyId: made.arn, KeyMaterialId: made.materialId };
}
