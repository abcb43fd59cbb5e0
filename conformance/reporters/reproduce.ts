import type { Exchange } from '../types.js';

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** Headers curl makes itself: the SigV4 ones (`--aws-sigv4` signs afresh), framing, and the host. */
const CURL_MAKES = new Set([
  'authorization',
  'x-amz-date',
  'x-amz-content-sha256',
  'x-amz-security-token',
  'host',
  'content-length',
]);

/**
 * A copy-pasteable curl command for an exchange. curl signs with SigV4 itself (`--aws-sigv4`), so
 * the command works against real KMS as well as against emulators that accept any signature; an
 * exchange sent unsigned (an auth probe) is reproduced unsigned. The other headers are sent as
 * recorded, and a missing Content-Type stays missing (`-H 'content-type:'`), since curl would
 * otherwise add its own. `--data-binary` keeps the body byte for byte. Redacted plaintext stays
 * redacted: reports never carry secrets, so such a body is a template to fill in. Probes that bend
 * the signature itself (a stale date, a body changed after signing) are signed afresh by curl.
 */
export function curlFor(exchange: Exchange, region: string): string {
  const headers = Object.entries(exchange.request.headers);
  const has = (name: string) => headers.some(([n]) => n.toLowerCase() === name);
  const parts = [
    `curl -sS -X ${exchange.request.method}`,
    quote(exchange.request.url),
    ...(has('authorization')
      ? [
          `--aws-sigv4 ${quote(`aws:amz:${region}:kms`)} --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"`,
        ]
      : []),
    ...(has('x-amz-security-token') ? ['-H "x-amz-security-token: $AWS_SESSION_TOKEN"'] : []),
    ...headers
      .filter(([name]) => !CURL_MAKES.has(name.toLowerCase()))
      .map(([name, value]) => `-H ${quote(`${name}: ${value}`)}`),
    ...(has('content-type') ? [] : [`-H ${quote('content-type:')}`]),
    `--data-binary ${quote(exchange.request.body)}`,
  ];
  return parts.join(' \\\n  ');
}
