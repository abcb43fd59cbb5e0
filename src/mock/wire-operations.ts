import { operations, type OperationName } from '../../generated/operations.js';
import type { OperationTable } from '../protocol/index.js';
import type { KmsEngine } from './engine.js';

/**
 * The engine as the operation table the AWS JSON 1.1 wire handler dispatches on: each request in
 * the Region its front door found (the engine's default when none).
 */
export function wireOperations(engine: KmsEngine): OperationTable {
  const table: Record<string, OperationTable[string]> = {};
  for (const name of Object.keys(operations) as OperationName[]) {
    table[name] = async (input, ctx) =>
      (await engine.call(name, input, ctx.region)) as Record<string, unknown> | undefined;
  }
  return table;
}
