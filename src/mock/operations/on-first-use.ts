import type { OperationName } from '../../contract/index.js';
import type { OperationImpl } from './index.js';

/**
 * An operation whose module loads the first time it is called (bundlers split a dynamic import into
 * its own chunk, which a page downloads only then). The function loaded is kept: later calls run it
 * directly, with no import to wait for again.
 */
export function onFirstUse<Op extends OperationName>(
  load: () => Promise<OperationImpl<Op>>,
): OperationImpl<Op> {
  let impl: OperationImpl<Op> | undefined;
  const operation: OperationImpl<Op> = async (ctx, input) => {
    impl ??= await load();
    return impl(ctx, input);
  };
  loadedOnFirstUse.add(operation);
  return operation;
}

const loadedOnFirstUse = new WeakSet<object>();

/**
 * Whether an operation of the table loads on first use. The operations that do not are those whose
 * request validators load at start too (scripts/generate/validators.mjs, REQUESTS_AT_START); a test
 * keeps the two lists in step.
 */
export function loadsOnFirstUse(operation: object): boolean {
  return loadedOnFirstUse.has(operation);
}
