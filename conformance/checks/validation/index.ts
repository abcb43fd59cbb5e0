import ciphertextBounds from './ciphertext-bounds.js';
import generateRandomBounds from './generate-random-bounds.js';
import grantTokensCount from './grant-tokens-count.js';
import invalidRequestsProperty from './invalid-requests-property.js';
import keyIdLength from './key-id-length.js';
import keySpecXorNumberOfBytes from './key-spec-xor-number-of-bytes.js';
import numberOfBytesBoundaries from './number-of-bytes-boundaries.js';
import plaintextLength from './plaintext-length.js';
import unknownKeySpec from './unknown-key-spec.js';
import validRequestsProperty from './valid-requests-property.js';
import wrongJsonTypes from './wrong-json-types.js';
import wrongJsonTypesSerialization from './wrong-json-types-serialization.js';

export const validationChecks = [
  numberOfBytesBoundaries,
  keySpecXorNumberOfBytes,
  unknownKeySpec,
  keyIdLength,
  grantTokensCount,
  plaintextLength,
  generateRandomBounds,
  wrongJsonTypes,
  wrongJsonTypesSerialization,
  invalidRequestsProperty,
  validRequestsProperty,
  ciphertextBounds,
];
