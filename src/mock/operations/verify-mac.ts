import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { verifyMac as macMatches } from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import { fromWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { macRequest } from './mac.js';

/**
 * Recomputes the MAC and compares. A mismatch is KMSInvalidMacException with an empty message
 * (recorded: TestKMS::test_invalid_verify_mac[HMAC_256-HMAC_SHA_256-some different important message]).
 */
export async function verifyMac(
  ctx: MockContext,
  input: OperationInput<'VerifyMac'>,
): Promise<OperationOutput<'VerifyMac'>> {
  const { key, secret, algorithm, message } = await macRequest(ctx, input, 'VerifyMac');
  const mac = fromWire(input.Mac);
  stopIfDryRun(input);
  if (!(await macMatches(algorithm, secret, message, mac))) {
    throw kmsError('KMSInvalidMacException', '');
  }
  return { KeyId: keyArn(ctx.config, key.keyId), MacValid: true, MacAlgorithm: algorithm };
}
