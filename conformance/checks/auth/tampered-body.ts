import { expectAuthRefusal } from './refusal.js';
import { defineCheck, pass } from '../define.js';

export default defineCheck({
  id: 'auth.tampered-body',
  title: 'A body changed after signing is refused as unauthenticated (400 or 403)',
  area: 'auth',
  rule: 'A body changed after signing is refused: the signature covers the payload hash',
  evidence: ['auth.sigv4', 'auth.common-errors'],
  tolerates: ['auth.error-names'],
  severity: 'required',
  authProbe: true,
  async run(ctx) {
    // The transport re-spaces the JSON after signing: same meaning, different bytes.
    expectAuthRefusal(await ctx.send('ListKeys', {}, { tamperAfterSigning: true }));
    return pass();
  },
});
