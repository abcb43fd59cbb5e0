import { Sha256 } from '@aws-crypto/sha256-js';

/** Query values as @smithy/signature-v4 wants them: decoded, repeated keys as arrays. */
export type QueryBag = Record<string, string | string[]>;

/**
 * Splits a request target into path and decoded query. The path stays as sent: the signer
 * normalizes and escapes it exactly as an AWS SDK did when signing.
 */
export function parseRequestTarget(target: string): { path: string; query: QueryBag } {
  const mark = target.indexOf('?');
  const path = mark < 0 ? target : target.slice(0, mark);
  const entries = new Map<string, string[]>();
  for (const pair of mark < 0 ? [] : target.slice(mark + 1).split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    entries.set(key, [...(entries.get(key) ?? []), value]);
  }
  const query = Object.fromEntries(
    [...entries].map(([key, values]) => [key, values.length === 1 ? (values[0] ?? '') : values]),
  );
  return { path: path === '' ? '/' : path, query };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Lower-case hex SHA-256 of the body, as in `x-amz-content-sha256`. */
export async function hexSha256(body: Uint8Array): Promise<string> {
  const hash = new Sha256();
  hash.update(body);
  const digest = await hash.digest();
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Compares two strings in time that depends only on `expected`'s length, so a caller probing
 * signatures learns nothing from timing (no node:crypto, to stay browser-safe).
 */
export function timingSafeEqualText(expected: string, given: string): boolean {
  let difference = expected.length ^ given.length;
  for (let i = 0; i < expected.length; i += 1) {
    difference |= expected.charCodeAt(i) ^ (given.charCodeAt(i) || 0);
  }
  return difference === 0;
}
