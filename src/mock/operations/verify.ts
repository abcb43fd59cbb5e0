import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { verify as verifySignature } from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import { fromWire } from '../blobs.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { stopIfDryRun } from '../dry-run.js';
import { keyPairOf } from './asymmetric-rules.js';
import { signingRequest } from './signing.js';

/**
 * Verifies with the public half of a SIGN_VERIFY key. A signature that does not verify is
 * KMSInvalidSignatureException with an empty message, never `SignatureValid: false` (recorded:
 * TestKMS::test_sign_verify[RSA_2048-RSASSA_PSS_SHA_256], `bad-signature`).
 */
export async function verify(
  ctx: MockContext,
  input: OperationInput<'Verify'>,
): Promise<OperationOutput<'Verify'>> {
  const { key, request } = await signingRequest(ctx, input, 'Verify');
  const signature = fromWire(input.Signature);
  stopIfDryRun(input);
  if (!(await verifySignature((await keyPairOf(ctx, key)).publicKey, request, signature))) {
    throw kmsError('KMSInvalidSignatureException', '');
  }
  return {
    KeyId: keyArn(ctx.config, key.keyId),
    SignatureValid: true,
    SigningAlgorithm: request.algorithm,
  };
}
