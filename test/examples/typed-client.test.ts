// Runs the README's typed client example (examples/typed-client.ts) unchanged: it calls the
// regional endpoint, which the MSW handlers answer here.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKmsMock } from 'kms-contract/msw';
import { keyExists, open, seal } from '../../examples/typed-client.js';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const kms = createKmsMock({
  region: 'eu-west-1',
  seed: { keys: [{ id: KEY_ID }], aliases: [{ name: 'alias/app', targetKeyId: KEY_ID }] },
});
const server = setupServer(...kms.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('README: typed client example', () => {
  it('seals under a fresh data key and opens again', async () => {
    const message = new TextEncoder().encode('card 4111 1111 1111 1111');
    const sealed = await seal('alias/app', message);
    expect(sealed.data).not.toEqual(message);
    expect(await open(sealed)).toEqual(message);
    expect(kms.calls('GenerateDataKey')[0]?.headers.authorization).toContain(
      'Credential=AKIDEXAMPLE/',
    );
  });

  it('tells a missing key from other failures by its class', async () => {
    expect(await keyExists('alias/app')).toBe(true);
    expect(await keyExists('alias/missing')).toBe(false);
    kms.failNext('DescribeKey', 'KMSInternalException');
    await expect(keyExists('alias/app')).rejects.toMatchObject({ name: 'KMSInternalException' });
  });
});
