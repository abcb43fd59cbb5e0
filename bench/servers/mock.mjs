// The mock KMS as `kms-contract serve` runs it (compiled sources), with one seeded key.
import { startMockServer } from '../../dist/src/server/start-mock-server.js';

const server = await startMockServer({
  seed: {
    keys: [
      {
        id: '1234abcd-12ab-34cd-56ef-1234567890ab',
        description: '',
        keySpec: 'SYMMETRIC_DEFAULT',
        keyUsage: 'ENCRYPT_DECRYPT',
        state: 'Enabled',
      },
    ],
    aliases: [],
  },
});
process.send?.({ url: server.url });
