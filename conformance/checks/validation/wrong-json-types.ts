import type { KeyRef, Reply } from '../../types.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, need, pass } from '../define.js';
import { expectClientError } from './support.js';

/** Otherwise valid GenerateDataKey requests with one member of the wrong JSON type. */
export function wrongTypeProbes(key: KeyRef): Array<[string, Record<string, unknown>]> {
  return [
    ['NumberOfBytes as a string', { KeyId: key.keyId, NumberOfBytes: '32' }],
    ['KeyId as an object', { KeyId: { id: key.keyId }, KeySpec: 'AES_256' }],
    [
      'an EncryptionContext value as a number',
      { KeyId: key.keyId, KeySpec: 'AES_256', EncryptionContext: { purpose: 1 } },
    ],
  ];
}

/** Sends each probe and applies `judge`, naming the probe in a failure. */
export async function eachWrongType(
  send: (body: unknown) => Promise<Reply>,
  key: KeyRef,
  judge: (reply: Reply) => void,
): Promise<void> {
  for (const [what, body] of wrongTypeProbes(key)) {
    const reply = await send(body);
    try {
      judge(reply);
    } catch (error) {
      throw error instanceof CheckFailure
        ? new CheckFailure(`${error.expected} for ${what}`, error.actual)
        : error;
    }
  }
}

export default defineCheck({
  id: 'validation.wrong-json-types',
  title: 'Members of the wrong JSON type get a 4xx SerializationException or ValidationException',
  area: 'validation',
  // The exact type is checked by validation.wrong-json-types-serialization (recommended): KMS itself was never captured.
  rule: 'kms-facts §3 (member of wrong JSON type → SerializationException, generic AWS JSON behaviour); §6 (member types)',
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx) {
    const key = need(ctx.fixtures.symmetric, 'symmetric-key');
    await eachWrongType(
      (body) => ctx.send('GenerateDataKey', body, { intendedValid: false }),
      key,
      (reply) => expectClientError(reply, ['SerializationException', 'ValidationException']),
    );
    return pass();
  },
});
