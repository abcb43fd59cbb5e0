/**
 * Thrown inside a check when the endpoint broke the rule; the runner turns it into a `fail`
 * verdict. Anything else thrown is an `error`: a bug or a network failure, never the endpoint's fault.
 */
export class CheckFailure extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`expected ${expected}, got ${actual}`);
    this.name = 'CheckFailure';
  }
}

/** Thrown inside a check to skip it with a reason (a capability found missing only at run time). */
export class CheckSkipped extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CheckSkipped';
  }
}
