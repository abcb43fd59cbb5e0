import type { OperationName } from '../../generated/operations.js';
import { kmsError, type KmsError } from '../errors/index.js';
import type { KmsResolver, OperationErrorName } from './types.js';

interface Override<Op extends OperationName> {
  readonly resolver: KmsResolver<Op>;
  readonly once: boolean;
}

interface Failure {
  readonly error: string;
  readonly message: string;
}

/** Keyed by operation, so each entry's resolver is typed for the operation it sits under. */
type Overrides = { [Op in OperationName]?: Override<Op>[] };

/** The message of a simulated failure when the test gives none: says where the error came from. */
function defaultMessage(error: string, operation: string): string {
  return `${error} simulated by the kms-contract mock for ${operation}`;
}

/**
 * The per-operation plans a test sets: resolvers that replace an operation, and failures. The
 * next queued failure comes first, then a standing one, then the newest resolver.
 */
export class Controls {
  private overrides: Overrides = {};
  private readonly next = new Map<OperationName, Failure[]>();
  private readonly always = new Map<OperationName, Failure>();

  use<Op extends OperationName>(operation: Op, resolver: KmsResolver<Op>, once: boolean): void {
    // TypeScript reads a mapped type at a generic key but will not write it; the entry stored under
    // `operation` is typed for `operation`, which is what Overrides says.
    const overrides = this.overrides as Record<Op, Override<Op>[] | undefined>;
    (overrides[operation] ??= []).unshift({ resolver, once });
  }

  failNext<Op extends OperationName>(
    operation: Op,
    error: OperationErrorName<Op>,
    message?: string,
  ): void {
    const queue = this.next.get(operation) ?? [];
    queue.push({ error, message: message ?? defaultMessage(error, operation) });
    this.next.set(operation, queue);
  }

  failAlways<Op extends OperationName>(
    operation: Op,
    error: OperationErrorName<Op>,
    message?: string,
  ): void {
    this.always.set(operation, { error, message: message ?? defaultMessage(error, operation) });
  }

  /** The failure planned for this call of the operation, consuming a queued one. */
  takeFailure(operation: OperationName): KmsError | undefined {
    const failure = this.next.get(operation)?.shift() ?? this.always.get(operation);
    return failure && kmsError(failure.error as OperationErrorName<OperationName>, failure.message);
  }

  /** The resolver that answers this call, consuming a one-time one. */
  takeOverride<Op extends OperationName>(operation: Op): KmsResolver<Op> | undefined {
    const list: Override<Op>[] | undefined = this.overrides[operation];
    const first = list?.[0];
    if (first?.once) list?.shift();
    return first?.resolver;
  }

  clear(): void {
    this.overrides = {};
    this.next.clear();
    this.always.clear();
  }
}
