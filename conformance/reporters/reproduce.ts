import type { Exchange } from '../types.js';

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * A copy-pasteable curl command for an exchange. curl signs with SigV4 itself (`--aws-sigv4`), so
 * the command works against real KMS as well as against emulators that accept any signature.
 * Redacted plaintext stays redacted: reports never carry secrets.
 */
export function curlFor(exchange: Exchange, region: string): string {
  const target = exchange.request.headers['x-amz-target'] ?? exchange.request.headers['X-Amz-Target'];
  const parts = [
    'curl -sS -X POST',
    quote(exchange.request.url),
    `--aws-sigv4 ${quote(`aws:amz:${region}:kms`)} --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"`,
    `-H ${quote('content-type: application/x-amz-json-1.1')}`,
    ...(target ? [`-H ${quote(`x-amz-target: ${target}`)}`] : []),
    `--data ${quote(exchange.request.body)}`,
  ];
  return parts.join(' \\\n  ');
}
