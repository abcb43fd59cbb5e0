/**
 * SHA-256 and HMAC-SHA-256 for the Smithy SigV4 signer, on WebCrypto (`crypto.subtle`), which
 * browsers and Node 20+ both have. The signer's pure-JS alternative (`@aws-crypto/sha256-js`)
 * costs about 2 kB gzipped in a browser bundle for work the platform already does.
 */

/** What the signer hands to a hash: Smithy's `SourceData`. */
export type SourceData = string | ArrayBuffer | ArrayBufferView;

const utf8 = new TextEncoder();

/** A copy as a BufferSource WebCrypto takes (a view of a SharedArrayBuffer it would not). */
function toBytes(data: SourceData): Uint8Array<ArrayBuffer> {
  if (typeof data === 'string') return utf8.encode(data);
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice()
    : new Uint8Array(data.slice(0));
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
  private chunks: Uint8Array<ArrayBuffer>[] = [];

  constructor(secret?: SourceData) {
    this.secret = secret === undefined ? undefined : toBytes(secret);
  }

  update(data: SourceData): void {
    this.chunks.push(toBytes(data));
  }

  async digest(): Promise<Uint8Array> {
    // Blob joins the chunks natively; the signer passes one chunk per hash anyway.
    const data = await new Blob(this.chunks).arrayBuffer();
    if (this.secret === undefined)
      return new Uint8Array(await crypto.subtle.digest('SHA-256', data));
    const key = await crypto.subtle.importKey(
      'raw',
      this.secret,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    return new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
  }

  reset(): void {
    this.chunks = [];
  }
}
