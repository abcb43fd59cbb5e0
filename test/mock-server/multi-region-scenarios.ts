/**
 * Multi-Region keys through the real AWS SDK, one client per Region of one endpoint: ReplicateKey
 * and UpdatePrimaryRegion (recorded: `TestKMS::test_replicate_key`,
 * `TestKMS::test_replicate_replica_key_should_fail`), deleting a primary that has replicas
 * (PendingReplicaDeletion, model: ScheduleKeyDeletion) and rotation shared with the replicas (model:
 * RotateKeyOnDemand, EnableKeyRotation). The same scenarios run against `serve`
 * (multi-region.test.ts here) and MSW (test/msw/multi-region.test.ts).
 */
import { randomBytes } from 'node:crypto';
import * as kms from '@aws-sdk/client-kms';
import { expect, it } from 'vitest';
import { accountRootPolicy, importMaterial, refusal, type Send } from './sdk-helpers.js';

const ACCOUNT = '111122223333';
const arnOf = (region: string, keyId: string) => `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId}`;

export function multiRegionScenarios(clientIn: (region: string) => kms.KMSClient): void {
  const US = 'us-east-1';
  const EU = 'eu-west-1';
  const AP = 'ap-southeast-1';
  const sendIn =
    (region: string): Send =>
    <Output>(command: { input: unknown }) =>
      clientIn(region).send(command as never) as Promise<Output>;
  const describe = async (region: string, KeyId: string) =>
    (await clientIn(region).send(new kms.DescribeKeyCommand({ KeyId }))).KeyMetadata;
  const newPrimary = async (input: kms.CreateKeyCommandInput = {}) =>
    (await clientIn(US).send(new kms.CreateKeyCommand({ MultiRegion: true, ...input }))).KeyMetadata
      ?.KeyId ?? '';

  it('replicates a primary key: same id, Creating in the reply, Enabled after, each Region listing both', async () => {
    const keyId = await newPrimary({ Description: 'test replicated key' });
    const reply = await clientIn(US).send(
      new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: AP }),
    );
    const config = {
      PrimaryKey: { Arn: arnOf(US, keyId), Region: US },
      ReplicaKeys: [{ Arn: arnOf(AP, keyId), Region: AP }],
    };
    expect(reply.ReplicaKeyMetadata).toMatchObject({
      KeyId: keyId,
      Arn: arnOf(AP, keyId),
      Description: '',
      Enabled: false,
      KeyState: 'Creating',
      MultiRegion: true,
      MultiRegionConfiguration: { MultiRegionKeyType: 'REPLICA', ...config },
    });
    expect(reply.ReplicaKeyMetadata?.CurrentKeyMaterialId).toBeUndefined();
    expect(JSON.parse(reply.ReplicaPolicy ?? '')).toMatchObject({ Id: 'key-default-1' });
    expect(reply).not.toHaveProperty('ReplicaTags');

    const replica = await describe(AP, keyId);
    expect(replica).toMatchObject({
      KeyState: 'Enabled',
      Enabled: true,
      MultiRegionConfiguration: { MultiRegionKeyType: 'REPLICA', ...config },
    });
    const primary = await describe(US, keyId);
    expect(primary).toMatchObject({
      Description: 'test replicated key',
      MultiRegionConfiguration: { MultiRegionKeyType: 'PRIMARY', ...config },
    });
    expect(replica?.CurrentKeyMaterialId).toBe(primary?.CurrentKeyMaterialId);
  });

  it('decrypts in each Region what the other encrypted', async () => {
    const keyId = await newPrimary();
    await clientIn(US).send(new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: EU }));
    const context = { purpose: 'multi-region' };
    const inUs = await clientIn(US).send(
      new kms.GenerateDataKeyCommand({
        KeyId: keyId,
        NumberOfBytes: 32,
        EncryptionContext: context,
      }),
    );
    const openedInEu = await clientIn(EU).send(
      new kms.DecryptCommand({ CiphertextBlob: inUs.CiphertextBlob, EncryptionContext: context }),
    );
    expect(openedInEu.Plaintext).toEqual(inUs.Plaintext);
    expect(openedInEu.KeyId).toBe(arnOf(EU, keyId));
    const inEu = await clientIn(EU).send(
      new kms.EncryptCommand({ KeyId: keyId, Plaintext: new Uint8Array([1, 2, 3]) }),
    );
    const openedInUs = await clientIn(US).send(
      new kms.DecryptCommand({ CiphertextBlob: inEu.CiphertextBlob }),
    );
    expect(openedInUs.Plaintext).toEqual(new Uint8Array([1, 2, 3]));
    // The key's state is each Region's own: disabling the replica leaves the primary working.
    await clientIn(EU).send(new kms.DisableKeyCommand({ KeyId: keyId }));
    expect(
      (
        await refusal(
          clientIn(EU).send(new kms.DecryptCommand({ CiphertextBlob: inUs.CiphertextBlob })),
        )
      ).name,
    ).toBe('DisabledException');
    expect(
      (await clientIn(US).send(new kms.DecryptCommand({ CiphertextBlob: inEu.CiphertextBlob })))
        .Plaintext,
    ).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('gives the replica its own description, tags and policy', async () => {
    const keyId = await newPrimary({ Tags: [{ TagKey: 'team', TagValue: 'primary' }] });
    const policy = accountRootPolicy(ACCOUNT);
    const reply = await clientIn(US).send(
      new kms.ReplicateKeyCommand({
        KeyId: arnOf(US, keyId),
        ReplicaRegion: EU,
        Description: 'the replica',
        Tags: [{ TagKey: 'team', TagValue: 'replica' }],
        Policy: policy,
      }),
    );
    expect(reply.ReplicaPolicy).toBe(policy);
    expect(reply.ReplicaTags).toEqual([{ TagKey: 'team', TagValue: 'replica' }]);
    expect((await describe(EU, keyId))?.Description).toBe('the replica');
    expect(
      (await clientIn(US).send(new kms.ListResourceTagsCommand({ KeyId: keyId }))).Tags,
    ).toEqual([{ TagKey: 'team', TagValue: 'primary' }]);
  });

  it('refuses a second replica in one Region, a replica of a replica, and a single-Region key', async () => {
    const keyId = await newPrimary();
    await clientIn(US).send(new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: EU }));
    expect(
      await refusal(
        clientIn(US).send(new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: EU })),
      ),
    ).toMatchObject({ name: 'AlreadyExistsException' });
    expect(
      await refusal(
        clientIn(EU).send(new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: AP })),
      ),
    ).toEqual({
      name: 'UnsupportedOperationException',
      message: `${arnOf(EU, keyId)} is not a multi-region primary key.`,
    });
    const single = (await clientIn(US).send(new kms.CreateKeyCommand({}))).KeyMetadata?.KeyId;
    expect(
      await refusal(
        clientIn(US).send(new kms.ReplicateKeyCommand({ KeyId: single, ReplicaRegion: EU })),
      ),
    ).toEqual({
      name: 'UnsupportedOperationException',
      message: `${arnOf(US, single ?? '')} is not a multi-region primary key.`,
    });
    expect(
      await refusal(
        clientIn(US).send(new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: 'Mars' })),
      ),
    ).toMatchObject({ name: 'ValidationException' });
  });

  it('moves the primary Region, and refuses a Region without a replica', async () => {
    const keyId = await newPrimary();
    await clientIn(US).send(new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: EU }));
    await clientIn(US).send(new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: AP }));
    expect(
      await refusal(
        clientIn(US).send(
          new kms.UpdatePrimaryRegionCommand({ KeyId: keyId, PrimaryRegion: 'us-west-2' }),
        ),
      ),
    ).toEqual({
      name: 'NotFoundException',
      message: `Key '${arnOf('us-west-2', keyId)}' does not exist`,
    });
    await clientIn(US).send(
      new kms.UpdatePrimaryRegionCommand({ KeyId: keyId, PrimaryRegion: EU }),
    );
    for (const region of [US, EU, AP]) {
      const config = (await describe(region, keyId))?.MultiRegionConfiguration;
      expect(config?.MultiRegionKeyType).toBe(region === EU ? 'PRIMARY' : 'REPLICA');
      expect(config?.PrimaryKey).toEqual({ Arn: arnOf(EU, keyId), Region: EU });
      expect(config?.ReplicaKeys?.map((r) => r.Region).sort()).toEqual([AP, US]);
    }
    // The former primary is a replica now: it can no longer be replicated or moved.
    expect(
      await refusal(
        clientIn(US).send(new kms.UpdatePrimaryRegionCommand({ KeyId: keyId, PrimaryRegion: AP })),
      ),
    ).toMatchObject({ name: 'UnsupportedOperationException' });
    await clientIn(EU).send(
      new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: 'us-west-2' }),
    );
    expect((await describe('us-west-2', keyId))?.MultiRegionConfiguration?.PrimaryKey?.Region).toBe(
      EU,
    );
  });

  it('keeps a primary with replicas PendingReplicaDeletion: no DeletionDate, its window shown, unusable until cancelled', async () => {
    const keyId = await newPrimary();
    await clientIn(US).send(new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: EU }));
    const scheduled = await clientIn(US).send(
      new kms.ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }),
    );
    expect(scheduled).toMatchObject({
      KeyId: arnOf(US, keyId),
      KeyState: 'PendingReplicaDeletion',
      PendingWindowInDays: 7,
    });
    expect(scheduled.DeletionDate).toBeUndefined();
    const primary = await describe(US, keyId);
    expect(primary).toMatchObject({
      KeyState: 'PendingReplicaDeletion',
      Enabled: false,
      PendingDeletionWindowInDays: 7,
    });
    expect(primary?.DeletionDate).toBeUndefined();
    expect(
      await refusal(
        clientIn(US).send(new kms.EncryptCommand({ KeyId: keyId, Plaintext: new Uint8Array([1]) })),
      ),
    ).toEqual({
      name: 'KMSInvalidStateException',
      message: `${arnOf(US, keyId)} is pending deletion.`,
    });
    // The replica is scheduled on its own, with a DeletionDate: it waits for nothing.
    const replica = await clientIn(EU).send(
      new kms.ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }),
    );
    expect(replica.KeyState).toBe('PendingDeletion');
    expect(replica.DeletionDate).toBeInstanceOf(Date);

    await clientIn(US).send(new kms.CancelKeyDeletionCommand({ KeyId: keyId }));
    const cancelled = await describe(US, keyId);
    expect(cancelled?.KeyState).toBe('Disabled');
    expect(cancelled?.PendingDeletionWindowInDays).toBeUndefined();
  });

  it('rotates on the primary only, and the replica gets the new material: each Region opens what the other sealed, before and after', async () => {
    const keyId = await newPrimary();
    await clientIn(US).send(new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: EU }));
    const old = await clientIn(EU).send(
      new kms.EncryptCommand({ KeyId: keyId, Plaintext: new Uint8Array([1]) }),
    );
    for (const command of [
      new kms.RotateKeyOnDemandCommand({ KeyId: keyId }),
      new kms.EnableKeyRotationCommand({ KeyId: keyId }),
    ]) {
      expect(await refusal(clientIn(EU).send(command))).toEqual({
        name: 'UnsupportedOperationException',
        message: `${arnOf(EU, keyId)} is not a multi-region primary key.`,
      });
    }
    await clientIn(US).send(new kms.RotateKeyOnDemandCommand({ KeyId: keyId }));
    await clientIn(US).send(
      new kms.EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: 90 }),
    );
    const rotated = (await describe(US, keyId))?.CurrentKeyMaterialId;
    expect((await describe(EU, keyId))?.CurrentKeyMaterialId).toBe(rotated);
    expect(
      await clientIn(EU).send(new kms.GetKeyRotationStatusCommand({ KeyId: keyId })),
    ).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 90 });

    const fresh = await clientIn(EU).send(
      new kms.EncryptCommand({ KeyId: keyId, Plaintext: new Uint8Array([2]) }),
    );
    const openedInUs = await clientIn(US).send(
      new kms.DecryptCommand({ CiphertextBlob: fresh.CiphertextBlob }),
    );
    expect(openedInUs).toMatchObject({ Plaintext: new Uint8Array([2]), KeyMaterialId: rotated });
    for (const region of [US, EU]) {
      const opened = await clientIn(region).send(
        new kms.DecryptCommand({ CiphertextBlob: old.CiphertextBlob }),
      );
      expect(opened.Plaintext).toEqual(new Uint8Array([1]));
      expect(opened.KeyMaterialId).not.toBe(rotated);
    }
  });

  it('rotates imported material in every Region once each replica holds it (model: ImportKeyMaterial, RotateKeyOnDemand)', async () => {
    const importIn = (
      region: string,
      KeyId: string,
      material: Uint8Array,
      extra?: Partial<kms.ImportKeyMaterialCommandInput>,
    ) => importMaterial(sendIn(region), KeyId, material, extra);
    const states = async (region: string, KeyId: string) =>
      (
        await clientIn(region).send(
          new kms.ListKeyRotationsCommand({ KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' }),
        )
      ).Rotations?.map((r) => r.KeyMaterialState);
    const keyId = await newPrimary({ Origin: 'EXTERNAL' });
    const first = randomBytes(32);
    await importIn(US, keyId, first);
    await clientIn(US).send(new kms.ReplicateKeyCommand({ KeyId: keyId, ReplicaRegion: EU }));
    expect((await describe(EU, keyId))?.KeyState).toBe('PendingImport');
    await importIn(EU, keyId, first);
    const old = await clientIn(EU).send(
      new kms.EncryptCommand({ KeyId: keyId, Plaintext: new Uint8Array([1]) }),
    );

    const second = randomBytes(32);
    const next = await importIn(US, keyId, second, { ImportType: 'NEW_KEY_MATERIAL' });
    expect(await states(US, keyId)).toEqual([
      'CURRENT',
      'PENDING_MULTI_REGION_IMPORT_AND_ROTATION',
    ]);
    expect(
      (await refusal(clientIn(US).send(new kms.RotateKeyOnDemandCommand({ KeyId: keyId })))).name,
    ).toBe('KMSInvalidStateException');
    await importIn(EU, keyId, second, { ImportType: 'EXISTING_KEY_MATERIAL' });
    expect(await states(US, keyId)).toEqual(['CURRENT', 'PENDING_ROTATION']);
    await clientIn(US).send(new kms.RotateKeyOnDemandCommand({ KeyId: keyId }));
    expect((await describe(EU, keyId))?.CurrentKeyMaterialId).toBe(next.KeyMaterialId);
    const fresh = await clientIn(EU).send(
      new kms.EncryptCommand({ KeyId: keyId, Plaintext: new Uint8Array([2]) }),
    );
    expect(
      await clientIn(US).send(new kms.DecryptCommand({ CiphertextBlob: fresh.CiphertextBlob })),
    ).toMatchObject({ Plaintext: new Uint8Array([2]), KeyMaterialId: next.KeyMaterialId });
    expect(
      (await clientIn(US).send(new kms.DecryptCommand({ CiphertextBlob: old.CiphertextBlob })))
        .Plaintext,
    ).toEqual(new Uint8Array([1]));
  });
}
