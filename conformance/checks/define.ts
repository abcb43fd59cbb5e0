import { CheckSkipped } from '../failure.js';
import type { Capability, Check, Verdict } from '../types.js';

/** Identity, for type inference and one place to grep for every check. */
export function defineCheck(check: Check): Check {
  return check;
}

export function pass(note?: string): Verdict {
  return note === undefined ? { status: 'pass' } : { status: 'pass', note };
}

/** A fixture the check declared in `needs`; the runner already skipped the check if it is absent. */
export function need<T>(value: T | undefined, capability: Capability): T {
  if (value === undefined) throw new CheckSkipped(`${capability} is not available`);
  return value;
}
