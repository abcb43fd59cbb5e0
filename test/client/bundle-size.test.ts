// The size target of the typed client, as `npm run bench` measures it: same program, same esbuild
// options, gzipped. Sizes are deterministic for pinned versions, so the target is a test too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  measureBundles,
  measureMockPage,
  MOCK_SHARE_BEFORE,
  MOCK_SHARE_TARGET,
  TARGET_RATIO,
} from '../../bench/bundle-size.mjs';

/** The operation modules the mock loads as one chunk on first use, as that module names them. */
const lifecycleModules = [
  ...readFileSync(
    new URL('../../src/mock/operations/lifecycle-operations.ts', import.meta.url),
    'utf8',
  ).matchAll(/from '\.\/([\w-]+)\.js'/g),
].map((match) => `src/mock/operations/${match[1]}.ts`);

describe('bundle size', () => {
  it('a browser program calling GenerateDataKey is at most 1/6 of the same program on @aws-sdk/client-kms', async () => {
    const { client, sdk, ratio } = await measureBundles();
    expect(sdk.gzipped).toBeGreaterThan(30_000);
    expect(client.gzipped).toBeGreaterThan(1_000);
    expect(ratio).toBeLessThanOrEqual(TARGET_RATIO);
  });

  it("a page that sets up the mock loads at most half the mock's share it loaded before, with every operation; the other operations, their validators, the key-pair code, @noble, the response validators and the grant code only on first use", async () => {
    const page = await measureMockPage();
    expect(lifecycleModules.length).toBeGreaterThan(20);
    const lazy = [
      /^node_modules\/@noble\//,
      /^generated\/request-validators(\/on-demand)?\.ts$/,
      /^generated\/response-validators\.ts$/,
      /^src\/crypto\/(signatures|key-pairs|noble|hashes|rsa-digest|der)\.ts$/,
      /^src\/mock\/(grant-token-codec|grant-rules|grant-entry)\.ts$/,
      /^src\/mock\/operations\/(create|list|list-retirable|retire|revoke)-grants?\.ts$/,
      /^src\/mock\/operations\/(get-parameters-for-import|import-key-material|delete-imported-key-material)\.ts$/,
      /^src\/mock\/import-token\.ts$/,
    ];
    expect(page.mock.inputs).toContain('generated/request-validators/at-start.ts');
    expect(page.mock.inputs).toContain('src/mock/operations/generate-data-key.ts');
    expect(page.mock.inputs.filter((input) => lazy.some((re) => re.test(input)))).toEqual([]);
    expect(page.mock.inputs.filter((input) => lifecycleModules.includes(input))).toEqual([]);
    expect(page.ownOnDemand).toBeGreaterThan(20_000);
    expect(page.own).toBeGreaterThan(10_000);
    expect(MOCK_SHARE_TARGET).toBe(MOCK_SHARE_BEFORE / 2);
    expect(page.own).toBeLessThanOrEqual(MOCK_SHARE_TARGET);
  });
});
