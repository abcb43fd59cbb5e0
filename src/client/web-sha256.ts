/**
 * SHA-256 and HMAC-SHA-256 for the Smithy SigV4 signer, on WebCrypto (`crypto.subtle`), which
 * browsers and Node 20+ both have. The signer's pure-JS alternative (`@aws-crypto/sha256-js`)
 * costs about 2 kB gzipped in a browser bundle for work the platform already does.
 */

/** What the signer hands to a hash: Smithy's `SourceData`. */
export type SourceData = string | ArrayBuffer | ArrayBufferView;

const utf8 = new TextEncoder();

function toBytes(data: SourceData): Uint8Array<ArrayBuffer> {
  if (typeof data === 'string') return utf8.encode(data);
  if (ArrayBuffer.isView(data)) {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  }
  return new Uint8Array(data.slice(0));
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A Smithy `Checksum`: SHA-256 of everything passed to {@link update}, or HMAC-SHA-256 when
 * constructed with a secret (the signer derives its signing key that way).
 *
 * @example
 * const signer = new SignatureV4({ service: 'kms', region, credentials, sha256: WebCryptoSha256 });
 */
export class WebCryptoSha256 {
  private readonly secret: Uint8Array<ArrayBuffer> | undefined;
  private chunks: Uint8Array[] = [];

  constructor(secret?: SourceData) {
    this.secret = secret === undefined ? undefined : toBytes(secret);
  }

  update(data: SourceData): void {
    this.chunks.push(toBytes(data));
  }

  async digest(): Promise<Uint8Array> {
    const data = concat(this.chunks);
    if (this.secret === undefined) return new Uint8Array(await crypto.subtle.digest('SHA-256', data));
    const key = await crypto.subtle.importKey('raw', this.secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
  }

  reset(): void {
    this.chunks = [];
  }
}
