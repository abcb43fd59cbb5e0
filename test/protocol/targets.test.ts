import { describe, expect, it } from 'vitest';
import { TARGET_PREFIX, operationFromTarget, targetFor } from '../../src/protocol/index.js';

describe('operationFromTarget (evidence `wire.json-1-1`)', () => {
  it.each([
    ['TrentService.GenerateDataKey', 'GenerateDataKey'],
    ['TrentService.Decrypt', 'Decrypt'],
    ['TrentService.', undefined],
    ['TrentService', undefined],
    ['trentservice.Decrypt', undefined],
    ['DynamoDB_20120810.GetItem', undefined],
    ['TrentService.Decrypt ', undefined],
    ['TrentService.Gen.Data', undefined],
    ['TrentService.__proto__', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (header, want) => {
    expect(operationFromTarget(header)).toBe(want);
  });

  it('round-trips with targetFor', () => {
    expect(targetFor('CreateAlias')).toBe(`${TARGET_PREFIX}CreateAlias`);
    expect(operationFromTarget(targetFor('CreateAlias'))).toBe('CreateAlias');
  });
});
