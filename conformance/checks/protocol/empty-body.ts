import { expectError, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'protocol.empty-body',
  title: 'An empty body reads as {}: ListKeys succeeds, GenerateDataKey gets ValidationException',
  area: 'protocol',
  rule: 'kms-facts §1 (No input: server must accept an empty body too), §3 (ValidationException, 400), §7 (KeyId required)',
  severity: 'required',
  async run(ctx) {
    // ListKeys takes no required input, so an empty body is a complete request.
    expectSuccess(await ctx.send('ListKeys', {}, { rawBody: '' }), 'ListKeys', ['Keys']);
    // The same empty body on an operation with a required member is a missing KeyId, not bad JSON.
    expectError(await ctx.send('GenerateDataKey', {}, { rawBody: '', intendedValid: false }), [
      'ValidationException',
    ]);
    return pass();
  },
});
