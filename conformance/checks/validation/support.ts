import fc from 'fast-check';
import { CheckFailure } from '../../failure.js';
import { detailOf } from '../../expect.js';
import type { Reply } from '../../types.js';

/**
 * A client error (any 4xx) of one of `types`. Real KMS sends 400 (evidence `wire.client-error-400`); where the
 * exact framework error is not known for KMS, the required tier accepts any 4xx.
 */
export function expectClientError(reply: Reply, types: readonly string[]): void {
  const want = `${types.join(' or ')} (HTTP 4xx)`;
  const got =
    reply.status < 300
      ? `HTTP ${reply.status} ${reply.text.slice(0, 200) || '(empty body)'}`
      : `HTTP ${reply.status} ${reply.errorType ?? '(no __type)'}${reply.errorMessage ? `: ${reply.errorMessage.slice(0, 200)}` : ''}`;
  if (
    reply.status < 400 ||
    reply.status > 499 ||
    reply.errorType === undefined ||
    !types.includes(reply.errorType)
  )
    throw new CheckFailure(want, got, {
      ...detailOf(reply),
      kind: reply.status >= 400 && reply.status <= 499 ? 'error-type' : 'status',
      expectedType: types,
    });
}

/**
 * Runs an async property with the run's seed and no shrinking (each shrink step would be another
 * request), and turns its first counterexample into a `fail` naming the request that broke it.
 * Anything thrown that is not a CheckFailure (network, budget) is rethrown as it was.
 */
export async function holds<T>(
  arbitrary: fc.Arbitrary<T>,
  property: (value: T) => Promise<void>,
  options: { seed: number; numRuns: number },
): Promise<void> {
  const details = await fc.check(fc.asyncProperty(arbitrary, property), {
    seed: options.seed,
    numRuns: options.numRuns,
    endOnFailure: true,
  });
  if (!details.failed) return;
  const error = details.errorInstance;
  if (error instanceof CheckFailure) {
    throw new CheckFailure(
      error.expected,
      `${error.actual}, for ${JSON.stringify(details.counterexample?.[0]).slice(0, 300)} (run ${details.numRuns} of ${options.numRuns}, seed ${options.seed})`,
    );
  }
  throw error instanceof Error ? error : new Error(`property run failed: ${String(error)}`);
}
