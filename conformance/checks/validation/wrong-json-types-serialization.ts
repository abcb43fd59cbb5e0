import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';
import { eachWrongType } from './wrong-json-types.js';

export default defineCheck({
  id: 'validation.wrong-json-types-serialization',
  title: 'Members of the wrong JSON type get exactly SerializationException (400)',
  area: 'validation',
  // Recommended: SerializationException is what other Coral services send; no KMS recording (evidence `wire.serialization-error`).
  rule: 'A member of the wrong JSON type is refused as SerializationException',
  evidence: ['wire.serialization-error'],
  severity: 'recommended',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    await eachWrongType(
      (body) => ctx.send('GenerateDataKey', body, { intendedValid: false }),
      key,
      (reply) => expectError(reply, ['SerializationException']),
    );
    return pass();
  },
});
