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
  return async (ctx, input) => {
    impl ??= await load();
    return impl(ctx, input);
  };
}
