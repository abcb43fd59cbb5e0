import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifySigV4, type SigV4VerifierOptions } from '../../src/auth/index.js';
import type { WireRequest } from '../../src/protocol/index.js';
import { parseRawRequest } from './raw-request.js';

// The AWS SigV4 test suite, all 31 cases; see ../fixtures/sigv4-test-vectors.PROVENANCE.md.
const FIXTURE = new URL('../fixtures/sigv4-test-vectors.json', import.meta.url);
const FIXTURE_SHA256 = '3794c657fb124d1627fdd1c6f455871dc5f7095ab2899fd9417a14b165a22951';
const raw = readFileSync(FIXTURE);

interface SuiteCase {
  name: string;
  group: string;
  signedRequest: string;
  authorization: string;
}
interface Suite {
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string; date: string };
  cases: SuiteCase[];
}
const suite = JSON.parse(raw.toString('utf8')) as Suite;
const { accessKeyId, secretAccessKey, sessionToken } = suite.credentials;
const SIGNING_INSTANT = Date.UTC(2015, 7, 30, 12, 36, 0); // 20150830T123600Z
const usesToken = (name: string): boolean => name.startsWith('post-sts-header-');

function optionsFor(testCase: SuiteCase, now = SIGNING_INSTANT): SigV4VerifierOptions {
  return {
    service: 'service',
    region: 'us-east-1',
    now: () => now,
    credentials: (id) =>
      id !== accessKeyId
        ? undefined
        : usesToken(testCase.name)
          ? { secretAccessKey, sessionToken }
          : { secretAccessKey },
  };
}

function withHeader(request: WireRequest, name: string, value: string | undefined): WireRequest {
  const headers = { ...request.headers };
  if (value === undefined) delete headers[name];
  else headers[name] = value;
  return { ...request, headers };
}

function flipLastHex(text: string): string {
  const last = text.at(-1) === '0' ? '1' : '0';
  return text.slice(0, -1) + last;
}

describe('AWS SigV4 test suite', () => {
  it('is the fixture the provenance note describes', () => {
    expect(createHash('sha256').update(raw).digest('hex')).toBe(FIXTURE_SHA256);
    expect(suite.cases).toHaveLength(31);
  });

  describe.each(suite.cases)('$group/$name', (testCase) => {
    const signed = parseRawRequest(testCase.signedRequest);
    const options = optionsFor(testCase);
    const refusal = async (request: WireRequest, opts = options): Promise<string | undefined> =>
      (await verifySigV4(request, opts))?.__type;

    it('carries the suite Authorization and is accepted', async () => {
      expect(signed.headers['authorization']).toBe(testCase.authorization);
      expect(await verifySigV4(signed, options)).toBeUndefined();
    });

    it.each<[string, (r: WireRequest) => WireRequest, string]>([
      [
        'signature changed',
        (r) => withHeader(r, 'authorization', flipLastHex(r.headers['authorization'] ?? '')),
        'InvalidSignatureException',
      ],
      [
        'body changed after signing',
        (r) => ({ ...r, body: new TextEncoder().encode('{"tampered":true}') }),
        'InvalidSignatureException',
      ],
      [
        'signed header changed',
        (r) => withHeader(r, 'host', 'evil.example.com'),
        'InvalidSignatureException',
      ],
      [
        'signed header removed',
        (r) => withHeader(r, 'host', undefined),
        'InvalidSignatureException',
      ],
      [
        'X-Amz-Date removed',
        (r) => withHeader(r, 'x-amz-date', undefined),
        'IncompleteSignatureException',
      ],
      [
        'date moved one second',
        (r) => withHeader(r, 'x-amz-date', '20150830T123601Z'),
        'InvalidSignatureException',
      ],
      [
        'date moved one day',
        (r) => withHeader(r, 'x-amz-date', '20150831T123600Z'),
        'InvalidSignatureException',
      ],
      [
        'unknown access key',
        (r) =>
          withHeader(
            r,
            'authorization',
            (r.headers['authorization'] ?? '').replace(accessKeyId, 'AKIDUNKNOWN'),
          ),
        'UnrecognizedClientException',
      ],
      [
        'no Authorization header',
        (r) => withHeader(r, 'authorization', undefined),
        'MissingAuthenticationTokenException',
      ],
      [
        'another algorithm',
        (r) =>
          withHeader(
            r,
            'authorization',
            (r.headers['authorization'] ?? '').replace('AWS4-HMAC-SHA256', 'AWS4-HMAC-SHA512'),
          ),
        'IncompleteSignatureException',
      ],
      [
        'no SignedHeaders',
        (r) =>
          withHeader(
            r,
            'authorization',
            (r.headers['authorization'] ?? '').replace(/SignedHeaders=[^,]*, /, ''),
          ),
        'IncompleteSignatureException',
      ],
    ])('refuses: %s → %s', async (_name, mutate, want) => {
      expect(await refusal(mutate(signed))).toBe(want);
    });

    it('refuses when the clock is 16 minutes off either way', async () => {
      const late = await verifySigV4(signed, optionsFor(testCase, SIGNING_INSTANT + 16 * 60_000));
      expect(late?.__type).toBe('InvalidSignatureException');
      expect(late?.message).toBe(
        'Signature expired: 20150830T123600Z is now earlier than 20150830T123700Z (20150830T125200Z - 15 min.)',
      );
      const early = await verifySigV4(signed, optionsFor(testCase, SIGNING_INSTANT - 16 * 60_000));
      expect(early?.message).toBe(
        'Signature not yet current: 20150830T123600Z is still later than 20150830T123500Z (20150830T122000Z + 15 min.)',
      );
      expect(
        await verifySigV4(signed, optionsFor(testCase, SIGNING_INSTANT + 15 * 60_000)),
      ).toBeUndefined();
    });

    it('refuses a scope for another service (the default is kms)', async () => {
      const { service: _service, ...kmsDefault } = options;
      expect(await refusal(signed, kmsDefault)).toBe('InvalidSignatureException');
      expect(await refusal(signed, { ...options, region: 'eu-west-1' })).toBe(
        'InvalidSignatureException',
      );
    });
  });

  describe('session tokens (post-sts-token cases)', () => {
    const tokenCases = suite.cases.filter((c) => usesToken(c.name));
    it.each(tokenCases.map((c) => [c.name, c] as const))(
      '%s: a missing, wrong or unexpected token is UnrecognizedClientException',
      async (_name, testCase) => {
        const signed = parseRawRequest(testCase.signedRequest);
        const options = optionsFor(testCase);
        const noTokenIssued = { ...options, credentials: () => ({ secretAccessKey }) };
        const refusals = await Promise.all([
          verifySigV4(withHeader(signed, 'x-amz-security-token', undefined), options),
          verifySigV4(withHeader(signed, 'x-amz-security-token', 'AQoDYXdzEXAMPLE'), options),
          verifySigV4(signed, noTokenIssued),
        ]);
        for (const refusal of refusals) {
          expect(refusal?.__type).toBe('UnrecognizedClientException');
          expect(refusal?.message).toBe('The security token included in the request is invalid.');
        }
      },
    );
  });
});
