/**
 * WebCrypto `importKey` for DER (and raw HMAC) keys, cached: importing an RSA key costs more than the operation
 * it is for. Keyed by content (stores hand out copies) and bounded, like aes-gcm.ts's cache.
 */
import { asBytes, bytesToHex } from './bytes.js';

const LIMIT = 256;
const cache = new Map<string, Promise<CryptoKey>>();

export type ImportAlgorithm =
  RsaHashedImportParams | EcKeyImportParams | HmacImportParams | { name: string };

/** Imports (or finds) a key: DER SPKI / PKCS#8, or raw bytes for HMAC. */
export function importDerKey(
  format: 'spki' | 'pkcs8' | 'raw',
  der: Uint8Array,
  algorithm: ImportAlgorithm,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  const cacheKey = `${format}|${JSON.stringify(algorithm)}|${usages.join()}|${bytesToHex(der)}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const imported = globalThis.crypto.subtle.importKey(
    format,
    asBytes(der),
    algorithm,
    false,
    usages,
  );
  imported.catch(() => cache.delete(cacheKey));
  if (cache.size >= LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(cacheKey, imported);
  return imported;
}
