import {
  checkRequest,
  operations,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '../contract/index.js';
import { webCryptoAesGcm, type AesGcmBackend } from '../crypto/index.js';
import { kmsError } from '../errors/index.js';
import { withoutNulls } from '../protocol/index.js';
import { createMemoryStore, type KeyStore } from '../keystore/index.js';
import { DEFAULT_CONFIG, type MockConfig } from './config.js';
import { createExclusive, type MockContext } from './context.js';
import { createDeletionSweeper } from './deletion-sweeper.js';
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

/** The mock KMS, transport-free: validated input in, output or a thrown KmsError out. */
export interface KmsEngine {
  readonly config: MockConfig;
  readonly store: KeyStore;
  /** Runs one operation on an already-parsed JSON body. */
  call<Op extends OperationName>(operation: Op, body: unknown): Promise<OperationOutput<Op>>;
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
  return {
    config,
    store,
    has: (operation: string): operation is OperationName => Object.hasOwn(operations, operation),
    async call<Op extends OperationName>(
      operation: Op,
      body: unknown,
    ): Promise<OperationOutput<Op>> {
      body = withoutNulls(body);
      const check = checkRequest(operation, body);
      if (!check.ok) throw kmsError(check.rejection.type, check.rejection.message);
      const now = ctx.now();
      if (sweeper.due(now)) await ctx.exclusive(() => sweeper.sweep(now));
      const impl = implementations[operation];
      return impl(ctx, body as OperationInput<Op>);
    },
  };
}
