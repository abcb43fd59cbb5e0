import { describe, expect, it } from 'vitest';
import * as errors from '../../src/errors/index.js';
import { exportedErrorClasses } from './exported-classes.js';
import {
  InvalidCiphertextException,
  KMS_ERROR_NAMES,
  KmsError,
  NotFoundException,
  errorSpec,
  isKmsError,
  kmsError,
} from '../../src/errors/index.js';

const exported: Readonly<Record<string, unknown>> = errors;

describe('KmsError classes', () => {
  // src/errors/index.ts lists the classes by name (explicit re-exports); this keeps the list equal
  // to the error table, which is the spec's errors plus the wire's own.
  it('are exported by name for exactly the names of the error table', () => {
    expect(exportedErrorClasses(exported)).toEqual([...KMS_ERROR_NAMES].sort());
  });

  it.each(KMS_ERROR_NAMES)('%s is an exported class named as its __type', (name) => {
    const ErrorClass = exported[name];
    expect(typeof ErrorClass).toBe('function');
    if (typeof ErrorClass !== 'function') return;
    expect(ErrorClass.name).toBe(name);

    const error = kmsError(name, 'text');
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(KmsError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ __type: name, name, message: 'text' });
    expect(error.status).toBe(errorSpec(name).status);
    expect(error.fault).toBe(errorSpec(name).fault);
    expect(error.$fault).toBe(errorSpec(name).fault);
  });

  it('narrows with instanceof and keeps other classes apart', () => {
    const error: unknown = new NotFoundException("Key 'x' does not exist");
    expect(error instanceof NotFoundException).toBe(true);
    expect(error instanceof InvalidCiphertextException).toBe(false);
    if (error instanceof NotFoundException) {
      const type: 'NotFoundException' = error.__type;
      expect(type).toBe('NotFoundException');
    }
  });

  it('allows an empty message (InvalidCiphertextException has none on the wire, evidence `wire.error-envelope`)', () => {
    const error = kmsError('InvalidCiphertextException');
    expect(error.message).toBe('');
    expect(new InvalidCiphertextException().message).toBe('');
  });

  it('keeps a cause and a stack', () => {
    const cause = new Error('root');
    const error = kmsError('KMSInternalException', 'failed', { cause });
    expect(error.cause).toBe(cause);
    expect(error.stack).toContain('KMSInternalException');
  });

  it.each([
    [kmsError('NotFoundException'), true],
    [new Error('plain'), false],
    [{ __type: 'NotFoundException', message: '' }, false],
    [undefined, false],
  ])('isKmsError(%o) is %s', (value, want) => {
    expect(isKmsError(value)).toBe(want);
  });
});
