import type { FailureDetail, FailureKind } from './types.js';

/**
 * Thrown inside a check when the endpoint broke the rule; the runner turns it into a `fail`
 * verdict. Anything else thrown is an `error`: a bug or a network failure, never the endpoint's fault.
 * `detail` says which operation's reply broke it and how, so reports can group failures.
 */
export class CheckFailure extends Error {
  readonly detail: FailureDetail;
  constructor(
    readonly expected: string,
    readonly actual: string,
    detail: Partial<FailureDetail> & { kind?: FailureKind } = {},
  ) {
    super(`expected ${expected}, got ${actual}`);
    this.name = 'CheckFailure';
    this.detail = { kind: 'content', ...detail };
  }

  /** The same failure with words added (which case of a check it was), detail kept. */
  reword(expected: (e: string) => string, actual: (a: string) => string = (a) => a): CheckFailure {
    return new CheckFailure(expected(this.expected), actual(this.actual), this.detail);
  }
}

/** Thrown inside a check to skip it with a reason (a capability found missing only at run time). */
export class CheckSkipped extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CheckSkipped';
  }
}
