// `kms-contract/client` lists its error classes by name (explicit re-exports, as users import them:
// `import { NotFoundException } from 'kms-contract/client'`); this keeps that list equal to the
// error table, and each class the very one the mock and the client throw.
import { describe, expect, it } from 'vitest';
import * as client from '../../src/client/index.js';
import * as errors from '../../src/errors/index.js';
import { exportedErrorClasses } from '../errors/exported-classes.js';

const fromClient: Readonly<Record<string, unknown>> = client;
const fromErrors: Readonly<Record<string, unknown>> = errors;

describe('kms-contract/client error exports', () => {
  it('name exactly the errors of the table', () => {
    expect(exportedErrorClasses(fromClient)).toEqual([...errors.KMS_ERROR_NAMES].sort());
  });

  it.each(errors.KMS_ERROR_NAMES)('%s is the class kmsError builds', (name) => {
    expect(fromClient[name]).toBe(fromErrors[name]);
    expect(client.KmsError).toBe(errors.KmsError);
    expect(errors.kmsError(name)).toBeInstanceOf(fromClient[name] as typeof errors.KmsError);
  });
});
