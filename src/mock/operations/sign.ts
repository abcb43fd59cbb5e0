import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { sign as signMessage } from '../../crypto/index.js';
import { toWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { keyPairOf } from './asymmetric-rules.js';
import { signingRequest } from './signing.js';

/** Signs with the private half of a SIGN_VERIFY key (AWS KMS API Reference, Sign). */
export async function sign(
  ctx: MockContext,
  input: OperationInput<'Sign'>,
): Promise<OperationOutput<'Sign'>> {
  const { key, request } = await signingRequest(ctx, input, 'Sign');
  stopIfDryRun(input);
  const signature = await signMessage((await keyPairOf(ctx, key)).privateKey, request);
  return {
    KeyId: keyArn(ctx.config, key.keyId),
    Signature: toWire(signature),
    SigningAlgorithm: request.algorithm,
  };
}
