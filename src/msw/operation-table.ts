import { decodeBlobs, encodeBlobs, type KmsOutput } from '../codec/index.js';
import { operations, type OperationName } from '../../generated/operations.js';
import { isKmsError, kmsError, type KmsError } from '../errors/index.js';
import type { KmsEngine } from '../mock/index.js';
import type { OperationContext, OperationTable } from '../protocol/index.js';
import type { CallLog } from './call-log.js';
import type { Controls } from './controls.js';
import type { KmsReceivedInput, KmsResolver } from './types.js';

type WireOutput = Record<string, unknown> | undefined;

/** Thrown for a resolver output the contract refuses; the wire handler sends it as KMSInternalException. */
class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
}

async function runResolver<Op extends OperationName>(
  operation: Op,
  resolver: KmsResolver<Op>,
  input: KmsReceivedInput<Op>,
  ctx: OperationContext & { readonly region: string },
  next: () => Promise<WireOutput>,
): Promise<WireOutput> {
  const output = await resolver({
    operation,
    input,
    region: ctx.region,
    headers: ctx.headers,
    // The engine's output satisfies the contract, so its decoded form is KmsOutput<Op>.
    next: async () => decodeBlobs(await next()) as KmsOutput<Op>,
  });
  const wire = encodeBlobs(output) as WireOutput;
  // Loaded on first use: a page whose tests never answer an operation themselves skips the
  // response validators.
  const { checkResponse } = await import('../contract/response-check.js');
  const issues = checkResponse(operation, wire);
  if (issues.length > 0) {
    const list = issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
    throw new ContractViolation(
      `the resolver for ${operation} returned what the contract refuses: ${list}`,
    );
  }
  return wire;
}

/**
 * The operation table the wire handler dispatches on: per operation, the engine's contract gate,
 * then a planned failure, a test's resolver or the engine, and a record of the call. Requests the
 * contract refuses never reach an operation, so they are answered but not recorded.
 */
export function mockOperations(
  engine: () => Promise<KmsEngine>,
  controls: Controls,
  log: CallLog,
): OperationTable {
  const table: Record<string, OperationTable[string]> = {};
  for (const operation of Object.keys(operations) as OperationName[]) {
    table[operation] = async (raw, ctx) => {
      const kms = await engine();
      // The one contract gate: the engine's. The body it lets through is run as it is, unchecked again.
      const accepted = await kms.accept(operation, raw);
      // Accepted by the operation's input schema, so its decoded form is the operation's input.
      const input = decodeBlobs(accepted) as KmsReceivedInput<typeof operation>;
      const region = ctx.region ?? kms.config.region;
      const record = (result: { ok: true; output: WireOutput } | { ok: false; error: KmsError }) =>
        log.add({
          operation,
          input,
          region,
          headers: ctx.headers,
          requestId: ctx.requestId,
          // A sent output satisfies the contract, so its decoded form is the operation's KmsOutput.
          result: result.ok
            ? { ok: true, output: decodeBlobs(result.output) as KmsOutput<typeof operation> }
            : result,
        });
      try {
        const failure = controls.takeFailure(operation);
        if (failure) throw failure;
        const next = async () => (await kms.run(operation, accepted, region)) as WireOutput;
        const resolver = controls.takeOverride(operation);
        const output = resolver
          ? await runResolver(operation, resolver, input, { ...ctx, region }, next)
          : await next();
        record({ ok: true, output });
        return output;
      } catch (error) {
        record({
          ok: false,
          error: isKmsError(error) ? error : kmsError('KMSInternalException', '', { cause: error }),
        });
        throw error;
      }
    };
  }
  return table;
}
