// The size target of the typed client, as `npm run bench` measures it: same program, same esbuild
// options, gzipped. Sizes are deterministic for pinned versions, so the target is a test too.
import { describe, expect, it } from 'vitest';
import {
  measureBundles,
  measureMockPage,
  mockShareBudget,
  TARGET_RATIO,
} from '../../bench/bundle-size.mjs';
import { operations } from '../../generated/operations.js';

describe('bundle size', () => {
  it('a browser program calling GenerateDataKey is at most 1/6 of the same program on @aws-sdk/client-kms', async () => {
    const { client, sdk, ratio } = await measureBundles();
    expect(sdk.gzipped).toBeGreaterThan(30_000);
    expect(client.gzipped).toBeGreaterThan(1_000);
    expect(ratio).toBeLessThanOrEqual(TARGET_RATIO);
  });

  it("a page that sets up the mock loads at most half the mock's share it loaded before, and the key-pair code, @noble, the response validators and the grant code only on first use", async () => {
    const page = await measureMockPage();
    const lazy = [
      /^node_modules\/@noble\//,
      /^generated\/response-validators\.ts$/,
      /^src\/crypto\/(signatures|key-pairs|noble|hashes|rsa-digest|der)\.ts$/,
      /^src\/mock\/(grant-token-codec|grant-rules|grant-entry)\.ts$/,
      /^src\/mock\/operations\/(create|list|list-retirable|retire|revoke)-grants?\.ts$/,
    ];
    expect(page.mock.inputs).toContain('generated/request-validators.ts');
    expect(page.mock.inputs.filter((input) => lazy.some((re) => re.test(input)))).toEqual([]);
    expect(page.ownOnDemand).toBeGreaterThan(20_000);
    expect(page.own).toBeGreaterThan(10_000);
    expect(page.own).toBeLessThanOrEqual(mockShareBudget(Object.keys(operations).length));
  });
});
