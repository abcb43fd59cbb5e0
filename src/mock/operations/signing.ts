import type { OperationInput } from '../../contract/index.js';
import {
  messageProblem,
  type MessageType,
  type SignInput,
  type SigningAlgorithm,
} from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import type { KeyRecord } from '../../keystore/index.js';
import { algorithmsFor } from '../../keystore/key-spec.js';
import { fromWire } from '../blobs.js';
import type { MockContext } from '../context.js';
import { resolveKey } from '../resolve-key.js';
import { incompatibleAlgorithm, usableKey } from './asymmetric-rules.js';

/**
 * What Sign and Verify share: the key (Enabled, SIGN_VERIFY), an algorithm of its spec, and a
 * message of the shape its MessageType asks for (recorded: TestKMS::test_sign_verify, `bad-digest`:
 * ValidationException `Digest is invalid length for algorithm RSASSA_PSS_SHA_256.`).
 */
export async function signingRequest(
  ctx: MockContext,
  input: OperationInput<'Sign'> | OperationInput<'Verify'>,
  operation: 'Sign' | 'Verify',
): Promise<{ key: KeyRecord; request: SignInput }> {
  const key = await resolveKey(ctx, input.KeyId, { allowAlias: true });
  usableKey(ctx, key, 'SIGN_VERIFY', operation);
  const algorithm = input.SigningAlgorithm as SigningAlgorithm;
  if (!algorithmsFor(key.keySpec, 'SIGN_VERIFY')?.includes(algorithm)) {
    throw incompatibleAlgorithm(algorithm, key.keySpec);
  }
  const messageType: MessageType = input.MessageType ?? 'RAW';
  const message = fromWire(input.Message);
  const problem = messageProblem(algorithm, messageType, message.length);
  if (problem) throw kmsError('ValidationException', problem);
  return { key, request: { keySpec: key.keySpec, algorithm, messageType, message } };
}
