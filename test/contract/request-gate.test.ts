// The mock's request gate loads validators on first use; it must give the verdict checkRequest gives
// (same validators, same rejections), synchronously for the operations loaded at start.
import { describe, expect, it } from 'vitest';
import { checkRequest, operations, type OperationName } from '../../src/contract/index.js';
import { checkRequestOnFirstUse } from '../../src/contract/request-gate.js';
import { atStartValidators } from '../../generated/request-validators/at-start.js';
import { onDemandValidators } from '../../generated/request-validators/on-demand.js';
import { implementations } from '../../src/mock/operations/index.js';
import { loadsOnFirstUse } from '../../src/mock/operations/on-first-use.js';

const names = Object.keys(operations) as OperationName[];
const atStart = (op: OperationName) => Object.hasOwn(atStartValidators, operations[op].input);

/** Bodies every operation refuses or accepts in some way of its own: none, a wrong type, a stray. */
const bodies: unknown[] = [
  {},
  { KeyId: 5 },
  { KeyId: '' },
  { KeyId: 'alias/app', GrantTokens: 'x' },
  { KeyId: 'alias/app', Limit: 0, DryRun: 'yes' },
  { Unknown: true },
];

describe('the request gate (validators loaded on first use)', () => {
  it('has every input in exactly one of the two generated modules', () => {
    const inputs = names.map((op) => operations[op].input).sort();
    const both = [...Object.keys(atStartValidators), ...Object.keys(onDemandValidators)].sort();
    expect(both).toEqual([...new Set(inputs)]);
  });

  it('checks the first requests synchronously, and the others once their validators load', async () => {
    const first = checkRequestOnFirstUse('GenerateDataKey', { KeyId: 'k', NumberOfBytes: 0 });
    expect(first).not.toBeInstanceOf(Promise);
    expect(first).toEqual(checkRequest('GenerateDataKey', { KeyId: 'k', NumberOfBytes: 0 }));

    const before = checkRequestOnFirstUse('TagResource', { KeyId: 'k' });
    expect(before).toBeInstanceOf(Promise);
    expect(await before).toEqual(checkRequest('TagResource', { KeyId: 'k' }));
    const after = checkRequestOnFirstUse('TagResource', { KeyId: 'k' });
    expect(after).not.toBeInstanceOf(Promise);
    expect(after).toEqual(checkRequest('TagResource', { KeyId: 'k' }));
  });

  it.each(names)('%s: the same verdict as checkRequest for every body', async (op) => {
    for (const body of bodies) {
      const verdict = checkRequestOnFirstUse(op, body);
      if (atStart(op)) expect(verdict).not.toBeInstanceOf(Promise);
      expect(await verdict).toEqual(checkRequest(op, body));
    }
  });
});

describe('the operations at start and their validators', () => {
  it('an operation loads on first use exactly when its request validator does, so the two lists stay in step', () => {
    for (const op of Object.keys(operations) as OperationName[])
      expect(
        loadsOnFirstUse(implementations[op]),
        `${op}: ${atStart(op) ? 'its validator loads at start' : 'its validator loads on first use'}`,
      ).toBe(!atStart(op));
  });
});
