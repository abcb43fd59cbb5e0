import type { Fixtures, KeyRef } from '../types.js';

/** The four ways a request may name a key (evidence `docs.key-id-forms`), each labelled for failure messages. */
export function keyIdForms(
  key: KeyRef,
  alias: NonNullable<Fixtures['alias']>,
): Record<string, string> {
  return {
    'key id': key.keyId,
    'key ARN': key.arn,
    'alias name': alias.name,
    'alias ARN': alias.arn,
  };
}
