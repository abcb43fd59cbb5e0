import type { OperationName } from '../../../src/contract/index.js';
import { encode, expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';

export default defineCheck({
  id: 'asymmetric.dry-run-would-fail',
  title:
    'DryRun of an asymmetric, HMAC or key-agreement call that would fail is refused, never a success',
  area: 'asymmetric',
  rule: 'With DryRun true, Sign with an ENCRYPT_DECRYPT key, GenerateMac with another HMAC spec’s algorithm and DeriveSharedSecret with a SIGN_VERIFY key are a 400: InvalidKeyUsageException, or DryRunOperationException',
  evidence: ['docs.dry-run', 'model.asymmetric-dry-run', 'model.algorithm-key-spec'],
  tolerates: ['inference.dry-run-would-fail'],
  severity: 'required',
  needs: ['sign-key', 'hmac-key', 'asymmetric-key'],
  async run(ctx, { sign: signing, hmac, asymmetric }) {
    const Message = encode(new Uint8Array([1, 2, 3]));
    const peer = await ctx.send('GetPublicKey', { KeyId: signing.keyId });
    const PublicKey = (peer.json as { PublicKey?: string } | undefined)?.PublicKey ?? 'AAAA';
    const calls: Array<[string, OperationName, Record<string, unknown>]> = [
      [
        'Sign with an ENCRYPT_DECRYPT key',
        'Sign',
        { KeyId: asymmetric.keyId, Message, SigningAlgorithm: 'RSASSA_PSS_SHA_256' },
      ],
      [
        'GenerateMac HMAC_SHA_512 with an HMAC_256 key',
        'GenerateMac',
        { KeyId: hmac.keyId, Message, MacAlgorithm: 'HMAC_SHA_512' },
      ],
      [
        'DeriveSharedSecret with a SIGN_VERIFY key',
        'DeriveSharedSecret',
        { KeyId: signing.keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey },
      ],
    ];
    for (const [name, operation, body] of calls)
      await inCase(`a DryRun ${name}`, async () =>
        expectError(
          await ctx.send(operation, { ...body, DryRun: true }),
          // That a failing dry run reports the real error is documented nowhere KMS was recorded
          // (inference.dry-run-would-fail); DryRunOperationException is accepted, a success is not.
          ['InvalidKeyUsageException', 'DryRunOperationException'],
        ),
      );
    return pass();
  },
});
