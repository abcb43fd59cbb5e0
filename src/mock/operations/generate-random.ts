import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { randomBytes } from '../../crypto/index.js';
import { kmsError } from '../../errors/index.js';
import { toWire } from '../blobs.js';
import type { MockContext } from '../context.js';
import { refuseRecipient } from '../recipient.js';

/** Random bytes from the CSPRNG; the mock has no custom key stores, so naming one is NotFound. */
export async function generateRandom(
  _ctx: MockContext,
  input: OperationInput<'GenerateRandom'>,
): Promise<OperationOutput<'GenerateRandom'>> {
  refuseRecipient(input);
  if (input.CustomKeyStoreId !== undefined) {
    throw kmsError(
      'CustomKeyStoreNotFoundException',
      `Custom key store ${input.CustomKeyStoreId} does not exist.`,
    );
  }
  return { Plaintext: toWire(randomBytes(input.NumberOfBytes)) };
}
