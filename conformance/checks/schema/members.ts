import { CheckFailure } from '../../failure.js';

/**
 * The members a real success carries inside a nested object (KeyMetadata, a list entry). The AWS
 * model marks nearly every output member optional, so the spec's schema alone accepts `{}`
 * (evidence `wire.sdk-accepts-empty-success`); these lists say what an answer is useless without.
 */
export function requireMembers(
  where: string,
  value: unknown,
  members: readonly string[],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CheckFailure(
      `${where}: an object with ${members.join(', ')}`,
      JSON.stringify(value) ?? 'nothing',
    );
  const record = value as Record<string, unknown>;
  const missing = members.filter((m) => record[m] === undefined);
  if (missing.length > 0)
    throw new CheckFailure(`${where} with ${members.join(', ')}`, `missing ${missing.join(', ')}`);
  return record;
}

/**
 * KeyMetadata members of a fresh symmetric key as recorded from AWS (evidence `recorded.fresh-key-metadata`); KeyId is the
 * only one the model requires.
 */
export const KEY_METADATA_MEMBERS = [
  'KeyId',
  'Arn',
  'AWSAccountId',
  'CreationDate',
  'Enabled',
  'KeyState',
  'KeyUsage',
  'KeySpec',
  'Origin',
  'KeyManager',
] as const;
