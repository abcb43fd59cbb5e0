import { CheckFailure, CheckSkipped } from '../failure.js';
import type { EvidenceId } from '../evidence/index.js';
import type { Capability, Check, CheckContext, Fixtures, Verdict } from '../types.js';

/** The fixture each capability stands for. */
const FIXTURE = {
  'symmetric-key': 'symmetric',
  'second-key': 'second',
  alias: 'alias',
  'disabled-key': 'disabled',
  'pending-deletion-key': 'pendingDeletion',
  'asymmetric-key': 'asymmetric',
  'hmac-key': 'hmac',
  'multi-region-key': 'multiRegion',
  'sign-key': 'sign',
  'key-creation': 'keyCreation',
  'agreement-key': 'agreement',
} as const satisfies Record<Capability, keyof Fixtures>;

/** The fixtures a check declared it needs, present and typed. */
export type Given<N extends readonly Capability[]> = {
  [C in N[number] as (typeof FIXTURE)[C]]-?: NonNullable<Fixtures[(typeof FIXTURE)[C]]>;
};

/** A check as written: it declares its needs once and `run` receives them. */
export interface CheckSpec<N extends readonly Capability[]> extends Omit<
  Check,
  'run' | 'needs' | 'evidence'
> {
  evidence: readonly EvidenceId[];
  needs?: N;
  run(ctx: CheckContext, given: Given<N>): Promise<Verdict>;
}

/**
 * Makes a check from its spec: the runner skips it when a need is missing; `run` gets the fixtures
 * it named, so none is asked for twice.
 */
export function defineCheck<const N extends readonly Capability[] = []>(spec: CheckSpec<N>): Check {
  const needs = (spec.needs ?? []) as readonly Capability[];
  return {
    ...spec,
    needs,
    run(ctx) {
      const given: Record<string, unknown> = {};
      for (const need of needs) {
        const value = ctx.fixtures[FIXTURE[need]];
        if (value === undefined) throw new CheckSkipped(`${need} is not available`);
        given[FIXTURE[need]] = value;
      }
      return spec.run(ctx, given as Given<N>);
    },
  };
}

export function pass(note?: string): Verdict {
  return note === undefined ? { status: 'pass' } : { status: 'pass', note };
}

/** Runs one case of a check and says which case a failure came from (detail kept). */
export async function inCase<T>(what: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CheckFailure) throw error.reword((e) => `${e} for ${what}`);
    throw error;
  }
}
