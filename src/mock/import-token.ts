/**
 * Import tokens (GetParametersForImport → ImportKeyMaterial). A token carries what the import
 * needs: the wrapping key's private half, the wrapping algorithm and key spec, and when it stops
 * being valid (24 hours, model: `GetParametersForImportResponse.ParametersValidTo`). It is sealed
 * with AES-256-GCM under the KMS key's own token key (`KeyRecord.importTokenKey`), with the key id
 * as additional data, so only the key it was made for opens it and any change to it is detected
 * (model: InvalidImportTokenException, "invalid or is associated with a different KMS key").
 * Nothing is stored per token: every set a key was given stays usable until it expires.
 *
 * Layout: `6b 69 74 01` ("kit", version 1) | IV (12) | AES-GCM of
 * [ParametersValidTo, float64 big-endian (8) | algorithm (1) | key spec (1) | PKCS#8 private key].
 */
import {
  asBytes,
  concatBytes,
  randomBytes,
  type AesGcmBackend,
  type Bytes,
} from '../crypto/index.js';
import type { WrappingAlgorithm, WrappingKeySpec } from '../crypto/index.js';

const MAGIC = Uint8Array.of(0x6b, 0x69, 0x74, 0x01);
const IV_BYTES = 12;
const ALGORITHMS: readonly WrappingAlgorithm[] = [
  'RSAES_OAEP_SHA_1',
  'RSAES_OAEP_SHA_256',
  'RSA_AES_KEY_WRAP_SHA_1',
  'RSA_AES_KEY_WRAP_SHA_256',
];
const SPECS: readonly WrappingKeySpec[] = ['RSA_2048', 'RSA_3072', 'RSA_4096'];

/** Twenty-four hours, in seconds (model: `GetParametersForImport`, "valid for 24 hours"). */
export const IMPORT_PARAMETERS_LIFETIME = 24 * 60 * 60;

export interface ImportParameters {
  algorithm: WrappingAlgorithm;
  wrappingSpec: WrappingKeySpec;
  /** DER PKCS#8 of the wrapping key. */
  privateKey: Bytes;
  /** Epoch seconds. */
  validTo: number;
}

const aadOf = (keyId: string) => new TextEncoder().encode(keyId);

export async function sealImportToken(
  aes: AesGcmBackend,
  tokenKey: Uint8Array,
  keyId: string,
  parameters: ImportParameters,
): Promise<Bytes> {
  const head = new Uint8Array(10);
  new DataView(head.buffer).setFloat64(0, parameters.validTo);
  head[8] = ALGORITHMS.indexOf(parameters.algorithm);
  head[9] = SPECS.indexOf(parameters.wrappingSpec);
  const iv = randomBytes(IV_BYTES);
  const body = concatBytes(head, parameters.privateKey);
  const sealed = await aes.encrypt(asBytes(tokenKey), iv, body, aadOf(keyId));
  return concatBytes(MAGIC, iv, sealed);
}

/** The parameters inside a token of this key, or undefined for any token that is not one. */
export async function openImportToken(
  aes: AesGcmBackend,
  tokenKey: Uint8Array,
  keyId: string,
  token: Uint8Array,
): Promise<ImportParameters | undefined> {
  if (token.length < MAGIC.length + IV_BYTES + 16 + 10) return undefined;
  if (!MAGIC.every((byte, i) => token[i] === byte)) return undefined;
  const iv = asBytes(token.subarray(MAGIC.length, MAGIC.length + IV_BYTES));
  const body = await aes.decrypt(
    asBytes(tokenKey),
    iv,
    asBytes(token.subarray(MAGIC.length + IV_BYTES)),
    aadOf(keyId),
  );
  if (body === undefined || body.length <= 10) return undefined;
  const algorithm = ALGORITHMS[body[8] ?? -1];
  const wrappingSpec = SPECS[body[9] ?? -1];
  if (algorithm === undefined || wrappingSpec === undefined) return undefined;
  const validTo = new DataView(body.buffer, body.byteOffset, 8).getFloat64(0);
  return { algorithm, wrappingSpec, privateKey: body.slice(10), validTo };
}
