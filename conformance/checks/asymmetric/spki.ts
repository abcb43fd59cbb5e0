/**
 * The two parts of a DER SubjectPublicKeyInfo (RFC 5280 §4.1): the algorithm OID and the key bits.
 * node:crypto on Node 20 reads RSA, EC and Ed25519 keys itself, but not ML-DSA (RFC 9881), so
 * the ML-DSA check reads the structure here. Undefined for anything that is not one SPKI.
 */
export function spkiParts(der: Uint8Array): { oid: string; key: Uint8Array } | undefined {
  const outer = element(der, 0, 0x30);
  if (!outer || outer.end !== der.length) return undefined;
  const algorithm = element(der, outer.start, 0x30);
  if (!algorithm) return undefined;
  const oid = element(der, algorithm.start, 0x06);
  const bits = element(der, algorithm.end, 0x03);
  if (!oid || oid.end > algorithm.end || !bits || bits.end !== outer.end) return undefined;
  if (der[bits.start] !== 0) return undefined; // no unused bits in a key
  return {
    oid: oidText(der.subarray(oid.start, oid.end)),
    key: der.slice(bits.start + 1, bits.end),
  };
}

/** The content bounds of the DER element of `tag` at `at`, or undefined. */
function element(
  der: Uint8Array,
  at: number,
  tag: number,
): { start: number; end: number } | undefined {
  if (der[at] !== tag) return undefined;
  let length = der[at + 1];
  let start = at + 2;
  if (length === undefined) return undefined;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 3) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (der[start + i] ?? Number.NaN);
    start += count;
  }
  const end = start + length;
  return Number.isInteger(end) && end <= der.length ? { start, end } : undefined;
}

function oidText(bytes: Uint8Array): string {
  const parts: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  const [first = 0, ...rest] = parts;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...rest].join('.');
}
