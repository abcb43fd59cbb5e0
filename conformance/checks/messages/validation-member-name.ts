import { expectError } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'messages.validation-member-name',
  title: "A ValidationException message names the member as KMS does: Value '0' at 'numberOfBytes'",
  area: 'messages',
  rule: 'Constraint messages name the member in lower camel case with the value and the rule',
  evidence: ['recorded.validation-exception'],
  severity: 'recommended',
  async run(ctx) {
    const reply = await ctx.send('GenerateRandom', { NumberOfBytes: 0 }, { intendedValid: false });
    expectError(reply, ['ValidationException']);
    const want =
      "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1";
    if (reply.errorMessage !== want)
      throw new CheckFailure(`the message "${want}"`, reply.errorMessage ?? '(no message)');
    return pass();
  },
});
