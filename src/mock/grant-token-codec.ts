import { decodeBase64, encodeBase64 } from '../codec/index.js';
import {
  bytesEqual,
  bytesToHex,
  computeMac,
  concatBytes,
  hexToBytes,
  randomBytes,
} from '../crypto/index.js';
import { kmsError } from '../errors/index.js';
import type { GrantRecord, KeyRecord } from '../keystore/index.js';
import type { MockContext } from './context.js';

/**
 * Grant tokens. KMS's token is its own signed proof of a grant it issued; a token it cannot verify
 * is refused with InvalidGrantTokenException (https://docs.aws.amazon.com/kms/latest/developerguide/grant-tokens.html,
 * model: `InvalidGrantTokenException`, "the specified grant token is not valid"). The mock's token
 * is likewise self-describing and signed, so it verifies after a restart without a table of
 * tokens:
 *
 *   magic "kg" | version 1 | key id length L | key id (ASCII) | grant id (32 bytes) |
 *   nonce (16 bytes) | HMAC-SHA-256 of everything before it under the grant's `tokenKey`
 *
 * The nonce makes every CreateGrant answer a new token (the docs: "the returned grant token is
 * unique with every CreateGrant request"); all tokens of one grant verify alike. A token whose
 * grant was retired or revoked, or whose key is gone, no longer verifies.
 */
const MAGIC = [0x6b, 0x67] as const;
const VERSION = 1;
const GRANT_ID_BYTES = 32;
const NONCE_BYTES = 16;
const MAC_BYTES = 32;
const INVALID = 'Grant token is invalid.';

const ascii = new TextEncoder();
const latin = new TextDecoder('latin1');

/** A fresh token for `grant` of `keyId`. */
export async function issueGrantToken(keyId: string, grant: GrantRecord): Promise<string> {
  const id = ascii.encode(keyId);
  const grantId = hexToBytes(grant.grantId);
  if (id.length > 255 || grantId?.length !== GRANT_ID_BYTES) throw new RangeError('bad grant');
  const body = concatBytes(
    new Uint8Array([...MAGIC, VERSION, id.length]),
    id,
    grantId,
    randomBytes(NONCE_BYTES),
  );
  return encodeBase64(concatBytes(body, await macOf(grant, body)));
}

async function macOf(grant: GrantRecord, body: Uint8Array): Promise<Uint8Array> {
  const key = hexToBytes(grant.tokenKey);
  if (!key) throw new RangeError('bad grant token key');
  return computeMac('HMAC_SHA_256', key, body);
}

/** What a well-formed token names; undefined for anything that is not one of our tokens. */
function parseGrantToken(
  token: string,
): { keyId: string; grantId: string; body: Uint8Array; mac: Uint8Array } | undefined {
  const bytes = decodeBase64(token);
  if (!bytes || bytes.length < 4 || bytes[0] !== MAGIC[0] || bytes[1] !== MAGIC[1])
    return undefined;
  if (bytes[2] !== VERSION) return undefined;
  const idLength = bytes[3] ?? 0;
  const macAt = 4 + idLength + GRANT_ID_BYTES + NONCE_BYTES;
  if (idLength === 0 || bytes.length !== macAt + MAC_BYTES) return undefined;
  return {
    keyId: latin.decode(bytes.subarray(4, 4 + idLength)),
    grantId: bytesToHex(bytes.subarray(4 + idLength, 4 + idLength + GRANT_ID_BYTES)),
    body: bytes.subarray(0, macAt),
    mac: bytes.subarray(macAt),
  };
}

/**
 * The key and grant a token names, if the grant still exists and the token is its own; else
 * InvalidGrantTokenException (malformed, forged, or naming a grant that is gone).
 */
export async function grantOfToken(
  ctx: MockContext,
  token: string,
): Promise<{ key: KeyRecord; grant: GrantRecord }> {
  const parsed = parseGrantToken(token);
  const key = parsed && (await ctx.store.getKey(parsed.keyId));
  const grant = key?.grants?.find((g) => g.grantId === parsed?.grantId);
  if (!parsed || !key || !grant || !bytesEqual(await macOf(grant, parsed.body), parsed.mac))
    throw kmsError('InvalidGrantTokenException', INVALID);
  return { key, grant };
}
