import { operations } from '../../generated/operations.js';
import type { OperationInput, OperationName, OperationOutput } from '../contract/index.js';
// The request side alone: a mock page loads the response validators only when it needs them.
import { checkRequest } from '../contract/request-check.js';
import { webCryptoAesGcm, type AesGcmBackend } from '../crypto/index.js';
import { kmsError } from '../errors/index.js';
import { withoutNulls } from '../protocol/index.js';
import { createMemoryStore, type KeyStore } from '../keystore/index.js';
import { DEFAULT_CONFIG, type MockConfig } from './config.js';
import { createExclusive, type MockContext } from './context.js';
import { createDeletionSweeper } from './deletion-sweeper.js';
import { refuseUnknownGrantTokens } from './grant-tokens.js';
import { implementations } from './operations/index.js';

export interface KmsEngineOptions extends Partial<MockConfig> {
  /** Where keys live; an in-memory store by default. */
  store?: KeyStore;
  /** Seconds since the epoch. */
  now?: () => number;
  /**
   * The AES-256-GCM primitive, chosen by whoever builds the engine: WebCrypto by default (browsers,
   * MSW); `startMockServer` passes node:crypto's. Engines in one process never share the choice.
   */
  aesGcm?: AesGcmBackend;
}

declare const accepted: unique symbol;

/** A request body that passed the engine's contract gate ({@link KmsEngine.accept}) for `Op`. */
export type AcceptedInput<Op extends OperationName> = OperationInput<Op> & {
  readonly [accepted]: Op;
};

/** The mock KMS, transport-free: validated input in, output or a thrown KmsError out. */
export interface KmsEngine {
  readonly config: MockConfig;
  readonly store: KeyStore;
  /** Runs one operation on an already-parsed JSON body: {@link accept}, then {@link run}. */
  call<Op extends OperationName>(operation: Op, body: unknown): Promise<OperationOutput<Op>>;
  /**
   * The one contract gate every front door shares: members set to null dropped (Smithy reads them
   * as absent), then the body checked against the operation's input schema. Throws the KmsError a
   * refused request gets. A front door that acts between the gate and the operation (MSW's test
   * controls) calls this and {@link run} apart; everything else calls {@link call}.
   */
  accept<Op extends OperationName>(operation: Op, body: unknown): AcceptedInput<Op>;
  /** Runs one operation on a body {@link accept} let through. */
  run<Op extends OperationName>(
    operation: Op,
    input: AcceptedInput<Op>,
  ): Promise<OperationOutput<Op>>;
  /** Whether the contract has this operation (the wire layer answers UnknownOperationException otherwise). */
  has(operation: string): operation is OperationName;
}

/**
 * Creates the engine: every request is checked against the spec's schemas first (one source of
 * truth), then the operation applies the semantic rules JSON Schema cannot state.
 *
 * @example
 * const kms = createKmsEngine({ region: 'eu-west-1' });
 * const { KeyMetadata } = await kms.call('CreateKey', {});
 * const dataKey = await kms.call('GenerateDataKey', { KeyId: KeyMetadata.KeyId, KeySpec: 'AES_256' });
 */
export function createKmsEngine(options: KmsEngineOptions = {}): KmsEngine {
  const config: MockConfig = {
    region: options.region ?? DEFAULT_CONFIG.region,
    account: options.account ?? DEFAULT_CONFIG.account,
  };
  const store = options.store ?? createMemoryStore();
  const sweeper = createDeletionSweeper(store);
  const ctx: MockContext = {
    store,
    config,
    now: options.now ?? (() => Date.now() / 1000),
    exclusive: createExclusive(),
    deletions: sweeper,
    aesGcm: options.aesGcm ?? webCryptoAesGcm,
  };
  const accept = <Op extends OperationName>(operation: Op, body: unknown): AcceptedInput<Op> => {
    const input = withoutNulls(body);
    const check = checkRequest(operation, input);
    if (!check.ok) throw kmsError(check.rejection.type, check.rejection.message);
    // checkRequest validated it against the operation's input schema just above.
    return input as AcceptedInput<Op>;
  };
  const run = async <Op extends OperationName>(
    operation: Op,
    input: AcceptedInput<Op>,
  ): Promise<OperationOutput<Op>> => {
    const now = ctx.now();
    if (sweeper.due(now)) await ctx.exclusive(() => sweeper.sweep(now));
    refuseUnknownGrantTokens(operation, input);
    const impl = implementations[operation];
    return impl(ctx, input);
  };
  return {
    config,
    store,
    has: (operation: string): operation is OperationName => Object.hasOwn(operations, operation),
    accept,
    run,
    // async, so a refused body is a rejection as every other failure is, never a synchronous throw.
    call: async (operation, body) => run(operation, accept(operation, body)),
  };
}
