import * as kms from '@aws-sdk/client-kms';
import { afterAll, beforeAll } from 'vitest';
import { startMockServer, type MockServer } from '../../src/server/start-mock-server.js';

/**
 * AWS SDK clients at one `serve` started for the calling test file: registers the hooks that start
 * it before the file's tests and stop it, with every client, after. The answer gives one client per
 * Region, all at that serve, which serves each request in its signing Region.
 */
export function sdkClientsAtServe(): (region: string) => kms.KMSClient {
  let server: MockServer | undefined;
  const clients = new Map<string, kms.KMSClient>();

  beforeAll(async () => {
    server = await startMockServer();
  });

  afterAll(async () => {
    for (const client of clients.values()) client.destroy();
    await server?.close();
  });

  return (region) => {
    if (!server) throw new Error('serve is not started: call clients inside tests');
    let client = clients.get(region);
    if (!client) {
      client = new kms.KMSClient({
        region,
        endpoint: server.url,
        credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
        maxAttempts: 1,
      });
      clients.set(region, client);
    }
    return client;
  };
}
