import { expectErrorBody } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
import { UNKNOWN_KEY_ID } from '../protocol/error-type.js';

export default defineCheck({
  id: 'schema.error-body',
  title: 'Error replies validate against ErrorBody {__type, message?}',
  area: 'schema',
  rule: 'Error bodies are {__type, message} objects; message may be empty',
  evidence: ['wire.error-envelope', 'recorded.invalid-ciphertext'],
  severity: 'required',
  async run(ctx) {
    const replies = [
      await ctx.send('DescribeKey', { KeyId: UNKNOWN_KEY_ID }),
      await ctx.send('GenerateRandom', { NumberOfBytes: 0 }, { intendedValid: false }),
      // Bytes no KMS made: InvalidCiphertextException, whose real body may carry only __type.
      await ctx.send('Decrypt', { CiphertextBlob: Buffer.alloc(64, 7).toString('base64') }),
    ];
    for (const reply of replies) {
      if (reply.status < 400) throw new CheckFailure('an error reply', `HTTP ${reply.status}`);
      expectErrorBody(reply);
    }
    return pass();
  },
});
