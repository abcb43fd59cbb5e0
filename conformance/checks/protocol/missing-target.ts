import { expectError } from '../../expect.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'protocol.missing-target',
  title: 'A request without X-Amz-Target gets UnknownOperationException',
  area: 'protocol',
  rule: 'kms-facts §1 (X-Amz-Target selects the operation), §3 (UnknownOperationException, 400; 404 accepted)',
  severity: 'required',
  async run(ctx) {
    const reply = await ctx.send(
      'GenerateDataKey',
      {},
      { headers: { 'x-amz-target': null }, intendedValid: false },
    );
    expectError(reply, ['UnknownOperationException'], [400, 404]);
    return pass();
  },
});
