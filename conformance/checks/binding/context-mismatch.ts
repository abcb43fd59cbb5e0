import { CheckFailure } from '../../failure.js';
import { expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

type Context = Record<string, string>;

const SEALED: Context = { purpose: 'conformance', tenant: 'a' };

/** Each way to get the context wrong on Decrypt: [case, context the blob was made with, context Decrypt sends]. */
const CASES: ReadonlyArray<[string, Context | undefined, Context | undefined]> = [
  ['wrong value', SEALED, { purpose: 'conformance', tenant: 'b' }],
  ['missing (no context on Decrypt)', SEALED, undefined],
  ['extra pair', SEALED, { ...SEALED, extra: 'x' }],
  ['subset (one pair left out)', SEALED, { purpose: 'conformance' }],
  ['key case changed', SEALED, { Purpose: 'conformance', tenant: 'a' }],
  ['value case changed', SEALED, { purpose: 'Conformance', tenant: 'a' }],
  ['context added (made without one)', undefined, SEALED],
];

export default defineCheck({
  id: 'binding.context-mismatch',
  title:
    'Decrypt with a wrong, missing, extra, subset or case-changed EncryptionContext gets InvalidCiphertextException',
  area: 'binding',
  rule: 'Decrypt must repeat the encryption context exactly; any difference is InvalidCiphertextException',
  evidence: ['docs.encryption-context', 'recorded.context-mismatch'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const blobs = new Map<Context | undefined, string>();
    for (const [name, sealWith, openWith] of CASES) {
      let blob = blobs.get(sealWith);
      if (blob === undefined) {
        const made = expectSuccess(
          await ctx.send('GenerateDataKey', {
            KeyId: key.keyId,
            KeySpec: 'AES_256',
            ...(sealWith ? { EncryptionContext: sealWith } : {}),
          }),
          'GenerateDataKey',
          ['CiphertextBlob'],
        );
        blob = String(made.CiphertextBlob);
        blobs.set(sealWith, blob);
      }
      const reply = await ctx.send('Decrypt', {
        CiphertextBlob: blob,
        ...(openWith ? { EncryptionContext: openWith } : {}),
      });
      if (reply.status !== 400 || reply.errorType !== 'InvalidCiphertextException') {
        const got =
          reply.status < 300
            ? `HTTP ${reply.status}: the blob decrypted`
            : `HTTP ${reply.status} ${reply.errorType ?? '(no __type)'}`;
        throw new CheckFailure(
          `InvalidCiphertextException (HTTP 400) for context ${name}`,
          `${got}, made with ${JSON.stringify(sealWith ?? {})}, opened with ${JSON.stringify(openWith ?? {})}`,
        );
      }
    }
    return pass();
  },
});
