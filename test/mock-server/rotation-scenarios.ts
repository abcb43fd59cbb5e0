/**
 * EnableKeyRotation, DisableKeyRotation, GetKeyRotationStatus, RotateKeyOnDemand and
 * ListKeyRotations, driven through the real AWS SDK. The same scenarios run against `serve`
 * (rotation.test.ts here) and MSW (test/msw/rotation.test.ts).
 */
import * as kms from '@aws-sdk/client-kms';
import { expect, it } from 'vitest';
import { refusal } from './sdk-helpers.js';

const DAY = 86_400;
const seconds = (date: Date | undefined) => (date?.getTime() ?? NaN) / 1000;

export function rotationScenarios(client: () => kms.KMSClient): void {
  const newKey = async (input: kms.CreateKeyCommandInput = {}) =>
    (await client().send(new kms.CreateKeyCommand(input))).KeyMetadata!;
  const status = (KeyId: string) => client().send(new kms.GetKeyRotationStatusCommand({ KeyId }));
  const current = async (KeyId: string) =>
    (await client().send(new kms.DescribeKeyCommand({ KeyId }))).KeyMetadata?.CurrentKeyMaterialId;
  const rotations = (input: kms.ListKeyRotationsCommandInput) =>
    client().send(new kms.ListKeyRotationsCommand(input));

  it('round-trips the rotation status with its period and next date (recorded: TestKMS::test_key_enable_rotation_status[180])', async () => {
    const { KeyId, Arn } = await newKey();
    const off = await status(KeyId!);
    expect({ KeyId: off.KeyId, KeyRotationEnabled: off.KeyRotationEnabled }).toEqual({
      KeyId: Arn,
      KeyRotationEnabled: false,
    });
    expect(off.RotationPeriodInDays).toBeUndefined();
    const before = Date.now() / 1000;
    await client().send(new kms.EnableKeyRotationCommand({ KeyId, RotationPeriodInDays: 180 }));
    const on = await status(Arn!);
    expect(on).toMatchObject({ KeyId: Arn, KeyRotationEnabled: true, RotationPeriodInDays: 180 });
    expect(seconds(on.NextRotationDate)).toBeGreaterThanOrEqual(Math.floor(before + 180 * DAY));
    expect(seconds(on.NextRotationDate)).toBeLessThanOrEqual(Date.now() / 1000 + 180 * DAY + 1);
    await client().send(new kms.DisableKeyRotationCommand({ KeyId }));
    const again = await status(KeyId!);
    expect(again.KeyRotationEnabled).toBe(false);
    expect(again.NextRotationDate).toBeUndefined();
    // No period: 365 days (EnableKeyRotationRequest.RotationPeriodInDays).
    await client().send(new kms.EnableKeyRotationCommand({ KeyId }));
    expect((await status(KeyId!)).RotationPeriodInDays).toBe(365);
  });

  it('refuses a rotation period outside 90..2560 days, naming the member', async () => {
    const { KeyId } = await newKey();
    for (const [days, bound] of [
      [89, 'greater than or equal to 90'],
      [2561, 'less than or equal to 2560'],
    ] as const) {
      expect(
        await refusal(
          client().send(new kms.EnableKeyRotationCommand({ KeyId, RotationPeriodInDays: days })),
        ),
      ).toEqual({
        name: 'ValidationException',
        message: `1 validation error detected: Value '${days}' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value ${bound}`,
      });
    }
    for (const days of [90, 2560]) {
      await client().send(new kms.EnableKeyRotationCommand({ KeyId, RotationPeriodInDays: days }));
      expect((await status(KeyId!)).RotationPeriodInDays).toBe(days);
    }
  });

  it('rotates on demand: a new current material encrypts, the old one still decrypts and is named (recorded: TestKMS::test_key_rotations_encryption_decryption)', async () => {
    const { KeyId, Arn } = await newKey();
    const first = await current(KeyId!);
    const Plaintext = new TextEncoder().encode('test message 123 !%$@ 1234567890');
    const old = await client().send(new kms.EncryptCommand({ KeyId, Plaintext }));
    const rotated = await client().send(new kms.RotateKeyOnDemandCommand({ KeyId }));
    expect(rotated.KeyId).toBe(Arn);
    const second = await current(KeyId!);
    expect(second).toMatch(/^[a-f0-9]{64}$/);
    expect(second).not.toBe(first);

    const opened = await client().send(
      new kms.DecryptCommand({ CiphertextBlob: old.CiphertextBlob }),
    );
    expect(opened.Plaintext).toEqual(Plaintext);
    expect(opened.KeyMaterialId).toBe(first);
    const fresh = await client().send(new kms.EncryptCommand({ KeyId, Plaintext }));
    const reopened = await client().send(
      new kms.DecryptCommand({ CiphertextBlob: fresh.CiphertextBlob }),
    );
    expect(reopened.KeyMaterialId).toBe(second);
    const dataKey = await client().send(
      new kms.GenerateDataKeyCommand({ KeyId, KeySpec: 'AES_256' }),
    );
    expect(dataKey.KeyMaterialId).toBe(second);
    const moved = await client().send(
      new kms.ReEncryptCommand({ CiphertextBlob: old.CiphertextBlob, DestinationKeyId: KeyId }),
    );
    expect(moved).toMatchObject({ SourceKeyMaterialId: first, DestinationKeyMaterialId: second });

    // A blob with bytes appended is refused as before (recorded: bad-ciphertext, no message).
    const bad = new Uint8Array([...(old.CiphertextBlob ?? []), ...new TextEncoder().encode('x')]);
    expect(
      (await refusal(client().send(new kms.DecryptCommand({ CiphertextBlob: bad })))).name,
    ).toBe('InvalidCiphertextException');
  });

  it('lists completed rotations, and with ALL_KEY_MATERIAL the first material too', async () => {
    const { KeyId } = await newKey();
    const first = await current(KeyId!);
    expect((await rotations({ KeyId })).Rotations).toEqual([]);
    await client().send(new kms.RotateKeyOnDemandCommand({ KeyId }));
    const second = await current(KeyId!);
    const only = await rotations({ KeyId });
    expect(only.Truncated).toBe(false);
    expect(only.Rotations).toEqual([
      {
        KeyId,
        KeyMaterialId: second,
        KeyMaterialState: 'CURRENT',
        RotationDate: expect.any(Date) as Date,
        RotationType: 'ON_DEMAND',
      },
    ]);
    const all = await rotations({ KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' });
    expect(
      all.Rotations?.map((r) => [r.KeyMaterialId, r.KeyMaterialState, r.RotationType]),
    ).toEqual([
      [first, 'NON_CURRENT', undefined],
      [second, 'CURRENT', 'ON_DEMAND'],
    ]);
  });

  it('pages ListKeyRotations with Limit and Marker, and refuses a marker it did not make', async () => {
    const { KeyId } = await newKey();
    for (let i = 0; i < 3; i += 1) await client().send(new kms.RotateKeyOnDemandCommand({ KeyId }));
    const page1 = await rotations({ KeyId, Limit: 2 });
    expect(page1.Rotations).toHaveLength(2);
    expect(page1.Truncated).toBe(true);
    const page2 = await rotations({ KeyId, Limit: 2, Marker: page1.NextMarker });
    expect(page2).toMatchObject({ Truncated: false });
    expect(page2.NextMarker).toBeUndefined();
    const ids = [...(page1.Rotations ?? []), ...(page2.Rotations ?? [])].map(
      (r) => r.KeyMaterialId,
    );
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe(await current(KeyId!));
    expect((await refusal(rotations({ KeyId, Marker: 'not-a-marker' }))).name).toBe(
      'InvalidMarkerException',
    );
  });

  it('keeps the automatic schedule when rotating on demand (recorded: TestKMS::test_rotate_key_on_demand_with_symmetric_key_and_automatic_rotation_enabled)', async () => {
    const { KeyId } = await newKey();
    await client().send(new kms.EnableKeyRotationCommand({ KeyId }));
    const before = await status(KeyId!);
    await client().send(new kms.RotateKeyOnDemandCommand({ KeyId }));
    const after = await status(KeyId!);
    expect(after.NextRotationDate).toEqual(before.NextRotationDate);
    expect(after).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
    expect(after.OnDemandRotationStartDate).toBeUndefined();
  });

  it('refuses as recorded: a disabled key, an RSA key, an unknown key, a key pending import', async () => {
    const rsa = await newKey({ KeySpec: 'RSA_4096', KeyUsage: 'ENCRYPT_DECRYPT' });
    expect(
      (await refusal(client().send(new kms.RotateKeyOnDemandCommand({ KeyId: rsa.KeyId })))).name,
    ).toBe('UnsupportedOperationException');
    await client().send(new kms.DisableKeyCommand({ KeyId: rsa.KeyId }));
    // State comes before the key spec (recorded: TestKMS::test_rotate_key_on_demand_raises_error_given_key_is_disabled).
    expect(
      await refusal(client().send(new kms.RotateKeyOnDemandCommand({ KeyId: rsa.KeyId }))),
    ).toEqual({
      name: 'DisabledException',
      message: `${rsa.Arn} is disabled.`,
    });
    const absent = '1234abcd-12ab-34cd-56ef-1234567890ab';
    const missing = await refusal(
      client().send(new kms.RotateKeyOnDemandCommand({ KeyId: absent })),
    );
    expect(missing.name).toBe('NotFoundException');
    expect(missing.message).toMatch(
      /^Key 'arn:aws:kms:us-east-1:\d{12}:key\/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist$/,
    );
    const external = await newKey({ Origin: 'EXTERNAL' });
    expect(
      await refusal(client().send(new kms.RotateKeyOnDemandCommand({ KeyId: external.KeyId }))),
    ).toEqual({ name: 'KMSInvalidStateException', message: `${external.Arn} is pending import.` });
  });

  it('refuses automatic rotation for HMAC and asymmetric keys and keys pending deletion', async () => {
    const hmac = await newKey({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const KeyId = hmac.KeyId;
    for (const call of [
      () => client().send(new kms.EnableKeyRotationCommand({ KeyId })),
      () => client().send(new kms.DisableKeyRotationCommand({ KeyId })),
      () => client().send(new kms.GetKeyRotationStatusCommand({ KeyId })),
      () => client().send(new kms.ListKeyRotationsCommand({ KeyId })),
    ]) {
      expect((await refusal(call())).name).toBe('UnsupportedOperationException');
    }
    const doomed = await newKey();
    await client().send(new kms.EnableKeyRotationCommand({ KeyId: doomed.KeyId }));
    await client().send(
      new kms.ScheduleKeyDeletionCommand({ KeyId: doomed.KeyId, PendingWindowInDays: 7 }),
    );
    // Pending deletion reports false; cancelling brings the schedule back (AWS docs).
    expect((await status(doomed.KeyId!)).KeyRotationEnabled).toBe(false);
    expect(
      await refusal(client().send(new kms.RotateKeyOnDemandCommand({ KeyId: doomed.KeyId }))),
    ).toEqual({
      name: 'KMSInvalidStateException',
      message: `${doomed.Arn} is pending deletion.`,
    });
    await client().send(new kms.CancelKeyDeletionCommand({ KeyId: doomed.KeyId }));
    await client().send(new kms.EnableKeyCommand({ KeyId: doomed.KeyId }));
    expect((await status(doomed.KeyId!)).KeyRotationEnabled).toBe(true);
  });

  it('allows 25 on-demand rotations and refuses the next (recorded: TestKMS::test_key_rotations_limits)', async () => {
    const { KeyId, Arn } = await newKey();
    for (let i = 0; i < 25; i += 1)
      await client().send(new kms.RotateKeyOnDemandCommand({ KeyId }));
    expect(await refusal(client().send(new kms.RotateKeyOnDemandCommand({ KeyId })))).toEqual({
      name: 'LimitExceededException',
      message: `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${Arn}`,
    });
    expect((await rotations({ KeyId })).Rotations).toHaveLength(25);
  });
}
