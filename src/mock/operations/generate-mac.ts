import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { computeMac } from '../../crypto/index.js';
import { toWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { macRequest } from './mac.js';

/** HMAC of a message under an HMAC key (AWS KMS API Reference, GenerateMac). */
export async function generateMac(
  ctx: MockContext,
  input: OperationInput<'GenerateMac'>,
): Promise<OperationOutput<'GenerateMac'>> {
  const { key, secret, algorithm, message } = await macRequest(ctx, input, 'GenerateMac');
  stopIfDryRun(input);
  return {
    Mac: toWire(await computeMac(algorithm, secret, message)),
    MacAlgorithm: algorithm,
    KeyId: keyArn(ctx.config, key.keyId),
  };
}
