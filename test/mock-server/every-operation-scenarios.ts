/**
 * Every operation of the contract through the real AWS SDK, one scenario each, with a reply that
 * shows the operation did its work: success with the members KMS gives (checked with node:crypto
 * where there are bytes to check), or, for the custom key store operations, the error KMS gives an
 * account without such a store. The table is keyed by the generated operation table, so an
 * operation without a scenario fails to compile and fails the first test; each scenario must send
 * its own command. The same table runs against `serve` (every-operation.test.ts here) and MSW
 * (test/msw/every-operation.test.ts).
 */
import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomBytes,
  verify as verifySignature,
} from 'node:crypto';
import * as kms from '@aws-sdk/client-kms';
import { expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { accountRootPolicy, importMaterial, refusal } from './sdk-helpers.js';

type OperationName = keyof typeof operations;

const US = 'us-east-1';
const EU = 'eu-west-1';
const ACCOUNT = '111122223333';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app`;
const STORE = 'cks-1234567890abcdef0';
const bytes = (data: Uint8Array | undefined) => Buffer.from(data ?? []);
const spki = (der: Uint8Array | undefined) =>
  createPublicKey({ key: bytes(der), format: 'der', type: 'spki' });

/** What a scenario gets: a sender that remembers which commands went out, in either Region. */
interface Kit {
  send<Output>(command: { input: unknown }, region?: string): Promise<Output>;
  key(input?: kms.CreateKeyCommandInput, region?: string): Promise<kms.KeyMetadata>;
}

type Scenario = (kit: Kit) => Promise<void>;

const noStore = { name: 'CustomKeyStoreNotFoundException' };

const grantOn = (kit: Kit, KeyId: string, extra: Partial<kms.CreateGrantCommandInput> = {}) =>
  kit.send<kms.CreateGrantCommandOutput>(
    new kms.CreateGrantCommand({
      KeyId,
      GranteePrincipal: ROLE,
      Operations: ['Decrypt'],
      ...extra,
    }),
  );

const scenarios: { readonly [Op in OperationName]: Scenario } = {
  async GenerateDataKey(kit) {
    const { KeyId, Arn } = await kit.key();
    const made = await kit.send<kms.GenerateDataKeyCommandOutput>(
      new kms.GenerateDataKeyCommand({ KeyId, KeySpec: 'AES_256' }),
    );
    expect(made.KeyId).toBe(Arn);
    expect(made.Plaintext).toHaveLength(32);
    const opened = await kit.send<kms.DecryptCommandOutput>(
      new kms.DecryptCommand({ CiphertextBlob: made.CiphertextBlob }),
    );
    expect(bytes(opened.Plaintext)).toEqual(bytes(made.Plaintext));
  },
  async GenerateDataKeyWithoutPlaintext(kit) {
    const { KeyId } = await kit.key();
    const made = await kit.send<kms.GenerateDataKeyWithoutPlaintextCommandOutput>(
      new kms.GenerateDataKeyWithoutPlaintextCommand({ KeyId, NumberOfBytes: 24 }),
    );
    expect(made).not.toHaveProperty('Plaintext');
    const opened = await kit.send<kms.DecryptCommandOutput>(
      new kms.DecryptCommand({ CiphertextBlob: made.CiphertextBlob }),
    );
    expect(opened.Plaintext).toHaveLength(24);
  },
  async Decrypt(kit) {
    const { KeyId, Arn } = await kit.key();
    const context = { app: 'every-operation' };
    const sealed = await kit.send<kms.EncryptCommandOutput>(
      new kms.EncryptCommand({
        KeyId,
        Plaintext: bytes(Buffer.from('hi')),
        EncryptionContext: context,
      }),
    );
    const opened = await kit.send<kms.DecryptCommandOutput>(
      new kms.DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob, EncryptionContext: context }),
    );
    expect(opened).toMatchObject({ KeyId: Arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    expect(bytes(opened.Plaintext).toString()).toBe('hi');
    expect(
      (await refusal(kit.send(new kms.DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob }))))
        .name,
    ).toBe('InvalidCiphertextException');
  },
  async Encrypt(kit) {
    const { KeyId, Arn } = await kit.key();
    const sealed = await kit.send<kms.EncryptCommandOutput>(
      new kms.EncryptCommand({ KeyId, Plaintext: new Uint8Array([1, 2, 3]) }),
    );
    expect(sealed).toMatchObject({ KeyId: Arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    expect(sealed.CiphertextBlob?.length).toBeGreaterThan(3);
  },
  async ReEncrypt(kit) {
    const source = await kit.key();
    const target = await kit.key();
    const sealed = await kit.send<kms.EncryptCommandOutput>(
      new kms.EncryptCommand({ KeyId: source.KeyId, Plaintext: new Uint8Array([9]) }),
    );
    const moved = await kit.send<kms.ReEncryptCommandOutput>(
      new kms.ReEncryptCommand({
        CiphertextBlob: sealed.CiphertextBlob,
        DestinationKeyId: target.KeyId,
      }),
    );
    expect(moved).toMatchObject({ SourceKeyId: source.Arn, KeyId: target.Arn });
    const opened = await kit.send<kms.DecryptCommandOutput>(
      new kms.DecryptCommand({ CiphertextBlob: moved.CiphertextBlob }),
    );
    expect(opened).toMatchObject({ KeyId: target.Arn, Plaintext: new Uint8Array([9]) });
  },
  async GenerateRandom(kit) {
    const a = await kit.send<kms.GenerateRandomCommandOutput>(
      new kms.GenerateRandomCommand({ NumberOfBytes: 32 }),
    );
    const b = await kit.send<kms.GenerateRandomCommandOutput>(
      new kms.GenerateRandomCommand({ NumberOfBytes: 32 }),
    );
    expect(a.Plaintext).toHaveLength(32);
    expect(bytes(a.Plaintext)).not.toEqual(bytes(b.Plaintext));
  },
  async CreateKey(kit) {
    const created = await kit.send<kms.CreateKeyCommandOutput>(
      new kms.CreateKeyCommand({ Description: 'made', Tags: [{ TagKey: 't', TagValue: 'v' }] }),
    );
    expect(created.KeyMetadata).toMatchObject({
      AWSAccountId: ACCOUNT,
      Description: 'made',
      KeyState: 'Enabled',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
    });
    expect(created.KeyMetadata?.Arn).toBe(
      `arn:aws:kms:${US}:${ACCOUNT}:key/${created.KeyMetadata?.KeyId}`,
    );
  },
  async DescribeKey(kit) {
    const { KeyId, Arn } = await kit.key({ Description: 'described' });
    const described = await kit.send<kms.DescribeKeyCommandOutput>(
      new kms.DescribeKeyCommand({ KeyId: Arn }),
    );
    expect(described.KeyMetadata).toMatchObject({ KeyId, Description: 'described', Enabled: true });
  },
  async ListKeys(kit) {
    const { KeyId, Arn } = await kit.key();
    const keys: kms.KeyListEntry[] = [];
    let Marker: string | undefined;
    do {
      const page = await kit.send<kms.ListKeysCommandOutput>(
        new kms.ListKeysCommand({ Limit: 50, ...(Marker ? { Marker } : {}) }),
      );
      keys.push(...(page.Keys ?? []));
      Marker = page.Truncated ? page.NextMarker : undefined;
    } while (Marker);
    expect(keys).toContainEqual({ KeyId, KeyArn: Arn });
  },
  async EnableKey(kit) {
    const { KeyId } = await kit.key();
    await kit.send(new kms.DisableKeyCommand({ KeyId }));
    await kit.send(new kms.EnableKeyCommand({ KeyId }));
    const described = await kit.send<kms.DescribeKeyCommandOutput>(
      new kms.DescribeKeyCommand({ KeyId }),
    );
    expect(described.KeyMetadata).toMatchObject({ KeyState: 'Enabled', Enabled: true });
  },
  async DisableKey(kit) {
    const { KeyId, Arn } = await kit.key();
    await kit.send(new kms.DisableKeyCommand({ KeyId }));
    expect(
      await refusal(kit.send(new kms.EncryptCommand({ KeyId, Plaintext: new Uint8Array([1]) }))),
    ).toEqual({ name: 'DisabledException', message: `${Arn} is disabled.` });
  },
  async ScheduleKeyDeletion(kit) {
    const { KeyId, Arn } = await kit.key();
    const scheduled = await kit.send<kms.ScheduleKeyDeletionCommandOutput>(
      new kms.ScheduleKeyDeletionCommand({ KeyId, PendingWindowInDays: 7 }),
    );
    expect(scheduled).toMatchObject({
      KeyId: Arn,
      KeyState: 'PendingDeletion',
      PendingWindowInDays: 7,
    });
    const days = ((scheduled.DeletionDate?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
  },
  async CancelKeyDeletion(kit) {
    const { KeyId, Arn } = await kit.key();
    await kit.send(new kms.ScheduleKeyDeletionCommand({ KeyId }));
    const cancelled = await kit.send<kms.CancelKeyDeletionCommandOutput>(
      new kms.CancelKeyDeletionCommand({ KeyId }),
    );
    expect(cancelled.KeyId).toBe(Arn);
    const described = await kit.send<kms.DescribeKeyCommandOutput>(
      new kms.DescribeKeyCommand({ KeyId }),
    );
    expect(described.KeyMetadata?.KeyState).toBe('Disabled');
    expect(described.KeyMetadata?.DeletionDate).toBeUndefined();
  },
  async EnableKeyRotation(kit) {
    const { KeyId } = await kit.key();
    await kit.send(new kms.EnableKeyRotationCommand({ KeyId, RotationPeriodInDays: 100 }));
    const status = await kit.send<kms.GetKeyRotationStatusCommandOutput>(
      new kms.GetKeyRotationStatusCommand({ KeyId }),
    );
    expect(status).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 100 });
  },
  async DisableKeyRotation(kit) {
    const { KeyId } = await kit.key();
    await kit.send(new kms.EnableKeyRotationCommand({ KeyId }));
    await kit.send(new kms.DisableKeyRotationCommand({ KeyId }));
    const status = await kit.send<kms.GetKeyRotationStatusCommandOutput>(
      new kms.GetKeyRotationStatusCommand({ KeyId }),
    );
    expect(status.KeyRotationEnabled).toBe(false);
  },
  async GetKeyRotationStatus(kit) {
    const { KeyId, Arn } = await kit.key();
    const status = await kit.send<kms.GetKeyRotationStatusCommandOutput>(
      new kms.GetKeyRotationStatusCommand({ KeyId }),
    );
    expect(status).toMatchObject({ KeyId: Arn, KeyRotationEnabled: false });
  },
  async RotateKeyOnDemand(kit) {
    const { KeyId, Arn, CurrentKeyMaterialId } = await kit.key();
    const rotated = await kit.send<kms.RotateKeyOnDemandCommandOutput>(
      new kms.RotateKeyOnDemandCommand({ KeyId }),
    );
    expect(rotated.KeyId).toBe(Arn);
    const described = await kit.send<kms.DescribeKeyCommandOutput>(
      new kms.DescribeKeyCommand({ KeyId }),
    );
    expect(described.KeyMetadata?.CurrentKeyMaterialId).not.toBe(CurrentKeyMaterialId);
  },
  async ListKeyRotations(kit) {
    const { KeyId } = await kit.key();
    await kit.send(new kms.RotateKeyOnDemandCommand({ KeyId }));
    const listed = await kit.send<kms.ListKeyRotationsCommandOutput>(
      new kms.ListKeyRotationsCommand({ KeyId }),
    );
    expect(listed.Rotations).toEqual([
      expect.objectContaining({ KeyId, RotationType: 'ON_DEMAND', KeyMaterialState: 'CURRENT' }),
    ]);
    expect(listed.Truncated).toBe(false);
  },
  async CreateAlias(kit) {
    const { KeyId } = await kit.key();
    const AliasName = `alias/every-${KeyId}`;
    await kit.send(new kms.CreateAliasCommand({ AliasName, TargetKeyId: KeyId }));
    const described = await kit.send<kms.DescribeKeyCommandOutput>(
      new kms.DescribeKeyCommand({ KeyId: AliasName }),
    );
    expect(described.KeyMetadata?.KeyId).toBe(KeyId);
  },
  async DeleteAlias(kit) {
    const { KeyId } = await kit.key();
    const AliasName = `alias/gone-${KeyId}`;
    await kit.send(new kms.CreateAliasCommand({ AliasName, TargetKeyId: KeyId }));
    await kit.send(new kms.DeleteAliasCommand({ AliasName }));
    expect((await refusal(kit.send(new kms.DescribeKeyCommand({ KeyId: AliasName })))).name).toBe(
      'NotFoundException',
    );
  },
  async ListAliases(kit) {
    const { KeyId } = await kit.key();
    const AliasName = `alias/listed-${KeyId}`;
    await kit.send(new kms.CreateAliasCommand({ AliasName, TargetKeyId: KeyId }));
    const listed = await kit.send<kms.ListAliasesCommandOutput>(
      new kms.ListAliasesCommand({ KeyId }),
    );
    expect(listed.Aliases).toEqual([
      expect.objectContaining({
        AliasName,
        AliasArn: `arn:aws:kms:${US}:${ACCOUNT}:${AliasName}`,
        TargetKeyId: KeyId,
      }),
    ]);
  },
  async GetPublicKey(kit) {
    const { KeyId, Arn } = await kit.key({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    const got = await kit.send<kms.GetPublicKeyCommandOutput>(
      new kms.GetPublicKeyCommand({ KeyId }),
    );
    expect(got).toMatchObject({ KeyId: Arn, KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    expect(spki(got.PublicKey).asymmetricKeyDetails?.modulusLength).toBe(2048);
  },
  async Sign(kit) {
    const { KeyId } = await kit.key({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const Message = Buffer.from('signed');
    const signed = await kit.send<kms.SignCommandOutput>(
      new kms.SignCommand({ KeyId, Message, SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    const { PublicKey } = await kit.send<kms.GetPublicKeyCommandOutput>(
      new kms.GetPublicKeyCommand({ KeyId }),
    );
    expect(verifySignature('sha256', Message, spki(PublicKey), bytes(signed.Signature))).toBe(true);
  },
  async Verify(kit) {
    const { KeyId } = await kit.key({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const Message = Buffer.from('verified');
    const { Signature } = await kit.send<kms.SignCommandOutput>(
      new kms.SignCommand({ KeyId, Message, SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    const checked = await kit.send<kms.VerifyCommandOutput>(
      new kms.VerifyCommand({ KeyId, Message, Signature, SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    expect(checked.SignatureValid).toBe(true);
    expect(
      (
        await refusal(
          kit.send(
            new kms.VerifyCommand({
              KeyId,
              Message: Buffer.from('other'),
              Signature,
              SigningAlgorithm: 'ECDSA_SHA_256',
            }),
          ),
        )
      ).name,
    ).toBe('KMSInvalidSignatureException');
  },
  async GenerateMac(kit) {
    const { KeyId } = await kit.key({
      Origin: 'EXTERNAL',
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    });
    const secret = randomBytes(32);
    await importMaterial(kit.send, KeyId!, secret);
    const Message = Buffer.from('mac');
    const made = await kit.send<kms.GenerateMacCommandOutput>(
      new kms.GenerateMacCommand({ KeyId, Message, MacAlgorithm: 'HMAC_SHA_256' }),
    );
    expect(bytes(made.Mac)).toEqual(createHmac('sha256', secret).update(Message).digest());
  },
  async VerifyMac(kit) {
    const { KeyId } = await kit.key({ KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const Message = Buffer.from('mac');
    const { Mac } = await kit.send<kms.GenerateMacCommandOutput>(
      new kms.GenerateMacCommand({ KeyId, Message, MacAlgorithm: 'HMAC_SHA_384' }),
    );
    const checked = await kit.send<kms.VerifyMacCommandOutput>(
      new kms.VerifyMacCommand({ KeyId, Message, Mac, MacAlgorithm: 'HMAC_SHA_384' }),
    );
    expect(checked.MacValid).toBe(true);
  },
  async GenerateDataKeyPair(kit) {
    const { KeyId } = await kit.key();
    const pair = await kit.send<kms.GenerateDataKeyPairCommandOutput>(
      new kms.GenerateDataKeyPairCommand({ KeyId, KeyPairSpec: 'ECC_NIST_P256' }),
    );
    const privateKey = createPrivateKey({
      key: bytes(pair.PrivateKeyPlaintext),
      format: 'der',
      type: 'pkcs8',
    });
    expect(createPublicKey(privateKey).export({ format: 'der', type: 'spki' })).toEqual(
      bytes(pair.PublicKey),
    );
    const opened = await kit.send<kms.DecryptCommandOutput>(
      new kms.DecryptCommand({ CiphertextBlob: pair.PrivateKeyCiphertextBlob }),
    );
    expect(bytes(opened.Plaintext)).toEqual(bytes(pair.PrivateKeyPlaintext));
  },
  async GenerateDataKeyPairWithoutPlaintext(kit) {
    const { KeyId } = await kit.key();
    const pair = await kit.send<kms.GenerateDataKeyPairWithoutPlaintextCommandOutput>(
      new kms.GenerateDataKeyPairWithoutPlaintextCommand({ KeyId, KeyPairSpec: 'RSA_2048' }),
    );
    expect(pair).not.toHaveProperty('PrivateKeyPlaintext');
    const opened = await kit.send<kms.DecryptCommandOutput>(
      new kms.DecryptCommand({ CiphertextBlob: pair.PrivateKeyCiphertextBlob }),
    );
    const privateKey = createPrivateKey({
      key: bytes(opened.Plaintext),
      format: 'der',
      type: 'pkcs8',
    });
    expect(createPublicKey(privateKey).export({ format: 'der', type: 'spki' })).toEqual(
      bytes(pair.PublicKey),
    );
  },
  async DeriveSharedSecret(kit) {
    const { KeyId } = await kit.key({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' });
    const peer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const shared = await kit.send<kms.DeriveSharedSecretCommandOutput>(
      new kms.DeriveSharedSecretCommand({
        KeyId,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: peer.publicKey.export({ format: 'der', type: 'spki' }),
      }),
    );
    const { PublicKey } = await kit.send<kms.GetPublicKeyCommandOutput>(
      new kms.GetPublicKeyCommand({ KeyId }),
    );
    expect(bytes(shared.SharedSecret)).toEqual(
      diffieHellman({ privateKey: peer.privateKey, publicKey: spki(PublicKey) }),
    );
  },
  async TagResource(kit) {
    const { KeyId } = await kit.key();
    await kit.send(
      new kms.TagResourceCommand({ KeyId, Tags: [{ TagKey: 'team', TagValue: 'a' }] }),
    );
    const listed = await kit.send<kms.ListResourceTagsCommandOutput>(
      new kms.ListResourceTagsCommand({ KeyId }),
    );
    expect(listed.Tags).toEqual([{ TagKey: 'team', TagValue: 'a' }]);
  },
  async UntagResource(kit) {
    const { KeyId } = await kit.key({
      Tags: [
        { TagKey: 'a', TagValue: '1' },
        { TagKey: 'b', TagValue: '2' },
      ],
    });
    await kit.send(new kms.UntagResourceCommand({ KeyId, TagKeys: ['a'] }));
    const listed = await kit.send<kms.ListResourceTagsCommandOutput>(
      new kms.ListResourceTagsCommand({ KeyId }),
    );
    expect(listed.Tags).toEqual([{ TagKey: 'b', TagValue: '2' }]);
  },
  async ListResourceTags(kit) {
    const { KeyId } = await kit.key({ Tags: [{ TagKey: 'k', TagValue: 'v' }] });
    const listed = await kit.send<kms.ListResourceTagsCommandOutput>(
      new kms.ListResourceTagsCommand({ KeyId }),
    );
    expect(listed).toMatchObject({ Tags: [{ TagKey: 'k', TagValue: 'v' }], Truncated: false });
  },
  async UpdateAlias(kit) {
    const first = await kit.key();
    const second = await kit.key();
    const AliasName = `alias/moved-${first.KeyId}`;
    await kit.send(new kms.CreateAliasCommand({ AliasName, TargetKeyId: first.KeyId }));
    await kit.send(new kms.UpdateAliasCommand({ AliasName, TargetKeyId: second.KeyId }));
    const described = await kit.send<kms.DescribeKeyCommandOutput>(
      new kms.DescribeKeyCommand({ KeyId: AliasName }),
    );
    expect(described.KeyMetadata?.KeyId).toBe(second.KeyId);
  },
  async UpdateKeyDescription(kit) {
    const { KeyId } = await kit.key({ Description: 'old' });
    await kit.send(new kms.UpdateKeyDescriptionCommand({ KeyId, Description: 'new' }));
    const described = await kit.send<kms.DescribeKeyCommandOutput>(
      new kms.DescribeKeyCommand({ KeyId }),
    );
    expect(described.KeyMetadata?.Description).toBe('new');
  },
  async GetKeyPolicy(kit) {
    const { KeyId } = await kit.key();
    const got = await kit.send<kms.GetKeyPolicyCommandOutput>(
      new kms.GetKeyPolicyCommand({ KeyId }),
    );
    expect(got.PolicyName).toBe('default');
    expect(JSON.parse(got.Policy ?? '')).toMatchObject({ Id: 'key-default-1' });
  },
  async PutKeyPolicy(kit) {
    const { KeyId } = await kit.key();
    const Policy = accountRootPolicy(ACCOUNT);
    await kit.send(new kms.PutKeyPolicyCommand({ KeyId, Policy, PolicyName: 'default' }));
    const got = await kit.send<kms.GetKeyPolicyCommandOutput>(
      new kms.GetKeyPolicyCommand({ KeyId }),
    );
    expect(got.Policy).toBe(Policy);
  },
  async ListKeyPolicies(kit) {
    const { KeyId } = await kit.key();
    const listed = await kit.send<kms.ListKeyPoliciesCommandOutput>(
      new kms.ListKeyPoliciesCommand({ KeyId }),
    );
    expect(listed).toMatchObject({ PolicyNames: ['default'], Truncated: false });
  },
  async CreateCustomKeyStore(kit) {
    expect(
      await refusal(
        kit.send(
          new kms.CreateCustomKeyStoreCommand({
            CustomKeyStoreName: 'hsm',
            CloudHsmClusterId: 'cluster-234abcdefgh',
            TrustAnchorCertificate: '-----BEGIN CERTIFICATE-----',
            KeyStorePassword: 'kmsPswd1',
          }),
        ),
      ),
    ).toEqual({
      name: 'CloudHsmClusterNotFoundException',
      message: 'CloudHSM cluster cluster-234abcdefgh could not be found.',
    });
  },
  async ConnectCustomKeyStore(kit) {
    expect(
      await refusal(kit.send(new kms.ConnectCustomKeyStoreCommand({ CustomKeyStoreId: STORE }))),
    ).toMatchObject(noStore);
  },
  async DisconnectCustomKeyStore(kit) {
    expect(
      await refusal(kit.send(new kms.DisconnectCustomKeyStoreCommand({ CustomKeyStoreId: STORE }))),
    ).toMatchObject(noStore);
  },
  async UpdateCustomKeyStore(kit) {
    expect(
      await refusal(
        kit.send(
          new kms.UpdateCustomKeyStoreCommand({
            CustomKeyStoreId: STORE,
            NewCustomKeyStoreName: 'x',
          }),
        ),
      ),
    ).toMatchObject(noStore);
  },
  async DeleteCustomKeyStore(kit) {
    expect(
      await refusal(kit.send(new kms.DeleteCustomKeyStoreCommand({ CustomKeyStoreId: STORE }))),
    ).toEqual({ ...noStore, message: `Custom key store ${STORE} does not exist.` });
  },
  async DescribeCustomKeyStores(kit) {
    const listed = await kit.send<kms.DescribeCustomKeyStoresCommandOutput>(
      new kms.DescribeCustomKeyStoresCommand({}),
    );
    expect(listed).toMatchObject({ CustomKeyStores: [], Truncated: false });
  },
  async GetKeyLastUsage(kit) {
    const { KeyId } = await kit.key();
    await kit.send(new kms.EncryptCommand({ KeyId, Plaintext: new Uint8Array([1]) }));
    const usage = await kit.send<kms.GetKeyLastUsageCommandOutput>(
      new kms.GetKeyLastUsageCommand({ KeyId }),
    );
    expect(usage).toMatchObject({ KeyId, KeyLastUsage: { Operation: 'Encrypt' } });
    expect(usage.TrackingStartDate).toBeInstanceOf(Date);
  },
  async ReplicateKey(kit) {
    const { KeyId } = await kit.key({ MultiRegion: true });
    const replicated = await kit.send<kms.ReplicateKeyCommandOutput>(
      new kms.ReplicateKeyCommand({ KeyId, ReplicaRegion: EU }),
    );
    expect(replicated.ReplicaKeyMetadata).toMatchObject({
      KeyId,
      Arn: `arn:aws:kms:${EU}:${ACCOUNT}:key/${KeyId}`,
      MultiRegionConfiguration: { MultiRegionKeyType: 'REPLICA' },
    });
    const sealed = await kit.send<kms.EncryptCommandOutput>(
      new kms.EncryptCommand({ KeyId, Plaintext: new Uint8Array([5]) }),
    );
    const opened = await kit.send<kms.DecryptCommandOutput>(
      new kms.DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob }),
      EU,
    );
    expect(opened.Plaintext).toEqual(new Uint8Array([5]));
  },
  async UpdatePrimaryRegion(kit) {
    const { KeyId } = await kit.key({ MultiRegion: true });
    await kit.send(new kms.ReplicateKeyCommand({ KeyId, ReplicaRegion: EU }));
    await kit.send(new kms.UpdatePrimaryRegionCommand({ KeyId, PrimaryRegion: EU }));
    const described = await kit.send<kms.DescribeKeyCommandOutput>(
      new kms.DescribeKeyCommand({ KeyId }),
      EU,
    );
    expect(described.KeyMetadata?.MultiRegionConfiguration).toMatchObject({
      MultiRegionKeyType: 'PRIMARY',
      PrimaryKey: { Region: EU },
      ReplicaKeys: [{ Region: US }],
    });
  },
  async GetParametersForImport(kit) {
    const { KeyId, Arn } = await kit.key({ Origin: 'EXTERNAL' });
    const params = await kit.send<kms.GetParametersForImportCommandOutput>(
      new kms.GetParametersForImportCommand({
        KeyId,
        WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
        WrappingKeySpec: 'RSA_3072',
      }),
    );
    expect(params.KeyId).toBe(Arn);
    expect(spki(params.PublicKey).asymmetricKeyDetails?.modulusLength).toBe(3072);
    expect(params.ImportToken?.length).toBeGreaterThan(0);
    expect(params.ParametersValidTo).toBeInstanceOf(Date);
  },
  async ImportKeyMaterial(kit) {
    const { KeyId, Arn } = await kit.key({ Origin: 'EXTERNAL' });
    const imported = await importMaterial(kit.send, KeyId!, randomBytes(32));
    expect(imported.KeyId).toBe(Arn);
    const described = await kit.send<kms.DescribeKeyCommandOutput>(
      new kms.DescribeKeyCommand({ KeyId }),
    );
    expect(described.KeyMetadata).toMatchObject({
      KeyState: 'Enabled',
      CurrentKeyMaterialId: imported.KeyMaterialId,
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    });
  },
  async DeleteImportedKeyMaterial(kit) {
    const { KeyId, Arn } = await kit.key({ Origin: 'EXTERNAL' });
    await importMaterial(kit.send, KeyId!, randomBytes(32));
    await kit.send(new kms.DeleteImportedKeyMaterialCommand({ KeyId }));
    expect(
      await refusal(kit.send(new kms.EncryptCommand({ KeyId, Plaintext: new Uint8Array([1]) }))),
    ).toEqual({ name: 'KMSInvalidStateException', message: `${Arn} is pending import.` });
  },
  async CreateGrant(kit) {
    const { KeyId } = await kit.key();
    const grant = await grantOn(kit, KeyId!);
    expect(grant.GrantId).toMatch(/^[0-9a-f]{64}$/);
    // The token works at once in an operation taking GrantTokens.
    const sealed = await kit.send<kms.EncryptCommandOutput>(
      new kms.EncryptCommand({
        KeyId,
        Plaintext: new Uint8Array([1]),
        GrantTokens: [grant.GrantToken!],
      }),
    );
    expect(sealed.CiphertextBlob).toBeDefined();
  },
  async ListGrants(kit) {
    const { KeyId } = await kit.key();
    const { GrantId } = await grantOn(kit, KeyId!, { Name: 'listed' });
    const listed = await kit.send<kms.ListGrantsCommandOutput>(
      new kms.ListGrantsCommand({ KeyId }),
    );
    expect(listed.Grants).toEqual([
      expect.objectContaining({
        GrantId,
        KeyId: expect.stringContaining(KeyId!),
        Name: 'listed',
        GranteePrincipal: ROLE,
        Operations: ['Decrypt'],
      }),
    ]);
  },
  async ListRetirableGrants(kit) {
    const { KeyId } = await kit.key();
    const RetiringPrincipal = `arn:aws:iam::${ACCOUNT}:role/retirer-${KeyId}`;
    const { GrantId } = await grantOn(kit, KeyId!, { RetiringPrincipal });
    const listed = await kit.send<kms.ListRetirableGrantsCommandOutput>(
      new kms.ListRetirableGrantsCommand({ RetiringPrincipal }),
    );
    expect(listed.Grants).toEqual([expect.objectContaining({ GrantId, RetiringPrincipal })]);
  },
  async RetireGrant(kit) {
    const { KeyId } = await kit.key();
    const { GrantToken } = await grantOn(kit, KeyId!);
    await kit.send(new kms.RetireGrantCommand({ GrantToken }));
    const listed = await kit.send<kms.ListGrantsCommandOutput>(
      new kms.ListGrantsCommand({ KeyId }),
    );
    expect(listed.Grants).toEqual([]);
  },
  async RevokeGrant(kit) {
    const { KeyId } = await kit.key();
    const { GrantId, GrantToken } = await grantOn(kit, KeyId!);
    await kit.send(new kms.RevokeGrantCommand({ KeyId, GrantId }));
    expect(
      (
        await refusal(
          kit.send(
            new kms.EncryptCommand({
              KeyId,
              Plaintext: new Uint8Array([1]),
              GrantTokens: [GrantToken!],
            }),
          ),
        )
      ).name,
    ).toBe('InvalidGrantTokenException');
  },
};

/** The scenario table's operations, for the test that it covers the contract. */
export const scenarioOperations = Object.keys(scenarios);

export function everyOperationScenarios(clientIn: (region: string) => kms.KMSClient): void {
  it('has one scenario for each of the contract’s operations, and no other', () => {
    expect([...scenarioOperations].sort()).toEqual(Object.keys(operations).sort());
    expect(scenarioOperations).toHaveLength(54);
  });

  for (const operation of Object.keys(scenarios) as OperationName[]) {
    it(`${operation} through the AWS SDK`, async () => {
      const sent = new Set<string>();
      const kit: Kit = {
        send: <Output>(command: { input: unknown }, region = US) => {
          sent.add(command.constructor.name);
          return clientIn(region).send(command as never) as Promise<Output>;
        },
        key: async (input = {}, region = US) => {
          const created = await clientIn(region).send(new kms.CreateKeyCommand(input));
          if (!created.KeyMetadata?.KeyId) throw new Error('CreateKey returned no KeyMetadata');
          return created.KeyMetadata;
        },
      };
      await scenarios[operation](kit);
      // The scenario must have sent its own operation (CreateKey's through kit.send too).
      expect(sent).toContain(`${operation}Command`);
    });
  }
}
