import type { components } from '../../generated/types.js';
import type { KeyUsage } from '../keystore/index.js';
import { algorithmsFor } from '../keystore/key-spec.js';

/**
 * The `KeyMetadata` member that lists a usage's algorithms. The algorithms themselves, per key
 * spec and usage, are in the key spec table (src/keystore/key-spec.ts).
 */
const ALGORITHMS_MEMBER = {
  ENCRYPT_DECRYPT: 'EncryptionAlgorithms',
  SIGN_VERIFY: 'SigningAlgorithms',
  GENERATE_VERIFY_MAC: 'MacAlgorithms',
  KEY_AGREEMENT: 'KeyAgreementAlgorithms',
} as const satisfies {
  readonly [U in KeyUsage]: keyof components['schemas']['KeyMetadata'];
};

/** The algorithm list of KeyMetadata for a key of this spec and usage (`{}` when it has none). */
export function algorithmsOf(keySpec: string, usage: KeyUsage): Record<string, readonly string[]> {
  const algorithms = algorithmsFor(keySpec, usage);
  return algorithms ? { [ALGORITHMS_MEMBER[usage]]: algorithms } : {};
}
