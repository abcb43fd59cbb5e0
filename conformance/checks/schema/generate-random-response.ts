import { decode, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'schema.generate-random-response',
  title: 'A GenerateRandom reply validates against the spec, with a Plaintext of the asked length',
  area: 'schema',
  rule: 'A GenerateRandom reply is valid against the spec with exactly NumberOfBytes bytes',
  evidence: ['model.output-members', 'recorded.generate-random-lengths'],
  severity: 'required',
  async run(ctx) {
    const reply = await ctx.send('GenerateRandom', { NumberOfBytes: 32 });
    const body = expectSuccess(reply, 'GenerateRandom', ['Plaintext']);
    const length = decode(body.Plaintext).length;
    if (length !== 32) throw new CheckFailure('a Plaintext of 32 bytes', `${length} bytes`);
    return pass();
  },
});
