/**
 * Signing, verification, key-pair generation and key import, loaded on first use. With the @noble libraries
 * behind them they are most of the mock's cryptography, which a page or a test that only uses
 * symmetric keys should neither download nor parse (bundlers split a dynamic import into its own
 * chunk). Each has the signature of the function it loads; the module cache makes later calls direct.
 */
import type * as KeyImport from './key-import.js';
import type * as KeyPairs from './key-pairs.js';
import type * as Signatures from './signatures.js';

export const generateKeyPair: typeof KeyPairs.generateKeyPair = async (...args) =>
  (await import('./key-pairs.js')).generateKeyPair(...args);

export const sign: typeof Signatures.sign = async (...args) =>
  (await import('./signatures.js')).sign(...args);

export const verify: typeof Signatures.verify = async (...args) =>
  (await import('./signatures.js')).verify(...args);

export const unwrapKeyMaterial: typeof KeyImport.unwrapKeyMaterial = async (...args) =>
  (await import('./key-import.js')).unwrapKeyMaterial(...args);

export const keyPairFromPrivateKey: typeof KeyImport.keyPairFromPrivateKey = async (...args) =>
  (await import('./key-import.js')).keyPairFromPrivateKey(...args);
