import type { OperationName } from '../../generated/operations.js';
import type { KmsAnyCall, KmsCall } from './types.js';

/** The calls operations received, in the order they were answered. */
export class CallLog {
  private entries: KmsAnyCall[] = [];

  add<Op extends OperationName>(call: KmsCall<Op>): void {
    // KmsCall<Op> is one member of the KmsAnyCall union for every single Op.
    this.entries.push(call as KmsAnyCall);
  }

  of<Op extends OperationName>(operation: Op): KmsCall<Op>[] {
    // Entries whose `operation` is Op were added as KmsCall<Op>.
    return this.entries.filter((call) => call.operation === operation) as KmsCall<Op>[];
  }

  all(): KmsAnyCall[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
