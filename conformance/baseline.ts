/**
 * A baseline: the failures an endpoint is known to have (Schemathesis's `--baseline`). A team that
 * adopts the runner while its emulator still differs from KMS keeps CI green on the known gaps and
 * red on anything new; a check of the baseline that passes again is reported so the entry goes.
 *
 * The file is either a previous run's JSON report (`--report json`: its failed checks become the
 * baseline) or a document `{ "knownFailures": ["binding.ambiguous-context", ...] }`.
 */
export class BaselineError extends Error {
  override name = 'BaselineError';
}

export function parseBaseline(text: string, source: string): ReadonlySet<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(
      `${source} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof doc === 'object' && doc !== null && 'knownFailures' in doc) {
    const ids = (doc as { knownFailures: unknown }).knownFailures;
    if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) return new Set(ids);
    throw new BaselineError(`${source}: knownFailures must be a list of check ids`);
  }
  if (
    typeof doc === 'object' &&
    doc !== null &&
    'results' in doc &&
    Array.isArray((doc as { results: unknown }).results)
  ) {
    const failed = (
      doc as { results: Array<{ id?: unknown; outcome?: { status?: unknown } }> }
    ).results
      .filter((r) => r.outcome?.status === 'fail' && typeof r.id === 'string')
      .map((r) => r.id as string);
    return new Set(failed);
  }
  throw new BaselineError(
    `${source} is neither a conformance JSON report nor { "knownFailures": [...] }`,
  );
}
