/**
 * Blobs: base64 strings on the wire (AWS JSON 1.1), `Uint8Array` in the values a caller handles, as
 * in the AWS SDK. Blob members have the same name wherever they appear in the contract, so the
 * generated list of `contentEncoding: base64` member names finds them at any depth.
 */
import type { OperationInput, OperationName, OperationOutput } from '../../generated/operations.js';
import { BLOB_MEMBERS, type BlobMember } from '../../generated/wire.js';
import { decodeBase64, encodeBase64 } from './base64.js';

const BLOBS: ReadonlySet<string> = new Set(BLOB_MEMBERS);

/**
 * A wire type with every blob member as bytes (`Blob`), at any depth. Received blobs are
 * `Uint8Array<ArrayBuffer>`, which WebCrypto takes as a key or data without a copy; sent ones may
 * be any `Uint8Array` (a Node `Buffer` too).
 */
export type WithBlobs<T, Blob extends Uint8Array = Uint8Array> = T extends readonly (infer E)[]
  ? WithBlobs<E, Blob>[]
  : T extends object
    ? { [K in keyof T]: K extends BlobMember ? Blob : WithBlobs<T[K], Blob> }
    : T;

/** An operation's request members, blobs as bytes (`KeyId`, `KeySpec`, `Plaintext: Uint8Array`). */
export type KmsInput<Op extends OperationName> = WithBlobs<OperationInput<Op>>;

/** An operation's response members, blobs as `Uint8Array<ArrayBuffer>`; `undefined` for operations without output. */
export type KmsOutput<Op extends OperationName> = WithBlobs<
  OperationOutput<Op>,
  Uint8Array<ArrayBuffer>
>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array)
  );
}

/**
 * The wire form of a value: every `Uint8Array` as standard padded base64. Own enumerable members
 * only; `Object.fromEntries` keeps a member named `__proto__` a plain member.
 *
 * @example
 * encodeBlobs({ Plaintext: new Uint8Array([1, 2]) }) // { Plaintext: 'AQI=' }
 */
export function encodeBlobs(value: unknown): unknown {
  if (value instanceof Uint8Array) return encodeBase64(value);
  if (Array.isArray(value)) return value.map(encodeBlobs);
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBlobs(v)]));
  return value;
}

/**
 * The value form of a wire value: every blob member decoded to bytes. Throws a `RangeError`
 * naming the member when one is not canonical base64 (what AWS SDKs reject as well).
 *
 * @example
 * decodeBlobs({ KeyId: 'k', Plaintext: 'AQI=' }) // { KeyId: 'k', Plaintext: Uint8Array [1, 2] }
 */
export function decodeBlobs(value: unknown, path = ''): unknown {
  if (Array.isArray(value)) return value.map((item, i) => decodeBlobs(item, `${path}[${i}]`));
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => {
      const at = path === '' ? key : `${path}.${key}`;
      if (!BLOBS.has(key) || typeof member !== 'string') return [key, decodeBlobs(member, at)];
      const bytes = decodeBase64(member);
      if (bytes === undefined) throw new RangeError(`${at} is not canonical base64`);
      return [key, bytes];
    }),
  );
}
