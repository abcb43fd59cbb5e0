// The README's seed file (examples/kms-seed.yaml) is valid and means what its comments say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeedText, startMockServer } from 'kms-contract/mock';

const path = new URL('../../examples/kms-seed.yaml', import.meta.url);

describe('examples/kms-seed.yaml', () => {
  it('is a valid seed, defaults filled in', () => {
    const result = parseSeedText(readFileSync(path, 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [app, disabled, pending, hmac, regional, signing] = result.seed.keys;
    expect(app).toMatchObject({
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      state: 'Enabled',
    });
    expect(app?.material).toEqual(Uint8Array.from({ length: 32 }, (_, i) => i));
    expect(disabled?.state).toBe('Disabled');
    expect(pending).toMatchObject({ state: 'PendingDeletion', pendingWindowInDays: 7 });
    expect(hmac).toMatchObject({ keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' });
    expect(hmac?.region).toBeUndefined();
    expect(regional?.region).toBe('eu-west-1');
    expect(hmac?.material).toEqual(Uint8Array.from({ length: 32 }, (_, i) => i));
    expect(signing).toMatchObject({ keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' });
    expect(signing?.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(result.seed.aliases).toEqual([
      { name: 'alias/app', targetKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
      { name: 'alias/app', targetKeyId: '5555aaaa-6666-7777-8888-9999bbbbcccc' },
    ]);
  });

  it('seeds the server: the alias answers DescribeKey in each region', async () => {
    const kms = await startMockServer({ seed: path.pathname });
    const describeApp = async (authorization?: string) => {
      const reply = await fetch(kms.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'TrentService.DescribeKey',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify({ KeyId: 'alias/app' }),
      });
      return ((await reply.json()) as { KeyMetadata: { KeyId: string; Description: string } })
        .KeyMetadata;
    };
    try {
      expect(await describeApp()).toMatchObject({
        KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
        Description: "the app's data keys",
      });
      // Without --auth sigv4 the signature is not checked, but its credential scope names the region.
      const euScope =
        'AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/kms/aws4_request, SignedHeaders=host, Signature=00';
      expect((await describeApp(euScope)).KeyId).toBe('5555aaaa-6666-7777-8888-9999bbbbcccc');
    } finally {
      await kms.close();
    }
  });
});
