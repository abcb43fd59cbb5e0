/**
 * CreateGrant, ListGrants, ListRetirableGrants, RetireGrant and RevokeGrant, and grant tokens in
 * other operations, driven through the real AWS SDK. The same scenarios run against `serve`
 * (grants.test.ts here) and MSW (test/msw/grants.test.ts). No reply of real KMS to a grant request
 * is recorded; the rules are those of the AWS API reference for each operation.
 */
import * as kms from '@aws-sdk/client-kms';
import { expect, it } from 'vitest';
import { refusal as refusalOf } from './sdk-helpers.js';

/** The name of the error a call that must fail ends with. */
const refusal = async (promise: Promise<unknown>) => (await refusalOf(promise)).name;

const ROLE = 'arn:aws:iam::111122223333:role/App';
const OPS = 'arn:aws:iam::111122223333:role/Ops';

export function grantScenarios(client: () => kms.KMSClient): void {
  const newKey = async (input: kms.CreateKeyCommandInput = {}) =>
    (await client().send(new kms.CreateKeyCommand(input))).KeyMetadata!;
  const grant = (input: Partial<kms.CreateGrantCommandInput> & { KeyId: string }) =>
    client().send(
      new kms.CreateGrantCommand({
        GranteePrincipal: ROLE,
        Operations: ['Encrypt', 'Decrypt', 'GenerateDataKey'],
        ...input,
      }),
    );
  const grantsOf = async (KeyId: string) =>
    (await client().send(new kms.ListGrantsCommand({ KeyId }))).Grants ?? [];

  it('creates a grant that ListGrants shows, whose token works until it is retired', async () => {
    const key = await newKey();
    const made = await grant({
      KeyId: key.KeyId!,
      RetiringPrincipal: OPS,
      Constraints: { EncryptionContextSubset: { Department: 'IT' } },
    });
    expect(made.GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(made.GrantToken).toBeTruthy();
    const [entry, ...rest] = await grantsOf(key.KeyId!);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      KeyId: key.Arn,
      GrantId: made.GrantId,
      GranteePrincipal: ROLE,
      RetiringPrincipal: OPS,
      IssuingAccount: 'arn:aws:iam::111122223333:root',
      Operations: ['Encrypt', 'Decrypt', 'GenerateDataKey'],
      Constraints: { EncryptionContextSubset: { Department: 'IT' } },
    });
    expect(entry?.CreationDate).toBeInstanceOf(Date);
    const GrantTokens = [made.GrantToken!];
    const dataKey = await client().send(
      new kms.GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256', GrantTokens }),
    );
    const opened = await client().send(
      new kms.DecryptCommand({ CiphertextBlob: dataKey.CiphertextBlob, GrantTokens }),
    );
    expect(opened.Plaintext).toEqual(dataKey.Plaintext);
    await client().send(new kms.RetireGrantCommand({ GrantToken: made.GrantToken }));
    expect(await grantsOf(key.KeyId!)).toEqual([]);
    expect(
      await refusal(
        client().send(
          new kms.GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256', GrantTokens }),
        ),
      ),
    ).toBe('InvalidGrantTokenException');
    expect(
      await refusal(client().send(new kms.RetireGrantCommand({ GrantToken: made.GrantToken }))),
    ).toBe('InvalidGrantTokenException');
  });

  it('revokes a grant by key and grant id; its tokens stop working; a second revoke is NotFound', async () => {
    const key = await newKey();
    const made = await grant({ KeyId: key.Arn! });
    await client().send(new kms.RevokeGrantCommand({ KeyId: key.KeyId, GrantId: made.GrantId }));
    expect(await grantsOf(key.KeyId!)).toEqual([]);
    expect(
      await refusal(
        client().send(
          new kms.EncryptCommand({
            KeyId: key.KeyId,
            Plaintext: new Uint8Array(4),
            GrantTokens: [made.GrantToken!],
          }),
        ),
      ),
    ).toBe('InvalidGrantTokenException');
    expect(
      await refusal(
        client().send(new kms.RevokeGrantCommand({ KeyId: key.KeyId, GrantId: made.GrantId })),
      ),
    ).toBe('NotFoundException');
    expect(
      await refusal(
        client().send(new kms.RevokeGrantCommand({ KeyId: key.KeyId, GrantId: 'not-a-grant' })),
      ),
    ).toBe('InvalidGrantIdException');
  });

  it('retires a grant by KeyId and GrantId, and lists retirable grants by retiring principal across keys', async () => {
    const [first, second] = [await newKey(), await newKey()];
    const principal = `arn:aws:iam::111122223333:role/Retirer-${first.KeyId}`;
    const a = await grant({ KeyId: first.KeyId!, RetiringPrincipal: principal });
    const b = await grant({ KeyId: second.KeyId!, RetiringPrincipal: principal });
    await grant({ KeyId: second.KeyId!, RetiringPrincipal: OPS });
    const listed = await client().send(
      new kms.ListRetirableGrantsCommand({ RetiringPrincipal: principal }),
    );
    expect(listed.Grants?.map((g) => g.GrantId)).toEqual([a.GrantId, b.GrantId]);
    await client().send(new kms.RetireGrantCommand({ KeyId: first.Arn, GrantId: a.GrantId }));
    const after = await client().send(
      new kms.ListRetirableGrantsCommand({ RetiringPrincipal: principal }),
    );
    expect(after.Grants?.map((g) => g.GrantId)).toEqual([b.GrantId]);
    expect(await refusal(client().send(new kms.ListRetirableGrantsCommand({})))).toBe(
      'ValidationException',
    );
  });

  it('returns the same grant for a named retry with the same parameters, with a new token that works too', async () => {
    const key = await newKey();
    const first = await grant({ KeyId: key.KeyId!, Name: 'app-grant' });
    const retry = await grant({
      KeyId: key.KeyId!,
      Name: 'app-grant',
      Operations: ['GenerateDataKey', 'Decrypt', 'Encrypt'],
    });
    expect(retry.GrantId).toBe(first.GrantId);
    expect(retry.GrantToken).not.toBe(first.GrantToken);
    const other = await grant({ KeyId: key.KeyId!, Name: 'app-grant', Operations: ['Decrypt'] });
    expect(other.GrantId).not.toBe(first.GrantId);
    const unnamed = [await grant({ KeyId: key.KeyId! }), await grant({ KeyId: key.KeyId! })];
    expect(unnamed[0]?.GrantId).not.toBe(unnamed[1]?.GrantId);
    expect((await grantsOf(key.KeyId!)).map((g) => g.Name)).toEqual([
      'app-grant',
      'app-grant',
      undefined,
      undefined,
    ]);
    for (const token of [first.GrantToken!, retry.GrantToken!])
      await client().send(
        new kms.EncryptCommand({
          KeyId: key.KeyId,
          Plaintext: new Uint8Array(1),
          GrantTokens: [token],
        }),
      );
  });

  it('pages ListGrants with Limit and Marker, and filters by GrantId and GranteePrincipal', async () => {
    const key = await newKey();
    const ids: string[] = [];
    for (const principal of [ROLE, OPS, ROLE])
      ids.push((await grant({ KeyId: key.KeyId!, GranteePrincipal: principal })).GrantId!);
    const seen: string[] = [];
    let Marker: string | undefined;
    do {
      const page = await client().send(
        new kms.ListGrantsCommand({ KeyId: key.KeyId, Limit: 1, ...(Marker ? { Marker } : {}) }),
      );
      seen.push(...(page.Grants ?? []).map((g) => g.GrantId!));
      expect(page.Truncated).toBe(page.NextMarker !== undefined);
      Marker = page.NextMarker;
    } while (Marker);
    expect(seen).toEqual(ids);
    const byId = await client().send(
      new kms.ListGrantsCommand({ KeyId: key.KeyId, GrantId: ids[1] }),
    );
    expect(byId.Grants?.map((g) => g.GrantId)).toEqual([ids[1]]);
    const byPrincipal = await client().send(
      new kms.ListGrantsCommand({ KeyId: key.KeyId, GranteePrincipal: ROLE }),
    );
    expect(byPrincipal.Grants?.map((g) => g.GrantId)).toEqual([ids[0], ids[2]]);
    expect(
      await refusal(client().send(new kms.ListGrantsCommand({ KeyId: key.KeyId, Limit: 101 }))),
    ).toBe('ValidationException');
    expect(
      await refusal(
        client().send(new kms.ListGrantsCommand({ KeyId: key.KeyId, Marker: 'bogus' })),
      ),
    ).toBe('InvalidMarkerException');
    expect(await refusal(client().send(new kms.ListGrantsCommand({ KeyId: 'invalid' })))).toBe(
      'NotFoundException',
    );
  });

  it('refuses what CreateGrant does not allow, with KMS error types', async () => {
    const key = await newKey();
    const hmac = await newKey({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const cases: [Partial<kms.CreateGrantCommandInput> & { KeyId: string }, string][] = [
      [{ KeyId: key.KeyId!, GranteePrincipal: undefined }, 'ValidationException'],
      [{ KeyId: key.KeyId!, GranteeServicePrincipal: 'logs.amazonaws.com' }, 'ValidationException'],
      [
        {
          KeyId: key.KeyId!,
          Constraints: { EncryptionContextSubset: { a: 'b' }, EncryptionContextEquals: { a: 'b' } },
        },
        'ValidationException',
      ],
      [{ KeyId: key.KeyId!, Operations: ['Sign'] }, 'ValidationException'],
      [{ KeyId: key.KeyId!, Operations: ['CreateGrant'] }, 'ValidationException'],
      [{ KeyId: key.KeyId!, Operations: [] }, 'ValidationException'],
      [{ KeyId: hmac.KeyId!, Operations: ['Encrypt'] }, 'ValidationException'],
      [{ KeyId: 'alias/aws/s3' }, 'NotFoundException'],
      [{ KeyId: key.KeyId!, GrantTokens: ['not-a-token'] }, 'InvalidGrantTokenException'],
      [{ KeyId: key.KeyId!, DryRun: true }, 'DryRunOperationException'],
    ];
    for (const [input, error] of cases)
      expect([input, await refusal(grant(input))]).toEqual([input, error]);
    expect(await grantsOf(key.KeyId!)).toEqual([]);
    await client().send(
      new kms.CreateGrantCommand({
        KeyId: hmac.KeyId,
        GranteePrincipal: ROLE,
        Operations: ['GenerateMac', 'VerifyMac'],
      }),
    );
    await client().send(
      new kms.ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }),
    );
    expect(await refusal(grant({ KeyId: key.KeyId! }))).toBe('KMSInvalidStateException');
  });

  it('refuses a tampered token, and DescribeKey ignores grant tokens', async () => {
    const key = await newKey();
    const { GrantToken = '' } = await grant({ KeyId: key.KeyId! });
    const bytes = Buffer.from(GrantToken, 'base64');
    bytes[bytes.length - 1]! ^= 1;
    const tampered = bytes.toString('base64');
    expect(
      await refusal(
        client().send(
          new kms.GenerateDataKeyCommand({
            KeyId: key.KeyId,
            KeySpec: 'AES_256',
            GrantTokens: [GrantToken, tampered],
          }),
        ),
      ),
    ).toBe('InvalidGrantTokenException');
    const described = await client().send(
      new kms.DescribeKeyCommand({ KeyId: key.KeyId, GrantTokens: [tampered] }),
    );
    expect(described.KeyMetadata?.KeyId).toBe(key.KeyId);
  });
}
