import * as kms from '@aws-sdk/client-kms';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { createKmsMock } from '../../src/msw/index.js';

/**
 * AWS SDK clients against the MSW handlers, for the calling test file: registers the hooks that
 * start interception before the file's tests (any request the handlers do not take is an error)
 * and stop it, with every client, after. The answer gives one client per Region, each at its
 * regional endpoint `kms.<region>.amazonaws.com`.
 */
export function sdkClientsAtMsw(): (region: string) => kms.KMSClient {
  const server = setupServer(...createKmsMock({ logger: { error: () => undefined } }).handlers);
  const clients = new Map<string, kms.KMSClient>();

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => {
    for (const client of clients.values()) client.destroy();
    server.close();
  });

  return (region) => {
    let client = clients.get(region);
    if (!client) {
      client = new kms.KMSClient({
        region,
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
        maxAttempts: 1,
      });
      clients.set(region, client);
    }
    return client;
  };
}
