// Every reply the MSW handlers send, for every operation and many failures, checked against the
// spec: success bodies by the operation's output schema, errors by the ErrorBody schema, the
// status by the error table.
import * as sdk from '@aws-sdk/client-kms';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkErrorBody,
  checkResponse,
  operations,
  type OperationName,
} from '../../src/contract/index.js';
import { ERROR_TABLE, isKmsErrorName } from '../../src/errors/index.js';
import { createKmsMock } from '../../src/msw/index.js';

interface Seen {
  target: string | null;
  status: number;
  contentType: string | null;
  requestId: string | null;
  body: string;
}

const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const ROLE = 'arn:aws:iam::111122223333:role/App';
const kms = createKmsMock({
  seed: { keys: [{ id: KEY }], aliases: [{ name: 'alias/app', targetKeyId: KEY }] },
  logger: { error: () => undefined },
});
const server = setupServer(...kms.handlers);
const replies: Promise<Seen>[] = [];
const client = new sdk.KMSClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  maxAttempts: 1,
});
const ENDPOINT = 'https://kms.us-east-1.amazonaws.com/';

beforeAll(() => {
  server.events.on('response:mocked', ({ request, response }) => {
    replies.push(
      response
        .clone()
        .text()
        .then((body) => ({
          target: request.headers.get('x-amz-target'),
          status: response.status,
          contentType: response.headers.get('content-type'),
          requestId: response.headers.get('x-amzn-requestid'),
          body,
        })),
    );
  });
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    () => undefined,
  );
const raw = (init: RequestInit) => settle(fetch(ENDPOINT, { method: 'POST', ...init }));
const target = (op: string) => ({
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': `TrentService.${op}`,
});

async function exercise(): Promise<void> {
  // Every operation, succeeding.
  const created = await client.send(new sdk.CreateKeyCommand({ Description: 'replies' }));
  const keyId = created.KeyMetadata?.KeyId ?? '';
  const made = await client.send(
    new sdk.GenerateDataKeyCommand({ KeyId: 'alias/app', KeySpec: 'AES_256' }),
  );
  await client.send(
    new sdk.GenerateDataKeyWithoutPlaintextCommand({ KeyId: keyId, NumberOfBytes: 64 }),
  );
  await client.send(new sdk.DecryptCommand({ CiphertextBlob: made.CiphertextBlob }));
  const sealed = await client.send(
    new sdk.EncryptCommand({ KeyId: keyId, Plaintext: new Uint8Array([1]) }),
  );
  await client.send(
    new sdk.ReEncryptCommand({ CiphertextBlob: sealed.CiphertextBlob, DestinationKeyId: KEY }),
  );
  await client.send(new sdk.GenerateRandomCommand({ NumberOfBytes: 12 }));
  await client.send(new sdk.DescribeKeyCommand({ KeyId: keyId }));
  await client.send(new sdk.ListKeysCommand({ Limit: 1 }));
  await client.send(new sdk.CreateAliasCommand({ AliasName: 'alias/second', TargetKeyId: keyId }));
  await client.send(new sdk.ListAliasesCommand({}));
  await client.send(new sdk.DeleteAliasCommand({ AliasName: 'alias/second' }));
  await client.send(new sdk.DisableKeyCommand({ KeyId: keyId }));
  await client.send(new sdk.EnableKeyCommand({ KeyId: keyId }));
  await client.send(new sdk.ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
  await client.send(new sdk.CancelKeyDeletionCommand({ KeyId: keyId }));
  await client.send(
    new sdk.TagResourceCommand({ KeyId: keyId, Tags: [{ TagKey: 'a', TagValue: 'b' }] }),
  );
  await client.send(new sdk.ListResourceTagsCommand({ KeyId: keyId }));
  await client.send(new sdk.UntagResourceCommand({ KeyId: keyId, TagKeys: ['a'] }));
  await client.send(new sdk.UpdateKeyDescriptionCommand({ KeyId: keyId, Description: 'new' }));
  await client.send(new sdk.UpdateAliasCommand({ AliasName: 'alias/app', TargetKeyId: KEY }));
  await client.send(new sdk.PutKeyPolicyCommand({ KeyId: keyId, Policy: '{"Statement":[]}' }));
  await client.send(new sdk.GetKeyPolicyCommand({ KeyId: keyId }));
  await client.send(new sdk.ListKeyPoliciesCommand({ KeyId: keyId }));
  await client.send(new sdk.GetKeyLastUsageCommand({ KeyId: KEY }));
  await client.send(new sdk.DescribeCustomKeyStoresCommand({}));
  // No custom key store can exist in the mock: these answer as KMS does for one that does not.
  await settle(client.send(new sdk.ConnectCustomKeyStoreCommand({ CustomKeyStoreId: 'cks-1' })));
  await settle(
    client.send(
      new sdk.CreateCustomKeyStoreCommand({
        CustomKeyStoreName: 'store',
        CloudHsmClusterId: 'cluster-234abcdefgh',
        TrustAnchorCertificate: 'cert',
        KeyStorePassword: 'password',
      }),
    ),
  );
  const mrk = (await client.send(new sdk.CreateKeyCommand({ MultiRegion: true }))).KeyMetadata;
  await client.send(new sdk.ReplicateKeyCommand({ KeyId: mrk?.KeyId, ReplicaRegion: 'eu-west-1' }));
  await client.send(
    new sdk.UpdatePrimaryRegionCommand({ KeyId: mrk?.KeyId, PrimaryRegion: 'eu-west-1' }),
  );
  await client.send(new sdk.EnableKeyRotationCommand({ KeyId: KEY, RotationPeriodInDays: 90 }));
  await client.send(new sdk.GetKeyRotationStatusCommand({ KeyId: KEY }));
  await client.send(new sdk.RotateKeyOnDemandCommand({ KeyId: KEY }));
  await client.send(new sdk.ListKeyRotationsCommand({ KeyId: KEY, Limit: 1 }));
  await client.send(new sdk.DisableKeyRotationCommand({ KeyId: KEY }));
  const grant = { KeyId: keyId, GranteePrincipal: ROLE, RetiringPrincipal: ROLE };
  const first = await client.send(
    new sdk.CreateGrantCommand({ ...grant, Operations: ['Encrypt'] }),
  );
  const second = await client.send(
    new sdk.CreateGrantCommand({ ...grant, Operations: ['Decrypt'] }),
  );
  await client.send(new sdk.ListGrantsCommand({ KeyId: keyId }));
  await client.send(new sdk.ListRetirableGrantsCommand({ RetiringPrincipal: ROLE }));
  await client.send(new sdk.RetireGrantCommand({ GrantToken: first.GrantToken }));
  await client.send(new sdk.RevokeGrantCommand({ KeyId: keyId, GrantId: second.GrantId }));
  await client
    .send(new sdk.GenerateDataKeyCommand({ KeyId: KEY, KeySpec: 'AES_128', DryRun: true }))
    .catch(() => undefined);

  // The engine's own errors.
  await settle(
    client.send(new sdk.DescribeKeyCommand({ KeyId: '11111111-2222-3333-4444-555555555555' })),
  );
  await settle(client.send(new sdk.DecryptCommand({ CiphertextBlob: new Uint8Array(64) })));
  await settle(client.send(new sdk.GenerateDataKeyCommand({ KeyId: KEY, NumberOfBytes: 0 })));
  await settle(
    client.send(new sdk.CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: KEY })),
  );
  await settle(
    client.send(new sdk.CreateAliasCommand({ AliasName: 'alias/aws/nope', TargetKeyId: KEY })),
  );

  // Every error each operation declares, planned.
  for (const op of Object.keys(operations) as OperationName[]) {
    for (const error of operations[op].errors) {
      kms.failNext(op, error);
      await raw({ headers: target(op), body: JSON.stringify(minimalInput(op)) });
    }
    // Each planned failure was sent, none was left queued behind a refused request.
    const sent = kms.calls(op).flatMap((call) => (call.result.ok ? [] : [call.result.error.name]));
    expect(sent, op).toEqual(expect.arrayContaining([...operations[op].errors]));
  }

  // Resolvers: a valid answer, a thrown contract error, an answer the contract refuses.
  kms.use('GenerateRandom', () => ({ Plaintext: new Uint8Array([5]) }), { once: true });
  kms.use(
    'DescribeKey',
    () => {
      throw new Error('resolver bug');
    },
    { once: true },
  );
  kms.use('ListKeys', () => ({ Keys: [{ KeyId: 7 as unknown as string }] }), { once: true });
  await settle(client.send(new sdk.GenerateRandomCommand({ NumberOfBytes: 1 })));
  await settle(client.send(new sdk.DescribeKeyCommand({ KeyId: KEY })));
  await settle(client.send(new sdk.ListKeysCommand({})));

  // The protocol's own refusals.
  await raw({ headers: target('DeleteKey'), body: '{}' });
  await raw({ headers: { 'content-type': 'application/x-amz-json-1.1' }, body: '{}' });
  await raw({ headers: target('GenerateDataKey'), body: '{not json' });
  await raw({ headers: target('GenerateDataKey'), body: '[]' });
  await raw({
    headers: { ...target('GenerateDataKey'), 'content-type': 'text/xml' },
    body: '<x/>',
  });
  await raw({ headers: target('GenerateDataKey'), body: '' });
  await settle(fetch(ENDPOINT, { method: 'GET', headers: target('ListKeys') }));
}

function minimalInput(op: OperationName): Record<string, unknown> {
  switch (op) {
    case 'Decrypt':
      return { CiphertextBlob: 'AAAA' };
    case 'ReEncrypt':
      return { CiphertextBlob: 'AAAA', DestinationKeyId: KEY };
    case 'Encrypt':
      return { KeyId: KEY, Plaintext: 'AA==' };
    case 'GenerateDataKey':
    case 'GenerateDataKeyWithoutPlaintext':
      return { KeyId: KEY, KeySpec: 'AES_256' };
    case 'CreateAlias':
      return { AliasName: 'alias/failing', TargetKeyId: KEY };
    case 'DeleteAlias':
      return { AliasName: 'alias/app' };
    case 'GenerateRandom':
      return { NumberOfBytes: 8 };
    case 'TagResource':
      return { KeyId: KEY, Tags: [{ TagKey: 'k', TagValue: 'v' }] };
    case 'UntagResource':
      return { KeyId: KEY, TagKeys: ['k'] };
    case 'UpdateAlias':
      return { AliasName: 'alias/app', TargetKeyId: KEY };
    case 'UpdateKeyDescription':
      return { KeyId: KEY, Description: 'd' };
    case 'PutKeyPolicy':
      return { KeyId: KEY, Policy: '{}' };
    case 'ReplicateKey':
      return { KeyId: KEY, ReplicaRegion: 'eu-west-1' };
    case 'UpdatePrimaryRegion':
      return { KeyId: KEY, PrimaryRegion: 'eu-west-1' };
    case 'CreateGrant':
      return { KeyId: KEY, GranteePrincipal: ROLE, Operations: ['Decrypt'] };
    case 'ListRetirableGrants':
      return { RetiringPrincipal: ROLE };
    case 'RetireGrant':
      return { GrantToken: 'token' };
    case 'RevokeGrant':
      return { KeyId: KEY, GrantId: '0'.repeat(64) };
    case 'CreateKey':
    case 'ListKeys':
    case 'ListAliases':
    case 'DescribeCustomKeyStores':
      return {};
    case 'CreateCustomKeyStore':
      return { CustomKeyStoreName: 'store' };
    case 'GetParametersForImport':
      return { KeyId: KEY, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' };
    case 'ImportKeyMaterial':
      return { KeyId: KEY, ImportToken: 'AAAA', EncryptedKeyMaterial: 'AAAA' };
    case 'ConnectCustomKeyStore':
    case 'DisconnectCustomKeyStore':
    case 'UpdateCustomKeyStore':
    case 'DeleteCustomKeyStore':
      return { CustomKeyStoreId: 'cks-1' };
    case 'Sign':
      return { KeyId: KEY, Message: 'AA==', SigningAlgorithm: 'ECDSA_SHA_256' };
    case 'Verify':
      return { KeyId: KEY, Message: 'AA==', Signature: 'AA==', SigningAlgorithm: 'ECDSA_SHA_256' };
    case 'GenerateMac':
      return { KeyId: KEY, Message: 'AA==', MacAlgorithm: 'HMAC_SHA_256' };
    case 'VerifyMac':
      return { KeyId: KEY, Message: 'AA==', Mac: 'AA==', MacAlgorithm: 'HMAC_SHA_256' };
    case 'GenerateDataKeyPair':
    case 'GenerateDataKeyPairWithoutPlaintext':
      return { KeyId: KEY, KeyPairSpec: 'ECC_NIST_P256' };
    case 'DeriveSharedSecret':
      return { KeyId: KEY, KeyAgreementAlgorithm: 'ECDH', PublicKey: 'AA==' };
    default:
      return { KeyId: KEY };
  }
}

describe('every reply of the MSW handlers', () => {
  it('satisfies the spec', async () => {
    await exercise();
    const seen = await Promise.all(replies);
    expect(seen.length).toBeGreaterThan(250);
    const problems: string[] = [];
    const statuses = new Set<number>();
    for (const reply of seen) {
      statuses.add(reply.status);
      const where = `${reply.target ?? '(no target)'} ${reply.status} ${reply.body.slice(0, 120)}`;
      if (reply.contentType !== 'application/x-amz-json-1.1')
        problems.push(`${where}: content-type ${reply.contentType}`);
      if (!reply.requestId) problems.push(`${where}: no x-amzn-RequestId`);
      const body: unknown = reply.body === '' ? undefined : JSON.parse(reply.body);
      if (reply.status === 200) {
        const op = reply.target?.replace('TrentService.', '') ?? '';
        if (!Object.hasOwn(operations, op)) problems.push(`${where}: a success for no operation`);
        else
          for (const issue of checkResponse(op as OperationName, body))
            problems.push(`${where}: ${issue.path} ${issue.message}`);
        continue;
      }
      for (const issue of checkErrorBody(body))
        problems.push(`${where}: ${issue.path} ${issue.message}`);
      const type = (body as { __type?: unknown }).__type;
      if (!isKmsErrorName(type)) problems.push(`${where}: unknown __type`);
      else if (ERROR_TABLE[type].status !== reply.status)
        problems.push(`${where}: status ${reply.status}, table says ${ERROR_TABLE[type].status}`);
    }
    expect(problems).toEqual([]);
    expect([...statuses].sort()).toEqual([200, 400, 500]);
  });
});
