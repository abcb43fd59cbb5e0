import {
  AMZ_JSON_CONTENT_TYPE,
  operationFromTarget,
  type OperationContext,
  type OperationTable,
} from '../protocol/index.js';
import type { PrismEngine } from './engine.js';
import { targetOf, type PrismOperation } from './operations.js';
import { outputOf } from './outcome.js';
import { parsePrefer } from './prefer.js';

/**
 * The operations of the spec as the table the wire handler dispatches on, each answered by Prism.
 * The wire handler has already limited, routed, type-checked and parsed the request, so Prism sees
 * a JSON object under the AWS media type; its own checks (the request schema, the `Authorization`
 * header the spec's `sigv4` scheme names) and the `Prefer` header decide the rest.
 */
export function prismOperations(
  operations: readonly PrismOperation[],
  engine: PrismEngine,
  log: ((line: string) => void) | undefined,
): OperationTable {
  const table: Record<string, OperationTable[string]> = {};
  for (const operation of operations) {
    const target = targetOf(operation);
    const name = operationFromTarget(target);
    if (target === undefined || name === undefined) continue;
    table[name] = async (input: Record<string, unknown>, ctx: OperationContext) => {
      const result = await engine.call({
        method: 'POST',
        target,
        headers: {
          ...ctx.headers,
          // The wire accepted the media type (or its absence); Prism knows only the spec's one.
          'content-type': AMZ_JSON_CONTENT_TYPE,
          // Prism validates a body only when content-length says there is one.
          'content-length': String(Buffer.byteLength(JSON.stringify(input))),
        },
        body: input,
        preference: parsePrefer(ctx.headers['prefer']),
      });
      if (result.kind === 'response' && result.responseViolations.length > 0)
        log?.(
          `prism front: the mocked ${target} response breaks the spec: ${result.responseViolations.join('; ')}`,
        );
      return outputOf(result);
    };
  }
  return table;
}
