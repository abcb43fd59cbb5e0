import type { KeyRef, Reply } from '../../types.js';
import { CheckFailure } from '../../failure.js';
import { defineCheck, pass } from '../define.js';
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
      throw error instanceof CheckFailure ? error.reword((e) => `${e} for ${what}`) : error;
    }
  }
}

export default defineCheck({
  id: 'validation.wrong-json-types',
  title: 'Members of the wrong JSON type get a 4xx SerializationException or ValidationException',
  area: 'validation',
  // The exact type is checked by validation.wrong-json-types-serialization (recommended): KMS itself was never captured.
  rule: 'A member of the wrong JSON type is refused with a 4xx error reply',
  evidence: [
    'wire.json-1-1',
    'model.generate-data-key-request',
    'wire.error-envelope',
    'recorded.validation-exception',
  ],
  tolerates: ['wire.serialization-error'],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    await eachWrongType(
      (body) => ctx.send('GenerateDataKey', body, { intendedValid: false }),
      key,
      (reply) => expectClientError(reply, ['SerializationException', 'ValidationException']),
    );
    return pass();
  },
});
