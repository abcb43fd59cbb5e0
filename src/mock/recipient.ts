import { kmsError } from '../errors/index.js';

/**
 * `Recipient` asks KMS to encrypt the secret to a Nitro Enclave's attested public key (evidence `docs.recipient`).
 * An attestation document cannot be verified offline (the AWS Nitro root chain signs it), so the
 * mock refuses the member clearly instead of pretending.
 */
export function refuseRecipient(input: { Recipient?: unknown }): void {
  if (input.Recipient !== undefined) {
    throw kmsError(
      'ValidationException',
      'Recipient (Nitro Enclaves attestation) is not supported by this mock KMS.',
    );
  }
}
