import { expectError, expectSuccess } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'protocol.empty-body',
  title: 'An empty body reads as {}: ListKeys succeeds, GenerateDataKey gets ValidationException',
  area: 'protocol',
  rule: 'An empty body reads as {}: ListKeys succeeds, GenerateDataKey is refused for its missing KeyId',
  evidence: [
    'wire.empty-input',
    'model.generate-data-key-request',
    'recorded.validation-exception',
  ],
  tolerates: ['wire.serialization-error'],
  severity: 'required',
  async run(ctx) {
    // ListKeys takes no required input, so an empty body is a complete request.
    expectSuccess(await ctx.send('ListKeys', {}, { rawBody: '' }), 'ListKeys', ['Keys']);
    // The same empty body on an operation with a required member is a missing KeyId, not bad JSON.
    // SerializationException is tolerated: an empty body read as no JSON at all (wire.serialization-error).
    expectError(await ctx.send('GenerateDataKey', {}, { rawBody: '', intendedValid: false }), [
      'ValidationException',
      'SerializationException',
    ]);
    return pass();
  },
});
