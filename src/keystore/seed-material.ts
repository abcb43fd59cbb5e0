/**
 * A seed key's `material`: a symmetric key's 32 bytes or an HMAC key's bytes, as many as its
 * hash's. (An asymmetric key's `privateKey` is read in seed-key-pair.ts.)
 */
import { decodeBase64 } from '../codec/base64.js';
import type { Bytes } from '../crypto/bytes.js';
import { HMAC_KEY_SPECS, isHmacKeySpec } from '../crypto/hmac.js';

/** The bytes of a seed's `material` for `keySpec`, or a message saying what is wrong. */
export function seedMaterial(keySpec: string, value: unknown): Bytes | string {
  const length = isHmacKeySpec(keySpec)
    ? HMAC_KEY_SPECS[keySpec].keyBytes
    : keySpec === 'SYMMETRIC_DEFAULT' && 32;
  if (!length) return 'is only for SYMMETRIC_DEFAULT and HMAC keys';
  const bytes = typeof value === 'string' ? decodeBase64(value) : undefined;
  return bytes?.length === length
    ? bytes
    : `must be standard padded base64 of exactly ${length} bytes`;
}
