// The size target of the typed client, as `npm run bench` measures it: same program, same esbuild
// options, gzipped. Sizes are deterministic for pinned versions, so the target is a test too.
import { describe, expect, it } from 'vitest';
import { measureBundles, TARGET_RATIO } from '../../bench/bundle-size.mjs';

describe('bundle size', () => {
  it('a browser program calling GenerateDataKey is at most 1/6 of the same program on @aws-sdk/client-kms', async () => {
    const { client, sdk, ratio } = await measureBundles();
    expect(sdk.gzipped).toBeGreaterThan(30_000);
    expect(client.gzipped).toBeGreaterThan(1_000);
    expect(ratio).toBeLessThanOrEqual(TARGET_RATIO);
  });
});
