import { detailOf, expectError, expectSuccess } from '../../expect.js';
import { CheckFailure } from '../../failure.js';
import { inCase } from '../define.js';
import type { CheckContext, KeyRef } from '../../types.js';

/** What CreateGrant handed back. */
export interface Grant {
  grantId: string;
  grantToken: string;
}

/** One entry of ListGrants, as the endpoint sent it (checked against the spec's schema). */
export type GrantEntry = Record<string, unknown>;

/** The operations a grant of these checks allows: ones every symmetric encryption key supports. */
export const OPERATIONS = ['Encrypt', 'Decrypt', 'GenerateDataKey'] as const;

/**
 * The grantee of every grant these checks make: the root of the account that owns the key, read
 * from the key's ARN. An account is a valid grantee principal (evidence `model.grantee-principal`),
 * and it is one real KMS knows, which a made-up principal would not be.
 */
export function granteeOf(key: KeyRef): string {
  const match = /^arn:([a-z-]+):kms:[^:]*:(\d{12}):key\//.exec(key.arn);
  if (!match)
    throw new CheckFailure(
      'a key ARN arn:<partition>:kms:<region>:<account>:key/<id> to name the grantee account by',
      key.arn,
      { kind: 'content', operation: 'CreateKey' },
    );
  return `arn:${match[1]}:iam::${match[2]}:root`;
}

/** CreateGrant on `key` for its account root; `extra` adds or replaces members. */
export async function createGrant(
  ctx: CheckContext,
  key: KeyRef,
  extra: Record<string, unknown> = {},
): Promise<Grant> {
  const reply = await ctx.send('CreateGrant', {
    KeyId: key.keyId,
    GranteePrincipal: granteeOf(key),
    Operations: [...OPERATIONS],
    ...extra,
  });
  const body = expectSuccess(reply, 'CreateGrant', ['GrantId', 'GrantToken']);
  return { grantId: String(body.GrantId), grantToken: String(body.GrantToken) };
}

/**
 * Two grants of `key` made by two CreateGrant without a Name, which must be two grants with
 * GrantIds of their own (evidence `model.grant-name`); an endpoint that answers one fixed grant
 * would otherwise pass what is asked of the second.
 */
export async function twoGrants(ctx: CheckContext, key: KeyRef): Promise<[Grant, Grant]> {
  const first = await createGrant(ctx, key);
  const second = await createGrant(ctx, key);
  if (first.grantId === second.grantId)
    throw new CheckFailure(
      'two CreateGrant without a Name to make two grants with GrantIds of their own',
      `GrantId ${first.grantId} twice`,
      { operation: 'CreateGrant', actualStatus: 200 },
    );
  return [first, second];
}

/** Pages a list this long at most: the checks' keys hold a few grants, so more is a loop. */
const MAX_PAGES = 10;

/** Every grant ListGrants lists for `key`, following NextMarker while Truncated is true. */
export async function listGrants(
  ctx: CheckContext,
  key: KeyRef,
  filter: Record<string, unknown> = {},
): Promise<GrantEntry[]> {
  const grants: GrantEntry[] = [];
  let marker: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const reply = await ctx.send('ListGrants', {
      KeyId: key.keyId,
      ...filter,
      ...(marker !== undefined ? { Marker: marker } : {}),
    });
    const body = expectSuccess(reply, 'ListGrants', ['Grants']);
    grants.push(...((body.Grants ?? []) as GrantEntry[]));
    if (body.Truncated !== true) return grants;
    if (!body.NextMarker)
      throw new CheckFailure('a NextMarker with Truncated true', 'no NextMarker', {
        ...detailOf(reply),
        kind: 'invalid-reply',
      });
    marker = body.NextMarker;
  }
  throw new CheckFailure(
    `the key's few grants within ${MAX_PAGES} pages of ListGrants`,
    `Truncated true after ${MAX_PAGES} pages`,
    { kind: 'content', operation: 'ListGrants' },
  );
}

/** The GrantIds of a listing, for messages. */
export function idsOf(grants: readonly GrantEntry[]): string {
  return grants.map((g) => String(g['GrantId'])).join(', ') || 'no grants';
}

/** Fails unless the listing holds exactly the grants `want` (by GrantId, in any order). */
export function expectListed(
  grants: readonly GrantEntry[],
  want: readonly string[],
  when: string,
): void {
  const have = grants.map((g) => String(g['GrantId'])).sort();
  const expected = [...want].sort();
  if (have.length !== expected.length || have.some((id, i) => id !== expected[i]))
    throw new CheckFailure(
      `ListGrants ${when}: ${expected.length === 0 ? 'no grants' : expected.join(', ')}`,
      idsOf(grants),
      { kind: 'content', operation: 'ListGrants', actualStatus: 200 },
    );
}

/**
 * `operation` (Encrypt or GenerateDataKey) on `key` with `token` in GrantTokens must be
 * InvalidGrantTokenException; `what` names the token in the failure.
 */
export async function expectTokenRefused(
  ctx: CheckContext,
  key: KeyRef,
  operation: 'Encrypt' | 'GenerateDataKey',
  token: string,
  what: string,
): Promise<void> {
  const body =
    operation === 'Encrypt'
      ? { KeyId: key.keyId, Plaintext: 'AAECAw==', GrantTokens: [token] }
      : { KeyId: key.keyId, KeySpec: 'AES_256', GrantTokens: [token] };
  await inCase(`${operation} with ${what}`, async () =>
    expectError(await ctx.send(operation, body), ['InvalidGrantTokenException']),
  );
}
