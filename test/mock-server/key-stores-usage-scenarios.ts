/**
 * The custom key store operations, GetKeyLastUsage and the import operations, driven through the
 * real AWS SDK. The same
 * scenarios run against `serve` (key-stores-usage.test.ts here) and MSW
 * (test/msw/key-stores-usage.test.ts).
 */
import { constants, createHmac, createPublicKey, publicEncrypt, randomBytes } from 'node:crypto';
import * as kms from '@aws-sdk/client-kms';
import { expect, it } from 'vitest';
import { importMaterial, refusal } from './sdk-helpers.js';

const credential = {
  AccessKeyId: 'ABCDEFGHIJKLMNOPQRSTUVWX',
  RawSecretAccessKey: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV',
};

export function keyStoreAndUsageScenarios(client: () => kms.KMSClient): void {
  const send = <T>(command: { input: unknown }) => client().send(command as never) as Promise<T>;

  it('lists no custom key store, and knows none by id or name', async () => {
    const listed = await client().send(new kms.DescribeCustomKeyStoresCommand({}));
    expect(listed).toMatchObject({ CustomKeyStores: [], Truncated: false });
    expect(
      await refusal(
        client().send(new kms.DescribeCustomKeyStoresCommand({ CustomKeyStoreId: 'cks-1' })),
      ),
    ).toEqual({
      name: 'CustomKeyStoreNotFoundException',
      message: 'Custom key store cks-1 does not exist.',
    });
    expect(
      (
        await refusal(
          client().send(new kms.DescribeCustomKeyStoresCommand({ CustomKeyStoreName: 'mine' })),
        )
      ).name,
    ).toBe('CustomKeyStoreNotFoundException');
    expect(
      (await refusal(client().send(new kms.DescribeCustomKeyStoresCommand({ Marker: 'x' })))).name,
    ).toBe('InvalidMarkerException');
  });

  it('answers every operation on a custom key store id with CustomKeyStoreNotFoundException', async () => {
    const CustomKeyStoreId = 'cks-1234567890abcdef0';
    const commands = [
      new kms.ConnectCustomKeyStoreCommand({ CustomKeyStoreId }),
      new kms.DisconnectCustomKeyStoreCommand({ CustomKeyStoreId }),
      new kms.UpdateCustomKeyStoreCommand({ CustomKeyStoreId, NewCustomKeyStoreName: 'renamed' }),
      new kms.DeleteCustomKeyStoreCommand({ CustomKeyStoreId }),
    ];
    for (const command of commands) {
      expect(await refusal(send(command))).toEqual({
        name: 'CustomKeyStoreNotFoundException',
        message: `Custom key store ${CustomKeyStoreId} does not exist.`,
      });
    }
  });

  it('cannot create a CloudHSM key store: the cluster is not found', async () => {
    const created = client().send(
      new kms.CreateCustomKeyStoreCommand({
        CustomKeyStoreName: 'hsm',
        CloudHsmClusterId: 'cluster-234abcdefgh',
        TrustAnchorCertificate: '-----BEGIN CERTIFICATE-----',
        KeyStorePassword: 'kmsPswd1',
      }),
    );
    expect(await refusal(created)).toEqual({
      name: 'CloudHsmClusterNotFoundException',
      message: 'CloudHSM cluster cluster-234abcdefgh could not be found.',
    });
    const incomplete = client().send(
      new kms.CreateCustomKeyStoreCommand({ CustomKeyStoreName: 'hsm' }),
    );
    expect(await refusal(incomplete)).toMatchObject({ name: 'ValidationException' });
  });

  it('cannot create an external key store: the proxy is unreachable, the VPC endpoint service unknown', async () => {
    const base = {
      CustomKeyStoreName: 'xks',
      CustomKeyStoreType: 'EXTERNAL_KEY_STORE' as const,
      XksProxyUriEndpoint: 'https://myproxy.xks.example.com',
      XksProxyUriPath: '/kms/xks/v1',
      XksProxyAuthenticationCredential: credential,
    };
    const publicEndpoint = client().send(
      new kms.CreateCustomKeyStoreCommand({ ...base, XksProxyConnectivity: 'PUBLIC_ENDPOINT' }),
    );
    expect(await refusal(publicEndpoint)).toEqual({
      name: 'XksProxyUriUnreachableException',
      message:
        'KMS cannot reach the external key store proxy at https://myproxy.xks.example.com/kms/xks/v1.',
    });
    const vpc = client().send(
      new kms.CreateCustomKeyStoreCommand({
        ...base,
        XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
        XksProxyVpcEndpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-example',
      }),
    );
    expect((await refusal(vpc)).name).toBe('XksProxyVpcEndpointServiceNotFoundException');
  });

  it('GetKeyLastUsage: empty until the key is used, then the last cryptographic operation', async () => {
    const { KeyMetadata } = await client().send(new kms.CreateKeyCommand({}));
    const KeyId = KeyMetadata!.KeyId!;
    const fresh = await client().send(new kms.GetKeyLastUsageCommand({ KeyId }));
    expect(fresh.KeyId).toBe(KeyId);
    expect(fresh.KeyLastUsage).toEqual({});
    expect(fresh.KeyCreationDate).toEqual(KeyMetadata!.CreationDate);
    expect(fresh.TrackingStartDate!.getTime()).toBeGreaterThanOrEqual(
      KeyMetadata!.CreationDate!.getTime(),
    );

    // DescribeKey is no cryptographic operation; a refused Encrypt is no successful one.
    await client().send(new kms.DescribeKeyCommand({ KeyId }));
    await refusal(
      client().send(new kms.EncryptCommand({ KeyId, Plaintext: new Uint8Array(4097) })),
    );
    expect((await client().send(new kms.GetKeyLastUsageCommand({ KeyId }))).KeyLastUsage).toEqual(
      {},
    );

    const before = Date.now();
    const sealed = await client().send(
      new kms.EncryptCommand({ KeyId, Plaintext: new Uint8Array([1, 2, 3]) }),
    );
    const afterEncrypt = await client().send(new kms.GetKeyLastUsageCommand({ KeyId }));
    expect(afterEncrypt.KeyLastUsage?.Operation).toBe('Encrypt');
    expect(afterEncrypt.KeyLastUsage?.Timestamp!.getTime()).toBeGreaterThanOrEqual(before - 1000);

    await client().send(new kms.DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob }));
    const afterDecrypt = await client().send(new kms.GetKeyLastUsageCommand({ KeyId }));
    expect(afterDecrypt.KeyLastUsage?.Operation).toBe('Decrypt');
  });

  it('GetKeyLastUsage: ReEncrypt is the last use of both keys; alias names are refused', async () => {
    const source = (await client().send(new kms.CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const target = (await client().send(new kms.CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const sealed = await client().send(
      new kms.EncryptCommand({ KeyId: source, Plaintext: new Uint8Array([7]) }),
    );
    await client().send(
      new kms.ReEncryptCommand({ CiphertextBlob: sealed.CiphertextBlob, DestinationKeyId: target }),
    );
    for (const KeyId of [source, target]) {
      const usage = await client().send(new kms.GetKeyLastUsageCommand({ KeyId }));
      expect(usage.KeyLastUsage?.Operation).toBe('ReEncrypt');
    }
    await client().send(
      new kms.CreateAliasCommand({ AliasName: `alias/usage-${source}`, TargetKeyId: source }),
    );
    expect(
      await refusal(
        client().send(new kms.GetKeyLastUsageCommand({ KeyId: `alias/usage-${source}` })),
      ),
    ).toEqual({ name: 'NotFoundException', message: `Invalid keyId 'alias/usage-${source}'` });
  });

  it('imports key material wrapped offline, uses it, deletes it (recorded: TestKMS::test_import_key_symmetric)', async () => {
    const { KeyMetadata } = await client().send(new kms.CreateKeyCommand({ Origin: 'EXTERNAL' }));
    const KeyId = KeyMetadata!.KeyId!;
    expect(KeyMetadata!.KeyState).toBe('PendingImport');
    const params = await client().send(
      new kms.GetParametersForImportCommand({
        KeyId,
        WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
        WrappingKeySpec: 'RSA_2048',
      }),
    );
    expect(params.KeyId).toBe(KeyMetadata!.Arn);
    expect(params.ParametersValidTo).toBeInstanceOf(Date);
    const publicKey = createPublicKey({
      key: Buffer.from(params.PublicKey!),
      format: 'der',
      type: 'spki',
    });
    const wrapped = publicEncrypt(
      { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      randomBytes(32),
    );
    const importing = {
      KeyId,
      ImportToken: params.ImportToken!,
      EncryptedKeyMaterial: wrapped,
    };
    expect(await refusal(client().send(new kms.ImportKeyMaterialCommand(importing)))).toEqual({
      name: 'ValidationException',
      message: 'A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES',
    });
    const imported = await client().send(
      new kms.ImportKeyMaterialCommand({
        ...importing,
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
    );
    const described = (await client().send(new kms.DescribeKeyCommand({ KeyId }))).KeyMetadata!;
    expect(described).toMatchObject({
      KeyState: 'Enabled',
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      CurrentKeyMaterialId: imported.KeyMaterialId,
    });
    const sealed = await client().send(
      new kms.EncryptCommand({ KeyId, Plaintext: Buffer.from('imported') }),
    );
    const opened = await client().send(
      new kms.DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob }),
    );
    expect(Buffer.from(opened.Plaintext!).toString()).toBe('imported');
    await client().send(new kms.DeleteImportedKeyMaterialCommand({ KeyId }));
    expect(
      await refusal(client().send(new kms.EncryptCommand({ KeyId, Plaintext: Buffer.from('x') }))),
    ).toEqual({
      name: 'KMSInvalidStateException',
      message: `${KeyMetadata!.Arn} is pending import.`,
    });
  });

  it('imports HMAC material of the key spec’s length (recorded: TestKMS::test_import_key_hmac_keys[HMAC_224], 28 bytes) and refuses a shorter one', async () => {
    const { KeyMetadata } = await client().send(
      new kms.CreateKeyCommand({
        Origin: 'EXTERNAL',
        KeySpec: 'HMAC_224',
        KeyUsage: 'GENERATE_VERIFY_MAC',
      }),
    );
    const KeyId = KeyMetadata!.KeyId!;
    expect(await refusal(importMaterial(send, KeyId, randomBytes(27)))).toEqual({
      name: 'IncorrectKeyMaterialException',
      message: 'The key material is not of a length KMS imports for HMAC_224 keys.',
    });
    const secret = randomBytes(28);
    await importMaterial(send, KeyId, secret);
    const Message = Buffer.from('test-mac-message');
    const { Mac } = await client().send(
      new kms.GenerateMacCommand({ KeyId, Message, MacAlgorithm: 'HMAC_SHA_224' }),
    );
    expect(Buffer.from(Mac!)).toEqual(createHmac('sha224', secret).update(Message).digest());
  });

  it('rotates imported symmetric material on demand to material imported as NEW_KEY_MATERIAL (recorded: TestKMS::test_rotate_key_on_demand_updates_current_key_material_for_external_keys)', async () => {
    const { KeyMetadata } = await client().send(new kms.CreateKeyCommand({ Origin: 'EXTERNAL' }));
    const KeyId = KeyMetadata!.KeyId!;
    const Arn = KeyMetadata!.Arn!;
    expect(await refusal(client().send(new kms.RotateKeyOnDemandCommand({ KeyId })))).toEqual({
      name: 'KMSInvalidStateException',
      message: `${Arn} is pending import.`,
    });
    const first = await importMaterial(send, KeyId, randomBytes(32));
    expect(await refusal(client().send(new kms.EnableKeyRotationCommand({ KeyId })))).toEqual({
      name: 'UnsupportedOperationException',
      message: `${Arn} origin is EXTERNAL which is not valid for this operation.`,
    });
    expect(await refusal(client().send(new kms.RotateKeyOnDemandCommand({ KeyId })))).toEqual({
      name: 'KMSInvalidStateException',
      message: `No available key material pending rotation for the key: ${Arn}.`,
    });
    const old = await client().send(
      new kms.EncryptCommand({ KeyId, Plaintext: Buffer.from('old') }),
    );
    const next = await importMaterial(send, KeyId, randomBytes(32), {
      ImportType: 'NEW_KEY_MATERIAL',
    });
    const current = async () =>
      (await client().send(new kms.DescribeKeyCommand({ KeyId }))).KeyMetadata
        ?.CurrentKeyMaterialId;
    expect(await current()).toBe(first.KeyMaterialId);
    expect(await client().send(new kms.RotateKeyOnDemandCommand({ KeyId }))).toMatchObject({
      KeyId: Arn,
    });
    expect(await current()).toBe(next.KeyMaterialId);
    const opened = await client().send(
      new kms.DecryptCommand({ CiphertextBlob: old.CiphertextBlob }),
    );
    expect(opened).toMatchObject({ KeyMaterialId: first.KeyMaterialId });
    expect(Buffer.from(opened.Plaintext!).toString()).toBe('old');
  });
}
