import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { toWire } from '../blobs.js';
import type { MockContext } from '../context.js';
import { refuseRecipient } from '../recipient.js';
import { makeDataKeyPair } from './data-key-pair.js';

/** A data key pair with its plaintext private key (PKCS#8 DER) and the same key sealed. */
export async function generateDataKeyPair(
  ctx: MockContext,
  input: OperationInput<'GenerateDataKeyPair'>,
): Promise<OperationOutput<'GenerateDataKeyPair'>> {
  refuseRecipient(input);
  const made = await makeDataKeyPair(ctx, input, 'GenerateDataKeyPair');
  return {
    PrivateKeyCiphertextBlob: toWire(made.sealedPrivateKey),
    PrivateKeyPlaintext: toWire(made.pair.privateKey),
    PublicKey: toWire(made.pair.publicKey),
    KeyId: made.arn,
    KeyPairSpec: input.KeyPairSpec,
    KeyMaterialId: made.materialId,
  };
}
