import { describe, expect, it } from 'vitest';
import { createKmsClient, defaultEndpoint } from '../../src/client/index.js';

describe('defaultEndpoint', () => {
  it.each([
    ['us-east-1', 'https://kms.us-east-1.amazonaws.com/'],
    ['eu-west-1', 'https://kms.eu-west-1.amazonaws.com/'],
    ['us-gov-west-1', 'https://kms.us-gov-west-1.amazonaws.com/'],
    ['cn-north-1', 'https://kms.cn-north-1.amazonaws.com.cn/'],
    ['cn-northwest-1', 'https://kms.cn-northwest-1.amazonaws.com.cn/'],
  ])('%s → %s', (region, endpoint) => {
    expect(defaultEndpoint(region)).toBe(endpoint);
  });

  it.each(['', 'EU-WEST-1', 'evil.example.com/#', 'us-east-1.', 'a b', '-us'])(
    'refuses %j, which is no region name',
    (region) => {
      expect(() => defaultEndpoint(region)).toThrow(TypeError);
    },
  );

  it('is what a client without endpoint uses; an endpoint option replaces it', () => {
    const credentials = { accessKeyId: 'a', secretAccessKey: 'b' };
    expect(createKmsClient({ region: 'cn-north-1', credentials }).endpoint).toBe(
      'https://kms.cn-north-1.amazonaws.com.cn/',
    );
    expect(
      createKmsClient({ region: 'eu-west-1', credentials, endpoint: 'http://127.0.0.1:4566' })
        .endpoint,
    ).toBe('http://127.0.0.1:4566/');
    expect(
      createKmsClient({
        region: 'eu-west-1',
        credentials,
        endpoint: new URL('https://vpce-1.kms.eu-west-1.vpce.amazonaws.com'),
      }).endpoint,
    ).toBe('https://vpce-1.kms.eu-west-1.vpce.amazonaws.com/');
  });
});
