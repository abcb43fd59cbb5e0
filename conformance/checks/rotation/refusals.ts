import { expectError } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';

/** A well-formed key id that names no key (the one of the recording). */
const ABSENT = '1234abcd-12ab-34cd-56ef-1234567890ab';

export default defineCheck({
  id: 'rotation.refusals',
  title:
    'RotateKeyOnDemand is refused for a disabled key, an asymmetric or HMAC key, a key pending deletion and an unknown key, with KMS errors',
  area: 'rotation',
  rule: 'RotateKeyOnDemand: disabled → DisabledException; RSA or HMAC key → UnsupportedOperationException; pending deletion → KMSInvalidStateException; unknown key → NotFoundException. EnableKeyRotation of an RSA or HMAC key → UnsupportedOperationException',
  evidence: [
    'recorded.disabled',
    'recorded.rotate-non-symmetric',
    'recorded.rotate-not-found',
    'docs.rotate-key-on-demand',
  ],
  severity: 'required',
  needs: ['disabled-key', 'asymmetric-key', 'hmac-key', 'pending-deletion-key'],
  async run(ctx, { disabled, asymmetric, hmac, pendingDeletion }) {
    const cases: [string, string, string, string][] = [
      ['a disabled key', 'RotateKeyOnDemand', disabled.keyId, 'DisabledException'],
      ['an RSA key', 'RotateKeyOnDemand', asymmetric.keyId, 'UnsupportedOperationException'],
      ['an HMAC key', 'RotateKeyOnDemand', hmac.keyId, 'UnsupportedOperationException'],
      [
        'a key pending deletion',
        'RotateKeyOnDemand',
        pendingDeletion.keyId,
        'KMSInvalidStateException',
      ],
      ['an unknown key', 'RotateKeyOnDemand', ABSENT, 'NotFoundException'],
      ['an RSA key', 'EnableKeyRotation', asymmetric.keyId, 'UnsupportedOperationException'],
      ['an HMAC key', 'EnableKeyRotation', hmac.keyId, 'UnsupportedOperationException'],
    ];
    for (const [what, operation, KeyId, type] of cases) {
      await inCase(`${operation} of ${what}`, async () =>
        expectError(
          await ctx.send(operation as 'RotateKeyOnDemand' | 'EnableKeyRotation', { KeyId }),
          [type],
        ),
      );
    }
    return pass();
  },
});
