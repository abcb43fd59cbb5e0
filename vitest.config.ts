import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects. `unit`: every test of the package. `conformance`: the conformance catalogue as
 * vitest tests (conformance/vitest/), against KMS_ENDPOINT or, without it, the embedded mock on a
 * free port; a plain `npx vitest run` runs both, and `--project conformance` only the catalogue.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'conformance/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'conformance/vitest/**'],
        },
      },
      {
        // The MSW suites again, on the oldest msw the peer range allows (the npm alias msw-oldest);
        // `unit` runs them on the newest.
        extends: true,
        resolve: { alias: [{ find: /^msw(\/.*)?$/, replacement: 'msw-oldest$1' }] },
        test: {
          name: 'msw-oldest',
          env: { KMS_CONTRACT_MSW: 'msw-oldest' },
          include: [
            'test/msw/**/*.test.ts',
            'test/client/msw.test.ts',
            'test/examples/mock-kms-node.test.ts',
            'test/examples/typed-client.test.ts',
            'test/package/msw-peer.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'conformance',
          include: ['conformance/vitest/**/*.test.ts'],
        },
      },
    ],
  },
});
