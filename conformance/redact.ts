import { decodeBase64 } from '../src/codec/index.js';
import { createHash } from 'node:crypto';

/**
 * Members whose values are secrets: plaintext data, data keys, random bytes, data key pairs'
 * private keys and ECDH shared secrets (x-sensitive in the spec).
 */
const SECRET_MEMBERS = new Set([
  'Plaintext',
  'PlaintextBlob',
  'PrivateKeyPlaintext',
  'SharedSecret',
]);

function summary(base64: string): string {
  // A hostile reply may send a secret that is not base64: it is still never shown.
  const bytes = decodeBase64(base64) ?? new TextEncoder().encode(base64);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  return `<redacted ${bytes.length} bytes sha256:${hash}>`;
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    out[key] =
      SECRET_MEMBERS.has(key) && typeof member === 'string' ? summary(member) : redactValue(member);
  }
  return out;
}

/**
 * A body as it may appear in a report: secrets replaced by their length and a short hash, so two
 * reports can still show that two values were equal without showing either.
 */
export function redactBody(text: string): string {
  if (!/"(?:Plaintext|PrivateKeyPlaintext|SharedSecret)/.test(text)) return text;
  try {
    return JSON.stringify(redactValue(JSON.parse(text)));
  } catch {
    return text.replace(
      /("(?:Plaintext(?:Blob)?|PrivateKeyPlaintext|SharedSecret)"\s*:\s*")([^"]*)"/g,
      (_m, head: string, value: string) => `${head}${summary(value)}"`,
    );
  }
}

/** Header values that carry credentials are shortened; the signature itself is not a secret but is noise. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = name.toLowerCase() === 'x-amz-security-token' ? '<redacted>' : value;
  }
  return out;
}
