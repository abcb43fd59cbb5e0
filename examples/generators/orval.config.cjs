// orval: `npx orval --config orval.config.cjs` writes a fetch client with typed headers.
/* global module */
module.exports = {
  kms: {
    input: 'node_modules/kms-contract/spec/kms.openapi.yaml',
    output: {
      target: 'src/kms.ts',
      client: 'fetch',
      headers: true, // X-Amz-Target is a required header parameter of every operation
      baseUrl: process.env['KMS_ENDPOINT'] ?? 'http://127.0.0.1:4566', // kms-contract serve --port 4566
    },
  },
};
