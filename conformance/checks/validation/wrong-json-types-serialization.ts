import { expectError } from '../../expect.js';
import { defineCheck, need, pass } from '../define.js';
import { eachWrongType } from './wrong-json-types.js';

export default defineCheck({
  id: 'validation.wrong-json-types-serialization',
  title: 'Members of the wrong JSON type get exactly SerializationException (400)',
  area: 'validation',
  // Recommended: SerializationException is what other Coral services send; no KMS capture (kms-facts §3).
  rule: 'kms-facts §3 (body not valid JSON, or member of wrong JSON type → SerializationException, 400)',
  severity: 'recommended',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    await eachWrongType(
      (body) => ctx.send('GenerateDataKey', body, { intendedValid: false }),
      key,
      (reply) => expectError(reply, ['SerializationException']),
    );
    return pass();
  },
});
