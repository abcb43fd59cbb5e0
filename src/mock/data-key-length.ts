import { kmsError } from '../errors/index.js';

/**
 * GenerateDataKey takes exactly one of KeySpec and NumberOfBytes (evidence `docs.generate-data-key`); JSON Schema cannot
 * say "exactly one" without making the generated types unusable, so the rule lives here.
 * The message is the one KMS has been seen to send for this rule.
 */
export function dataKeyLength(input: {
  KeySpec?: 'AES_256' | 'AES_128' | undefined;
  NumberOfBytes?: number | undefined;
}): number {
  const hasSpec = input.KeySpec !== undefined;
  const hasBytes = input.NumberOfBytes !== undefined;
  if (hasSpec === hasBytes)
    throw kmsError('ValidationException', 'Please specify either number of bytes or key spec.');
  if (input.NumberOfBytes !== undefined) return input.NumberOfBytes;
  return input.KeySpec === 'AES_128' ? 16 : 32;
}
