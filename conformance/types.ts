import type { Credentials } from '../src/client/sign.js';
import type { OperationName } from '../src/contract/index.js';

/** The areas a report groups checks by (issue "The checks"). */
export type Area =
  | 'protocol'
  | 'schema'
  | 'validation'
  | 'crypto'
  | 'binding'
  | 'randomness'
  | 'keys'
  | 'auth'
  | 'messages';

/** Required checks decide the exit code; recommended ones (exact message text, ...) are reported only. */
export type Severity = 'required' | 'recommended';

/** What a check needs the endpoint or the set-up to provide; missing ones skip the check with the reason. */
export type Capability =
  | 'symmetric-key'
  | 'second-key'
  | 'alias'
  | 'disabled-key'
  | 'pending-deletion-key'
  | 'asymmetric-key'
  | 'hmac-key'
  | 'multi-region-key'
  | 'auth-enforced';

/** One request and its reply as recorded for a report; plaintext is already redacted. */
export interface Exchange {
  operation: string;
  request: { method: string; url: string; headers: Record<string, string>; body: string };
  response: { status: number; headers: Record<string, string>; body: string } | { error: string };
  durationMs: number;
}

export type Verdict =
  | { status: 'pass'; note?: string }
  | { status: 'fail'; expected: string; actual: string }
  | { status: 'skip'; reason: string };

/** A check: a small named unit with the rule it enforces (DESIGN.md, "A conformance check"). */
export interface Check {
  /** `area.name`, matching conformance/checks/<area>/<name>.ts */
  id: string;
  title: string;
  area: Area;
  /** Where the rule comes from: a kms-facts section, an OpenAPI pointer, an AWS doc. */
  rule: string;
  severity: Severity;
  needs?: readonly Capability[];
  run(ctx: CheckContext): Promise<Verdict>;
}

export type Outcome = Verdict | { status: 'error'; error: string };

export interface CheckResult {
  check: Pick<Check, 'id' | 'title' | 'area' | 'rule' | 'severity'>;
  outcome: Outcome;
  exchanges: Exchange[];
  durationMs: number;
}

/** A reply as the runner sees it: raw text, parsed JSON when it parses, and the sanitized error type. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The parsed body; undefined for an empty or non-JSON body. */
  json: unknown;
  /** `__type` / `code` / `x-amzn-ErrorType`, cut at `:` and after `#` (kms-facts §2). */
  errorType: string | undefined;
  errorMessage: string | undefined;
}

export interface KeyRef {
  keyId: string;
  arn: string;
}

/** Keys the set-up made or was given; each absent one removes a capability. */
export interface Fixtures {
  symmetric?: KeyRef;
  second?: KeyRef;
  alias?: { name: string; arn: string; target: KeyRef };
  disabled?: KeyRef;
  pendingDeletion?: KeyRef;
  asymmetric?: KeyRef;
  hmac?: KeyRef;
  multiRegion?: KeyRef;
}

export interface SendOptions {
  /** Extra or replacing headers; a header set to null is removed before sending. */
  headers?: Record<string, string | null>;
  /** Send this text as the body instead of the JSON of `body`. */
  rawBody?: string;
  /** false: send unsigned (auth probes). */
  sign?: boolean;
  /** Sign as of this date (stale-signature probe). */
  signingDate?: Date;
  /** Change the body after signing (tamper probe). */
  tamperAfterSigning?: boolean;
  /** Sign with these credentials merged over the runner's (wrong-secret and unknown-key probes). */
  credentials?: Partial<Credentials>;
  /**
   * Requests the runner means to be valid are checked against the spec before they leave; one that
   * is not is a runner bug and ends the check as an error. Negative probes set this to false.
   */
  intendedValid?: boolean;
}

/** Everything a check may use; no globals (DESIGN.md). */
export interface CheckContext {
  endpoint: string;
  region: string;
  /** Seed for every random choice a check makes (fast-check runs, fuzz cases). */
  seed: number;
  fixtures: Fixtures;
  /** Sends one operation; records the exchange on this check. */
  send(operation: OperationName | string, body: unknown, options?: SendOptions): Promise<Reply>;
}
