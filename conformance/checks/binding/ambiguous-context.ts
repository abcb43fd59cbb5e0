import { expectError, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

/** Pairs that serialise alike when key and value are simply concatenated in sorted order. */
const LOOKALIKES: ReadonlyArray<[Record<string, string>, Record<string, string>]> = [
  [{ ab: 'c' }, { a: 'bc' }],
  [{ a: 'b', c: 'd' }, { ab: 'cd' }],
];

export default defineCheck({
  id: 'binding.ambiguous-context',
  title: 'Contexts that concatenate alike ({ab:c} vs {a:bc}) do not decrypt each other',
  area: 'binding',
  rule: 'Contexts that concatenate to the same text are different contexts: Decrypt with the other one is refused',
  evidence: ['docs.encryption-context', 'recorded.context-mismatch'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    for (const [made, other] of LOOKALIKES) {
      for (const [sealWith, openWith] of [
        [made, other],
        [other, made],
      ] as const) {
        const dataKey = expectSuccess(
          await ctx.send('GenerateDataKey', {
            KeyId: key.keyId,
            KeySpec: 'AES_256',
            EncryptionContext: sealWith,
          }),
          'GenerateDataKey',
          ['CiphertextBlob'],
        );
        const reply = await ctx.send('Decrypt', {
          CiphertextBlob: dataKey.CiphertextBlob,
          EncryptionContext: openWith,
        });
        expectError(reply, ['InvalidCiphertextException']);
      }
    }
    return pass();
  },
});
