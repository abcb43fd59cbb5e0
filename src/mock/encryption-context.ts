import { isWellFormedContext } from '../crypto/index.js';
import { kmsError } from '../errors/index.js';

/**
 * A context to seal under. JSON can carry lone UTF-16 surrogates (`"\ud800"`), which have no UTF-8
 * form and so no unambiguous encoding as authenticated data: the request is refused as invalid
 * rather than failing inside the cipher. (Decrypt needs no check: such a context matches no blob.)
 */
export function sealingContext(
  context: Record<string, string> | undefined,
  member = 'encryptionContext',
): Record<string, string> | undefined {
  if (!isWellFormedContext(context)) {
    throw kmsError(
      'ValidationException',
      `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must contain only well-formed Unicode strings`,
    );
  }
  return context;
}
