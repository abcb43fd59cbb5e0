import { describe, expect, it } from 'vitest';
import {
  errorMessageFrom,
  errorTypeFrom,
  sanitizeErrorType,
  type HeaderSource,
} from '../../src/errors/index.js';

describe('sanitizeErrorType (evidence `wire.error-envelope`)', () => {
  it.each([
    ['NotFoundException', 'NotFoundException'],
    ['com.amazon.coral.service#UnknownOperationException', 'UnknownOperationException'],
    [
      'InvalidSignatureException:http://internal.amazon.com/coral/com.amazon.coral.service/',
      'InvalidSignatureException',
    ],
    ['com.amazonaws.kms#NotFoundException', 'NotFoundException'],
    ['aws.protocoltests#FooError:http://internal.amazon.com/coral/x#y', 'FooError'],
    ['NotFoundException,NotFoundException', 'NotFoundException'],
    [' NotFoundException ', 'NotFoundException'],
    ['', undefined],
    ['com.amazonaws.kms#', undefined],
    [':http://x', undefined],
  ])('%j → %j', (raw, want) => {
    expect(sanitizeErrorType(raw)).toBe(want);
  });
});

describe('errorTypeFrom', () => {
  const header = 'DisabledException:http://internal.amazon.com/coral/com.amazon.coral.service/';
  it.each<[string, { body?: unknown; headers?: HeaderSource }, string | undefined]>([
    [
      '__type first',
      { body: { __type: 'NotFoundException', code: 'X' }, headers: { 'x-amzn-errortype': 'Y' } },
      'NotFoundException',
    ],
    ['then code', { body: { code: 'com.amazonaws.kms#DisabledException' } }, 'DisabledException'],
    ['then the header', { body: {}, headers: { 'x-amzn-errortype': header } }, 'DisabledException'],
    ['header name in any case', { headers: { 'X-Amzn-ErrorType': header } }, 'DisabledException'],
    [
      'repeated header',
      { headers: { 'x-amzn-errortype': [header, 'Other'] } },
      'DisabledException',
    ],
    [
      'fetch Headers',
      { headers: new Headers({ 'X-Amzn-ErrorType': header }) },
      'DisabledException',
    ],
    ['empty __type falls through', { body: { __type: '', code: 'TagException' } }, 'TagException'],
    [
      'non-string __type ignored',
      { body: { __type: 7 }, headers: { 'x-amzn-errortype': header } },
      'DisabledException',
    ],
    ['unknown names are kept', { body: { __type: 'SomethingElse' } }, 'SomethingElse'],
    ['array body', { body: [{ __type: 'NotFoundException' }] }, undefined],
    ['nothing', { body: null }, undefined],
    [
      'inherited keys ignored',
      { body: Object.create({ __type: 'NotFoundException' }) as unknown },
      undefined,
    ],
  ])('%s', (_name, input, want) => {
    expect(errorTypeFrom(input)).toBe(want);
  });
});

describe('errorMessageFrom', () => {
  it.each([
    [{ message: 'lower' }, 'lower'],
    [
      { Message: 'User: arn:aws:iam::1:user/x is not authorized' },
      'User: arn:aws:iam::1:user/x is not authorized',
    ],
    [{ message: 'lower', Message: 'upper' }, 'lower'],
    [{ __type: 'InvalidCiphertextException' }, undefined],
    [{ message: 3, Message: 'upper' }, 'upper'],
    ['text', undefined],
  ])('%j → %j', (body, want) => {
    expect(errorMessageFrom(body)).toBe(want);
  });
});
