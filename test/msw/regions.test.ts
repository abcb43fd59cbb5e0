// The MSW mock keeps Regions apart: the endpoint host names the Region (`kms.<region>.amazonaws.com`,
// `.amazonaws.com.cn` → partition aws-cn); at a custom base URL, the credential scope, else the
// `region` option.
import * as sdk from '@aws-sdk/client-kms';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKmsMock, kmsHandlers } from '../../src/msw/index.js';

const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };
const KEY_EU = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_US = '0b9d1a9e-7f0c-4d6e-9a55-6f1e2d3c4b5a';
const BASE = 'http://localhost:4566';

const kms = createKmsMock({
  account: '123456789012',
  baseUrls: [BASE],
  seed: {
    keys: [{ id: KEY_EU, region: 'eu-west-1' }, { id: KEY_US }],
    aliases: [
      { name: 'alias/app', targetKeyId: KEY_EU },
      { name: 'alias/app', targetKeyId: KEY_US },
    ],
  },
});
const server = setupServer(...kms.handlers);
const clients: sdk.KMSClient[] = [];
const client = (region: string, endpoint?: string) => {
  const made = new sdk.KMSClient({
    region,
    credentials,
    maxAttempts: 1,
    ...(endpoint ? { endpoint } : {}),
  });
  clients.push(made);
  return made;
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  server.resetHandlers();
  await kms.reset();
});
afterAll(() => {
  for (const made of clients) made.destroy();
  server.close();
});

const describeKey = async (kmsClient: sdk.KMSClient, KeyId: string) =>
  (await kmsClient.send(new sdk.DescribeKeyCommand({ KeyId }))).KeyMetadata;

describe('MSW: the host names the Region', () => {
  it('shows each regional endpoint its own keys and aliases, seeded in their Regions', async () => {
    const eu = client('eu-west-1');
    const us = client('us-east-1');
    expect((await describeKey(eu, 'alias/app'))?.Arn).toBe(
      `arn:aws:kms:eu-west-1:123456789012:key/${KEY_EU}`,
    );
    expect((await describeKey(us, 'alias/app'))?.Arn).toBe(
      `arn:aws:kms:us-east-1:123456789012:key/${KEY_US}`,
    );
    const made = (await eu.send(new sdk.CreateKeyCommand({}))).KeyMetadata?.KeyId;
    expect((await eu.send(new sdk.ListKeysCommand({}))).Keys?.map((k) => k.KeyId)).toEqual([
      KEY_EU,
      made,
    ]);
    expect((await us.send(new sdk.ListKeysCommand({}))).Keys?.map((k) => k.KeyId)).toEqual([
      KEY_US,
    ]);
    await expect(describeKey(us, KEY_EU)).rejects.toMatchObject({
      name: 'NotFoundException',
      message: `Key 'arn:aws:kms:us-east-1:123456789012:key/${KEY_EU}' does not exist`,
    });
    await expect(
      describeKey(us, `arn:aws:kms:eu-west-1:123456789012:key/${KEY_EU}`),
    ).rejects.toMatchObject({ name: 'NotFoundException', message: 'Invalid arn eu-west-1' });
    expect(kms.calls('ListKeys').map((call) => call.region)).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('gives .amazonaws.com.cn endpoints aws-cn ARNs', async () => {
    const cn = client('cn-north-1');
    const key = (await cn.send(new sdk.CreateKeyCommand({}))).KeyMetadata;
    expect(key?.Arn).toBe(`arn:aws-cn:kms:cn-north-1:123456789012:key/${key?.KeyId}`);
    expect(kms.calls('CreateKey')[0]?.headers.host).toBe('kms.cn-north-1.amazonaws.com.cn');
  });

  it('kmsHandlers() answers kms.eu-west-1.amazonaws.com with eu-west-1 ARNs', async () => {
    server.use(...kmsHandlers());
    const key = (await client('eu-west-1').send(new sdk.CreateKeyCommand({}))).KeyMetadata;
    expect(key?.Arn).toBe(`arn:aws:kms:eu-west-1:111122223333:key/${key?.KeyId}`);
  });
});

describe('MSW at a custom base URL', () => {
  it('serves a signed request in its credential scope Region', async () => {
    const local = client('eu-west-1', BASE);
    expect((await describeKey(local, 'alias/app'))?.KeyId).toBe(KEY_EU);
  });

  it('serves an unsigned request in the region option', async () => {
    const euMock = createKmsMock({ region: 'eu-west-1', baseUrls: [BASE] });
    server.use(...euMock.handlers);
    const res = await fetch(BASE, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'TrentService.CreateKey',
      },
      body: '{}',
    });
    const body = (await res.json()) as { KeyMetadata: { Arn: string } };
    expect(body.KeyMetadata.Arn).toContain(':kms:eu-west-1:111122223333:key/');
    expect(euMock.calls('CreateKey')[0]?.region).toBe('eu-west-1');
  });
});
