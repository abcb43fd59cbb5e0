import { CheckFailure } from '../../failure.js';
import { decode, expectSuccess } from '../../expect.js';
import { dataKey } from '../data-key.js';
import { defineCheck, pass } from '../define.js';
import { sameBytes } from '../bytes.js';

export default defineCheck({
  id: 'keys.multi-region',
  title: 'A multi-Region key (mrk- id) makes data keys that Decrypt returns, with its key ARN',
  area: 'keys',
  rule: 'A multi-Region key (mrk- id) makes and opens data keys; replies name its key ARN',
  evidence: ['docs.multi-region-key-id', 'recorded.multi-region-key', 'model.response-key-arn'],
  severity: 'required',
  needs: ['multi-region-key'],
  async run(ctx, { multiRegion: key }) {
    const made = await dataKey(ctx, key, ['CiphertextBlob', 'Plaintext', 'KeyId']);
    if (made.KeyId !== key.arn)
      throw new CheckFailure(`GenerateDataKey KeyId ${key.arn}`, `KeyId ${String(made.KeyId)}`);
    const opened = expectSuccess(
      await ctx.send('Decrypt', { CiphertextBlob: made.CiphertextBlob, KeyId: key.arn }),
      'Decrypt',
      ['Plaintext', 'KeyId'],
    );
    if (!sameBytes(decode(opened.Plaintext), decode(made.Plaintext)))
      throw new CheckFailure('the data key GenerateDataKey gave', 'different bytes');
    if (opened.KeyId !== key.arn)
      throw new CheckFailure(`Decrypt KeyId ${key.arn}`, `KeyId ${String(opened.KeyId)}`);
    // After the round trip, so an endpoint whose mrk- keys do not work at all is reported for that first.
    if (!/^mrk-[0-9a-f]{32}$/.test(key.keyId))
      throw new CheckFailure('a multi-Region key id mrk-<32 lowercase hex>', key.keyId);
    return pass();
  },
});
