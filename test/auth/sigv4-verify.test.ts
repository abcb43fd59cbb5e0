import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import {
  createSigV4Verifier,
  formatAmzDate,
  parseAmzDate,
  parseAuthorization,
  verifySigV4,
  type SigV4VerifierOptions,
} from '../../src/auth/index.js';
import type { WireRequest } from '../../src/protocol/index.js';

const ACCESS_KEY = 'AKIDLOCALTEST';
const SECRET = 'local/secret+key/never-on-the-wire';
const NOW = Date.UTC(2026, 0, 15, 10, 0, 0);
const BODY = '{"KeyId":"alias/app","KeySpec":"AES_256"}';

const options: SigV4VerifierOptions = {
  credentials: async (id) => (id === ACCESS_KEY ? { secretAccessKey: SECRET } : undefined),
  now: () => new Date(NOW),
};

interface SignSpec {
  body?: string;
  headers?: Record<string, string>;
  signable?: string[];
  unsignable?: string[];
  service?: string;
}

/** Signs a KMS-style request the way an AWS SDK does (payload hash header included). */
async function signedRequest(spec: SignSpec = {}): Promise<WireRequest> {
  const body = spec.body ?? BODY;
  const signer = new SignatureV4({
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET },
    region: 'us-east-1',
    service: spec.service ?? 'kms',
    sha256: Sha256,
  });
  const request = new HttpRequest({
    method: 'POST',
    hostname: 'kms.us-east-1.amazonaws.com',
    path: '/',
    headers: {
      host: 'kms.us-east-1.amazonaws.com',
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'TrentService.GenerateDataKey',
      ...spec.headers,
    },
    body,
  });
  const signed = await signer.sign(request, {
    signingDate: new Date(NOW),
    ...(spec.signable ? { signableHeaders: new Set(spec.signable) } : {}),
    ...(spec.unsignable ? { unsignableHeaders: new Set(spec.unsignable) } : {}),
  });
  const headers = Object.fromEntries(
    Object.entries(signed.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
  );
  return { method: 'POST', path: '/', headers, body: new TextEncoder().encode(body) };
}

const refusal = async (request: WireRequest, opts = options) => verifySigV4(request, opts);

describe('verifySigV4 on SDK-style KMS requests', () => {
  it('accepts a request signed with x-amz-content-sha256, through the Authenticate hook too', async () => {
    const request = await signedRequest();
    expect(request.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(await createSigV4Verifier(options)(request)).toBeUndefined();
  });

  it('refuses a body changed after signing, even with the payload hash header kept', async () => {
    const request = await signedRequest();
    const error = await refusal({
      ...request,
      body: new TextEncoder().encode('{"KeyId":"alias/other"}'),
    });
    expect(error?.__type).toBe('InvalidSignatureException');
    expect(error?.message).toBe(
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
    );
  });

  it('refuses UNSIGNED-PAYLOAD (an S3-only option)', async () => {
    const request = await signedRequest({
      headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    expect((await refusal(request))?.__type).toBe('InvalidSignatureException');
  });

  it('honours headers the signer skips by default when the client signed them', async () => {
    const request = await signedRequest({
      headers: { 'user-agent': 'test/1.0' },
      signable: ['user-agent'],
    });
    expect(request.headers['authorization']).toContain('user-agent');
    expect(await refusal(request)).toBeUndefined();
    expect(
      (await refusal({ ...request, headers: { ...request.headers, 'user-agent': 'other' } }))
        ?.__type,
    ).toBe('InvalidSignatureException');
  });

  it('ignores headers added after signing', async () => {
    const request = await signedRequest();
    expect(
      await refusal({ ...request, headers: { ...request.headers, 'x-forwarded-for': '10.0.0.1' } }),
    ).toBeUndefined();
  });

  it('accepts an X-Amz-Date left out of SignedHeaders (it is in the string to sign anyway)', async () => {
    const request = await signedRequest({ unsignable: ['x-amz-date'] });
    expect(request.headers['authorization']).not.toContain('x-amz-date');
    expect(await refusal(request)).toBeUndefined();
  });

  it('treats a signed header named __proto__ as absent, not as Object.prototype', async () => {
    const request = await signedRequest();
    const authorization = (request.headers['authorization'] ?? '').replace(
      'SignedHeaders=',
      'SignedHeaders=__proto__;',
    );
    expect(
      (await refusal({ ...request, headers: { ...request.headers, authorization } }))?.__type,
    ).toBe('InvalidSignatureException');
  });

  it.each<[string, (r: WireRequest) => WireRequest, string, string]>([
    [
      'host not signed',
      (r) => ({
        ...r,
        headers: {
          ...r.headers,
          authorization: (r.headers['authorization'] ?? '').replace('host;', ''),
        },
      }),
      'IncompleteSignatureException',
      "'Host' must be a 'SignedHeader' in the AWS Authorization.",
    ],
    [
      'malformed X-Amz-Date',
      (r) => ({ ...r, headers: { ...r.headers, 'x-amz-date': '2026-01-15T10:00:00Z' } }),
      'IncompleteSignatureException',
      "X-Amz-Date must be in ISO-8601 basic format, yyyyMMdd'T'HHmmss'Z'.",
    ],
    [
      'scope date not the X-Amz-Date day',
      (r) => ({ ...r, headers: { ...r.headers, 'x-amz-date': '20260116T000100Z' } }),
      'InvalidSignatureException',
      "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20260115' != '20260116', from '20260116T000100Z'.",
    ],
  ])('%s → %s', async (_name, mutate, type, message) => {
    const error = await refusal(mutate(await signedRequest()));
    expect({ type: error?.__type, message: error?.message }).toEqual({ type, message });
  });

  it('refuses a scope for another service with AWS wording', async () => {
    const error = await refusal(await signedRequest({ service: 's3' }));
    expect(error?.__type).toBe('InvalidSignatureException');
    expect(error?.message).toBe("Credential should be scoped to correct service: 'kms'.");
  });

  it('never puts the secret in a refusal', async () => {
    const request = await signedRequest();
    const mutations: WireRequest[] = [
      { ...request, body: new Uint8Array() },
      {
        ...request,
        headers: { ...request.headers, authorization: 'AWS4-HMAC-SHA256 Credential=x' },
      },
      { ...request, headers: { ...request.headers, 'x-amz-date': '20250101T000000Z' } },
      await signedRequest({ service: 'sts' }),
    ];
    for (const mutated of mutations) {
      const error = await refusal(mutated);
      expect(error).toBeDefined();
      expect(error?.message).not.toContain(SECRET);
      expect(error?.message).not.toContain('never-on-the-wire');
    }
  });
});

describe('parseAuthorization', () => {
  const good =
    'AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/kms/aws4_request, SignedHeaders=Host;x-amz-date, Signature=abc';

  it('parses the three parameters', () => {
    expect(parseAuthorization(good)).toEqual({
      accessKeyId: 'AKID',
      scopeDate: '20150830',
      region: 'us-east-1',
      service: 'kms',
      signedHeaders: ['host', 'x-amz-date'],
      signature: 'abc',
    });
  });

  it.each([
    ['Bearer token', 'Unsupported Authorization algorithm: use AWS4-HMAC-SHA256'],
    [
      'AWS4-HMAC-SHA256',
      "Authorization header requires 'Credential' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires 'Signature' parameter.",
    ],
    [good.replace(', Signature=abc', ''), "Authorization header requires 'Signature' parameter."],
    [
      good.replace('Signature=abc', 'Signature='),
      "Authorization header requires 'Signature' parameter.",
    ],
    [`${good}, Signature=def`, "Authorization parameter 'Signature' is repeated"],
    [
      good.replace('AKID/', ''),
      "Credential must have the form 'AccessKeyId/yyyymmdd/region/service/aws4_request'",
    ],
    [
      good.replace('aws4_request', 'aws5_request'),
      "Credential should be scoped with a valid terminator: 'aws4_request'",
    ],
    [
      good.replace('Host;x-amz-date', 'host;;x-amz-date'),
      'SignedHeaders must be a ;-separated list of header names',
    ],
    [
      good.replace('Signature=abc', 'Signature'),
      "Authorization parameter without a value: 'Signature'",
    ],
  ])('%j → IncompleteSignatureException %j', (header, message) => {
    const result = parseAuthorization(header);
    expect(result).toMatchObject({ __type: 'IncompleteSignatureException', message });
  });
});

describe('X-Amz-Date', () => {
  it.each([
    ['20150830T123600Z', Date.UTC(2015, 7, 30, 12, 36, 0)],
    ['20160229T000000Z', Date.UTC(2016, 1, 29)],
    ['20150230T000000Z', undefined],
    ['20151301T000000Z', undefined],
    ['20150830T246000Z', undefined],
    ['2015-08-30T12:36:00Z', undefined],
    ['20150830T123600', undefined],
    ['', undefined],
  ])('%j → %s', (text, want) => {
    expect(parseAmzDate(text)?.getTime()).toBe(want);
    if (want !== undefined) expect(formatAmzDate(new Date(want))).toBe(text);
  });
});
