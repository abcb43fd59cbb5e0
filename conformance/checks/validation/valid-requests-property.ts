import fc from 'fast-check';
import { expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { limits } from './limits.js';
import { holds } from './support.js';

/** Context keys and values: printable ASCII, never the `aws` prefix AWS keeps for itself. */
const contextText = fc
  .string({ minLength: 1, maxLength: 16 })
  .filter((s) => !s.toLowerCase().startsWith('aws'));

export default defineCheck({
  id: 'validation.valid-requests-property',
  title:
    'Generated valid GenerateDataKey requests (any key id form, context, KeySpec or NumberOfBytes 1..1024) get 200',
  area: 'validation',
  rule: 'Generated valid GenerateDataKey requests (any key id form, context, size) succeed',
  evidence: ['model.generate-data-key-request', 'docs.key-id-forms', 'docs.generate-data-key'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const alias = ctx.fixtures.alias;
    const keyIds = [key.keyId, key.arn, ...(alias ? [alias.name, alias.arn] : [])];
    const request = fc.record(
      {
        KeyId: fc.constantFrom(...keyIds),
        size: fc.oneof(
          fc.constantFrom(...limits.dataKeySpecs).map((s) => ({ KeySpec: s })),
          fc.integer(limits.numberOfBytes).map((n) => ({ NumberOfBytes: n })),
        ),
        EncryptionContext: fc.dictionary(contextText, contextText, {
          maxKeys: 4,
          noNullPrototype: true,
        }),
      },
      { requiredKeys: ['KeyId', 'size'] },
    );
    await holds(
      request.map(({ size, ...rest }) => ({ ...rest, ...size })),
      // Requests are checked against the spec before they leave, so a bad generator is an error, not a fail.
      async (body) =>
        void expectSuccess(await ctx.send('GenerateDataKey', body), 'GenerateDataKey', [
          'CiphertextBlob',
          'Plaintext',
          'KeyId',
        ]),
      { seed: ctx.seed, numRuns: 25 },
    );
    return pass();
  },
});
