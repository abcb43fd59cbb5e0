import fc from 'fast-check';
import { checkRequest } from '../../../src/contract/index.js';
import { defineCheck, pass } from '../define.js';
import { limits } from './limits.js';
import { expectClientError, holds } from './support.js';

type Probe = { why: string; body: Record<string, unknown>; schemaRule: boolean };

/**
 * GenerateDataKey requests that break exactly one constraint of the spec; everything else in them is
 * valid. `schemaRule: false` marks the one rule JSON Schema cannot say (KeySpec xor NumberOfBytes).
 */
function invalidRequests(keyId: string): fc.Arbitrary<Probe> {
  const { numberOfBytes: nb, keyId: id, grantTokens: gt, dataKeySpecs } = limits;
  const spec = { KeySpec: 'AES_256' };
  const probe = (why: string, body: Record<string, unknown>, schemaRule = true): Probe => ({
    why,
    body,
    schemaRule,
  });
  const token = fc.string({ minLength: gt.tokenMin, maxLength: 16 });
  return fc.oneof(
    fc
      .integer({ min: -(2 ** 31), max: nb.min - 1 })
      .map((n) => probe('NumberOfBytes below the minimum', { KeyId: keyId, NumberOfBytes: n })),
    fc
      .integer({ min: nb.max + 1, max: 2 ** 31 - 1 })
      .map((n) => probe('NumberOfBytes above the maximum', { KeyId: keyId, NumberOfBytes: n })),
    fc
      .string({ maxLength: 12 })
      .filter((s) => !dataKeySpecs.includes(s))
      .map((s) => probe('KeySpec outside the enum', { KeyId: keyId, KeySpec: s })),
    fc
      .tuple(fc.constantFrom(...dataKeySpecs), fc.integer(nb))
      .map(([s, n]) =>
        probe(
          'both KeySpec and NumberOfBytes',
          { KeyId: keyId, KeySpec: s, NumberOfBytes: n },
          false,
        ),
      ),
    fc.constant(probe('neither KeySpec nor NumberOfBytes', { KeyId: keyId }, false)),
    fc.constantFrom(probe('no KeyId', spec), probe('an empty KeyId', { KeyId: '', ...spec })),
    fc
      .integer({ min: id.max + 1, max: id.max + 64 })
      .map((n) => probe('KeyId over the maximum length', { KeyId: 'k'.repeat(n), ...spec })),
    fc
      .array(token, { minLength: gt.max + 1, maxLength: gt.max + 10 })
      .map((t) => probe('too many grant tokens', { KeyId: keyId, ...spec, GrantTokens: t })),
    fc
      .array(token, { maxLength: gt.max - 1 })
      .map((t) =>
        probe('an empty grant token', { KeyId: keyId, ...spec, GrantTokens: [...t, ''] }),
      ),
    fc
      .constantFrom<[string, Record<string, unknown>]>(
        ['NumberOfBytes as a string', { NumberOfBytes: '32' }],
        ['NumberOfBytes as a boolean', { NumberOfBytes: true }],
        ['KeyId as a number', { KeyId: 1234 }],
        ['KeyId as an array', { KeyId: [keyId] }],
        ['KeySpec as a number', { KeySpec: 256 }],
        ['EncryptionContext as an array', { EncryptionContext: ['purpose', 'test'] }],
        ['an EncryptionContext value as a boolean', { EncryptionContext: { purpose: true } }],
        ['GrantTokens as a string', { GrantTokens: 'token' }],
      )
      .map(([why, change]) =>
        probe(why, {
          KeyId: keyId,
          ...(change['NumberOfBytes'] === undefined ? spec : {}),
          ...change,
        }),
      ),
  );
}

export default defineCheck({
  id: 'validation.invalid-requests-property',
  title:
    'Generated GenerateDataKey requests that break one spec constraint get a 4xx Validation/SerializationException',
  area: 'validation',
  rule: 'Generated requests breaking one constraint of GenerateDataKeyRequest are refused with a 4xx',
  evidence: [
    'model.generate-data-key-request',
    'model.number-of-bytes',
    'model.data-key-spec',
    'model.key-id-type',
    'model.grant-token-list',
    'recorded.validation-exception',
    'recorded.key-id-not-validated',
  ],
  tolerates: ['wire.serialization-error'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    await holds(
      invalidRequests(key.keyId),
      async ({ why, body, schemaRule }) => {
        // The generator must agree with the spec: a schema-rule probe the validator accepts is a runner bug.
        if (schemaRule && checkRequest('GenerateDataKey', body).ok)
          throw new Error(`the invalid-request generator made a valid request (${why})`);
        expectClientError(await ctx.send('GenerateDataKey', body, { intendedValid: false }), [
          'ValidationException',
          'SerializationException',
        ]);
      },
      { seed: ctx.seed, numRuns: 40 },
    );
    return pass();
  },
});
