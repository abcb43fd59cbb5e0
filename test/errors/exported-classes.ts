import { KmsError } from '../../src/errors/index.js';

/** The names of every error class a module exports (a subclass of KmsError, not KmsError itself). */
export function exportedErrorClasses(module: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(module)
    .filter(([, value]) => typeof value === 'function' && value.prototype instanceof KmsError)
    .map(([name]) => name)
    .sort();
}
