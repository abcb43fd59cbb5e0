// The package as users import it, by name, through package.json `exports` (built by `npm ci`'s prepare).
import { describe, expect, it } from 'vitest';
import { checkRequest, kmsError } from 'kms-contract';
import { allChecks, runConformance } from 'kms-contract/conformance';
import { startMockServer } from 'kms-contract/mock';

describe('package entry points', () => {
  it('kms-contract validates requests and names errors', () => {
    expect(checkRequest('GenerateDataKey', { KeyId: 'alias/x', NumberOfBytes: 0 })).toMatchObject({
      ok: false,
      rejection: { type: 'ValidationException' },
    });
    expect(kmsError('NotFoundException', 'gone').name).toBe('NotFoundException');
  });

  it('kms-contract/mock and kms-contract/conformance work together', async () => {
    const kms = await startMockServer();
    try {
      const summary = await runConformance({
        endpoint: kms.url,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
        checks: allChecks,
        pattern: 'crypto.*',
      });
      expect(summary.exitCode).toBe(0);
      expect(summary.counts.pass).toBeGreaterThan(3);
    } finally {
      await kms.close();
    }
  });
});
