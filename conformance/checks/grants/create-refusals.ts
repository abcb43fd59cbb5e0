import { expectError, expectRefusal } from '../../expect.js';
import { defineCheck, inCase, pass } from '../define.js';
import { granteeOf } from './grant.js';

export default defineCheck({
  id: 'grants.create-refusals',
  title:
    'CreateGrant refuses an operation outside GrantOperation, one the key does not support, no Operations (ValidationException) and no grantee',
  area: 'grants',
  rule: 'CreateGrant with an Operations value outside the GrantOperation enum, with Sign for a symmetric encryption key, or without Operations is ValidationException; without GranteePrincipal or GranteeServicePrincipal it is refused with a 4xx',
  evidence: [
    'model.grant-operation',
    'model.create-grant-request',
    'model.grant-operations-for-key',
    'model.grantee-principal',
    'recorded.validation-exception',
  ],
  severity: 'required',
  needs: ['symmetric-key'],
  async run(ctx, { symmetric: key }) {
    const base = { KeyId: key.keyId, GranteePrincipal: granteeOf(key) };
    const invalid = { intendedValid: false };
    await inCase('an operation outside GrantOperation', async () =>
      expectError(
        await ctx.send('CreateGrant', { ...base, Operations: ['Encrypt', 'EncryptAll'] }, invalid),
        ['ValidationException'],
      ),
    );
    await inCase('Sign for a symmetric encryption key', async () =>
      expectError(await ctx.send('CreateGrant', { ...base, Operations: ['Sign'] }), [
        'ValidationException',
      ]),
    );
    await inCase('no Operations', async () =>
      expectError(await ctx.send('CreateGrant', base, invalid), ['ValidationException']),
    );
    // The member docs say a grantee is needed but not which error says so: any 4xx refusal passes.
    await inCase('no grantee principal', async () =>
      expectRefusal(
        await ctx.send('CreateGrant', { KeyId: key.keyId, Operations: ['Encrypt'] }, invalid),
      ),
    );
    return pass();
  },
});
