/**
 * Standard padded base64 on the platform's `atob`/`btoa` (browsers and Node 16+). The wire layer's
 * table codec (src/protocol/base64.ts) is built for server throughput; in a browser bundle it costs
 * a seventh of this client's size budget, so the client keeps this one, and
 * test/client/base64.test.ts proves the two agree on every input.
 */

/** Canonical spelling only: whole quads, `=` only at the end (RFC 4648 §4). */
const CANONICAL = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Encodes bytes as standard base64 with `=` padding. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Decodes canonical base64, or returns undefined: the pattern rejects stray characters and bad
 * padding, and re-encoding rejects non-zero padding bits (two spellings of one byte string).
 */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!CANONICAL.test(text)) return undefined;
  const binary = atob(text);
  if (btoa(binary) !== text) return undefined;
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
