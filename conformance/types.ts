import type { Credentials } from '../src/client/sign.js';
import type { OperationName } from '../src/contract/index.js';
import type { EvidenceId } from './evidence/index.js';

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
  | 'messages'
  | 'asymmetric'
  | 'metadata'
  | 'rotation'
  | 'import'
  | 'grants';

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
  | 'sign-key'
  | 'key-creation'
  | 'agreement-key';

/** One request and its reply as recorded for a report; plaintext is already redacted. */
export interface Exchange {
  operation: string;
  request: { method: string; url: string; headers: Record<string, string>; body: string };
  response: { status: number; headers: Record<string, string>; body: string } | { error: string };
  durationMs: number;
}

/**
 * What kind of broken rule a fail is, so reports can group and filter: a reply with the wrong
 * status or error type, a success that is not a valid reply, a reply whose content is wrong (bytes,
 * key ids), or a reply the runner refuses to read (a redirect, one too large, a dropped connection).
 */
export type FailureKind =
  'status' | 'error-type' | 'invalid-reply' | 'content' | 'redirect' | 'too-large' | 'connection';

/** The structured half of a fail: what was sent and how the reply differed. */
export interface FailureDetail {
  kind: FailureKind;
  /** The operation whose reply broke the rule. */
  operation?: string;
  expectedStatus?: readonly number[];
  expectedType?: readonly string[];
  actualStatus?: number;
  /** The sanitized `__type` of the reply, when it had one. */
  actualType?: string;
}

export type Verdict =
  | { status: 'pass'; note?: string }
  | { status: 'fail'; expected: string; actual: string; detail?: FailureDetail }
  | { status: 'skip'; reason: string };

/** A check: a small named unit with the rule it enforces and the evidence the rule rests on. */
export interface Check {
  /** `area.name`, matching conformance/checks/<area>/<name>.ts */
  id: string;
  title: string;
  area: Area;
  /** The rule in one line, in the project's words; the sources are in `evidence`. */
  rule: string;
  /** Ids of the evidence register (conformance/evidence/) every assertion rests on. */
  evidence: readonly EvidenceId[];
  /**
   * Evidence for replies the check also accepts beyond what `evidence` requires (any kind: a
   * tolerance never makes a check stricter, so it is exempt from the tier rule).
   */
  tolerates?: readonly EvidenceId[];
  severity: Severity;
  /**
   * An auth probe: it runs against every endpoint, at the recommended tier unless the endpoint is
   * declared to enforce SigV4 (`--auth-enforced`), where it is required.
   */
  authProbe?: boolean;
  needs?: readonly Capability[];
  run(ctx: CheckContext): Promise<Verdict>;
}

export type Outcome = Verdict | { status: 'error'; error: string };

export interface CheckResult {
  /** `severity` is the tier of this run (an auth probe is recommended without --auth-enforced). */
  check: Pick<Check, 'id' | 'title' | 'area' | 'rule' | 'severity' | 'evidence' | 'tolerates'>;
  outcome: Outcome;
  exchanges: Exchange[];
  durationMs: number;
}

/** A reply as the runner sees it: raw text, parsed JSON when it parses, and the sanitized error type. */
export interface Reply {
  /** The operation the request named. */
  operation: string;
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The parsed body; undefined for an empty or non-JSON body. */
  json: unknown;
  /** `__type` / `code` / `x-amzn-ErrorType`, cut at `:` and after `#` (evidence `wire.error-envelope`). */
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
  /** An ECC_NIST_P256 SIGN_VERIFY key. */
  sign?: KeyRef;
  /** The set-up could make keys, so checks may make (and schedule for deletion) their own. */
  keyCreation?: true;
  /** ECC_NIST_P256 KEY_AGREEMENT. */
  agreement?: KeyRef;
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
  /** Sign for this region instead of the run's (a probe of another region on the same endpoint). */
  region?: string;
  /** Sign with these credentials merged over the runner's (wrong-secret and unknown-key probes). */
  credentials?: Partial<Credentials>;
  /**
   * Requests the runner means to be valid are checked against the spec before they leave; one that
   * is not is a runner bug and ends the check as an error. Negative probes set this to false.
   */
  intendedValid?: boolean;
}

/** Everything a check may use; no globals. */
export interface CheckContext {
  endpoint: string;
  region: string;
  /** Seed for every random choice a check makes (fast-check runs, fuzz cases). */
  seed: number;
  fixtures: Fixtures;
  /** Why each missing capability is missing (a set-up call's reply), for checks that judge it. */
  unavailable: Partial<Record<Capability, string>>;
  /** Sends one operation; records the exchange on this check. */
  send(operation: OperationName | string, body: unknown, options?: SendOptions): Promise<Reply>;
}
