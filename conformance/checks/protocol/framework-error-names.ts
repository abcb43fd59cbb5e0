import { expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { UNKNOWN_KEY_ID } from './error-type.js';

export default defineCheck({
  id: 'protocol.framework-error-names',
  title:
    'Unreadable requests get the names AWS JSON services use: SerializationException, UnknownOperationException',
  area: 'protocol',
  rule: 'A body that is not a JSON object is SerializationException; an unknown or missing X-Amz-Target is UnknownOperationException (400 or 404)',
  evidence: ['wire.serialization-error', 'wire.unknown-operation'],
  severity: 'recommended',
  async run(ctx) {
    const body = (rawBody: string) => ({ rawBody, intendedValid: false });
    await inCase('a body cut off mid-object', async () =>
      expectError(
        await ctx.send('GenerateDataKey', {}, body(`{"KeyId":"${UNKNOWN_KEY_ID}","KeySpec":`)),
        ['SerializationException'],
      ),
    );
    await inCase('a JSON array body', async () =>
      expectError(
        await ctx.send('GenerateDataKey', {}, body(JSON.stringify([{ KeyId: UNKNOWN_KEY_ID }]))),
        ['SerializationException'],
      ),
    );
    await inCase('an unknown operation', async () =>
      expectError(
        await ctx.send('GenerateDataKeyPlease', {}, { intendedValid: false }),
        ['UnknownOperationException'],
        [400, 404],
      ),
    );
    await inCase('no X-Amz-Target', async () =>
      expectError(
        await ctx.send(
          'GenerateDataKey',
          {},
          { headers: { 'x-amz-target': null }, intendedValid: false },
        ),
        ['UnknownOperationException'],
        [400, 404],
      ),
    );
    return pass();
  },
});
