// GetKeyLastUsage on the engine, with a clock the test moves: which operations count as a use,
// and when tracking starts.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/keystore/index.js';
import { createKmsEngine } from '../../src/mock/index.js';
import { b64, failure, newKey } from './helpers.js';

describe('GetKeyLastUsage', () => {
  it('starts tracking when the engine starts, for a key older than the engine', async () => {
    let now = 1_000;
    const store = createMemoryStore();
    const first = createKmsEngine({ store, now: () => now });
    const key = await newKey(first);
    now = 5_000;
    const second = createKmsEngine({ store, now: () => now });
    expect(await second.call('GetKeyLastUsage', { KeyId: key.Arn })).toEqual({
      KeyId: key.KeyId,
      KeyLastUsage: {},
      TrackingStartDate: 5_000,
      KeyCreationDate: 1_000,
    });
  });

  it('records the operation and its time for every tracked cryptographic operation', async () => {
    let now = 100;
    const kms = createKmsEngine({ now: () => now });
    const key = await newKey(kms);
    const hmac = await newKey(kms, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const steps: Array<[string, string, () => Promise<unknown>]> = [
      [
        key.KeyId!,
        'GenerateDataKey',
        () => kms.call('GenerateDataKey', { KeyId: key.KeyId, KeySpec: 'AES_256' }),
      ],
      [
        key.KeyId!,
        'GenerateDataKeyWithoutPlaintext',
        () => kms.call('GenerateDataKeyWithoutPlaintext', { KeyId: key.KeyId, NumberOfBytes: 8 }),
      ],
      [
        key.KeyId!,
        'Encrypt',
        () => kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: b64(new Uint8Array([1])) }),
      ],
      [
        hmac.KeyId!,
        'GenerateMac',
        () =>
          kms.call('GenerateMac', {
            KeyId: hmac.KeyId,
            Message: b64(new Uint8Array([1])),
            MacAlgorithm: 'HMAC_SHA_256',
          }),
      ],
    ];
    for (const [keyId, operation, run] of steps) {
      now += 10;
      await run();
      const usage = await kms.call('GetKeyLastUsage', { KeyId: keyId });
      expect(usage.KeyLastUsage).toEqual({ Operation: operation, Timestamp: now });
      expect(usage.TrackingStartDate).toBe(100);
    }
  });

  it('does not count a dry run, a refused call or a management operation', async () => {
    const kms = createKmsEngine({ now: () => 50 });
    const key = await newKey(kms);
    await failure(
      kms.call('GenerateDataKey', { KeyId: key.KeyId, KeySpec: 'AES_256', DryRun: true }),
    );
    await kms.call('DisableKey', { KeyId: key.KeyId });
    await failure(kms.call('GenerateDataKey', { KeyId: key.KeyId, KeySpec: 'AES_256' }));
    await kms.call('DescribeKey', { KeyId: key.KeyId });
    expect((await kms.call('GetKeyLastUsage', { KeyId: key.KeyId })).KeyLastUsage).toEqual({});
  });

  it('answers for a key in any state, and NotFoundException for an unknown key', async () => {
    const kms = createKmsEngine();
    const key = await newKey(kms);
    await kms.call('ScheduleKeyDeletion', { KeyId: key.KeyId, PendingWindowInDays: 7 });
    expect((await kms.call('GetKeyLastUsage', { KeyId: key.KeyId })).KeyId).toBe(key.KeyId);
    expect(
      await failure(kms.call('GetKeyLastUsage', { KeyId: '11111111-2222-3333-4444-555555555555' })),
    ).toMatchObject({ type: 'NotFoundException' });
  });
});
