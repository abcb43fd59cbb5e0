import type { OperationInput, OperationOutput } from '../../contract/index.js';
import { toWire } from '../blobs.js';
import type { MockContext } from '../context.js';
import { makeDataKeyPair } from './data-key-pair.js';

/** A data key pair whose private key leaves only sealed (Decrypt opens it later). */
export async function generateDataKeyPairWithoutPlaintext(
  ctx: MockContext,
  input: OperationInput<'GenerateDataKeyPairWithoutPlaintext'>,
): Promise<OperationOutput<'GenerateDataKeyPairWithoutPlaintext'>> {
  const made = await makeDataKeyPair(ctx, input, 'GenerateDataKeyPairWithoutPlaintext');
  made.pair.privateKey.fill(0);
  return {
    PrivateKeyCiphertextBlob: toWire(made.sealedPrivateKey),
    PublicKey: toWire(made.pair.publicKey),
    KeyId: made.arn,
    KeyPairSpec: input.KeyPairSpec,
    KeyMaterialId: made.materialId,
  };
}
