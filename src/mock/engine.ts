import { operations } from '../../generated/operations.js';
import type { OperationInput, OperationName, OperationOutput } from '../contract/index.js';
// The request side alone, each validator loaded on first use: a mock page loads the response
// validators only when it needs them, and the request validators of the operations it calls.
import { checkRequestOnFirstUse } from '../contract/request-gate.js';
import type { RequestCheck } from '../contract/request-verdict.js';
import { webCryptoAesGcm, type AesGcmBackend } from '../crypto/index.js';
import { kmsError } from '../errors/index.js';
import { withoutNulls } from '../protocol/index.js';
import {
  createRegionalMemoryStore,
  isRegionalKeyStore,
  isRegionName,
  type KeyStore,
  type RegionalKeyStore,
} from '../keystore/index.js';
import { DEFAULT_CONFIG, type MockConfig } from './config.js';
import { createExclusive, type MockContext } from './context.js';
import { createDeletionSweeper, type DeletionSweeper } from './deletion-sweeper.js';
import { refuseUnknownGrantTokens } from './grant-tokens.js';
import { createKeyUsageLog, isTrackedOperation, keysUsedBy, ledgerUsageLog } from './key-usage.js';
import { implementations } from './operations/index.js';

export interface KmsEngineOptions extends Partial<MockConfig> {
  /**
   * Where keys live: a {@link RegionalKeyStore} (every Region's keys, e.g. the data directory's
   * file store), or one {@link KeyStore} that becomes the default Region's (other Regions then
   * live in memory). In memory by default.
   */
  store?: KeyStore | RegionalKeyStore;
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

/**
 * The mock KMS, transport-free: validated input in, output or a thrown KmsError out. Keys are
 * regional, as in KMS: each request is served in one Region (the one it names, else
 * `config.region`), sees only that Region's keys and aliases, and gets ARNs naming it.
 */
export interface KmsEngine {
  /** The account, and the default Region of requests that name none. */
  readonly config: MockConfig;
  /** The default Region's keys and aliases. */
  readonly store: KeyStore;
  /** Every Region's keys and aliases. */
  readonly stores: RegionalKeyStore;
  /**
   * Runs one operation on an already-parsed JSON body: {@link accept}, then {@link run}, in
   * `region` (default `config.region`).
   */
  call<Op extends OperationName>(
    operation: Op,
    body: unknown,
    region?: string,
  ): Promise<OperationOutput<Op>>;
  /**
   * The one contract gate every front door shares: members set to null dropped (Smithy reads them
   * as absent), then the body checked against the operation's input schema. Rejects with the
   * KmsError a refused request gets. Asynchronous because an operation's validator loads the first
   * time one of its requests arrives. A front door that acts between the gate and the operation
   * (MSW's test controls) calls this and {@link run} apart; everything else calls {@link call}.
   */
  accept<Op extends OperationName>(operation: Op, body: unknown): Promise<AcceptedInput<Op>>;
  /**
   * Runs one operation on a body {@link accept} let through, in `region` (default
   * `config.region`). A value that is not a Region name is a programming error (a TypeError):
   * front doors check the region a request names before they pass it.
   */
  run<Op extends OperationName>(
    operation: Op,
    input: AcceptedInput<Op>,
    region?: string,
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
  checkRegion(config.region);
  const stores = regionalStore(options.store, config.region);
  const now = options.now ?? (() => Date.now() / 1000);
  // GetKeyLastUsage tracks from the engine's start, in every Region alike; with a store that
  // keeps the uses, from that store's first start.
  const ledger = stores.keyUses;
  const trackingSince = ledger ? ledger.trackingSince(now()) : now();
  const exclusive = createExclusive();
  const aesGcm = options.aesGcm ?? webCryptoAesGcm;
  const regions = new Map<string, { ctx: MockContext; sweeper: DeletionSweeper }>();
  /** One context per Region, made on first use: that Region's store, sweeper and ARNs. */
  const regional = (region: string) => {
    let found = regions.get(region);
    if (!found) {
      checkRegion(region);
      const store = stores.region(region);
      const sweeper = createDeletionSweeper(store, () => ctx);
      const ctx: MockContext = {
        store,
        config: { region, account: config.account },
        inRegion: (other) => regional(other).ctx,
        regions: () => stores.regions(),
        now,
        exclusive,
        deletions: sweeper,
        aesGcm,
        usage: ledger
          ? ledgerUsageLog(ledger, region, trackingSince)
          : createKeyUsageLog(trackingSince),
      };
      found = { ctx, sweeper };
      regions.set(region, found);
    }
    return found;
  };
  /** Whether every Region the store held at start has its context, so its sweeper runs. */
  let allOpen = false;
  /**
   * Sweeps every Region that has something due, not only the request's: a deletion or rotation in
   * one Region changes multi-Region keys in others (deletion-sweeper.ts), so each request sees
   * every Region as it is now. A sweep may make another Region due at once; it is swept too.
   */
  const anyDue = (time: number) => {
    for (const { sweeper } of regions.values()) if (sweeper.due(time)) return true;
    return false;
  };
  const sweepDue = async (time: number) => {
    if (!allOpen) {
      for (const name of await stores.regions()) regional(name);
      allOpen = true;
    }
    for (let pass = 0, swept = true; swept && pass < 3; pass++) {
      swept = false;
      for (const { ctx, sweeper } of regions.values()) {
        if (!sweeper.due(time)) continue;
        swept = true;
        await ctx.exclusive(() => sweeper.sweep(time));
      }
    }
  };
  /** The gate's verdict: synchronous once the operation's validator is loaded, as the hot path's are. */
  const admit = <Op extends OperationName>(
    input: unknown,
    check: RequestCheck,
  ): AcceptedInput<Op> => {
    if (!check.ok) throw kmsError(check.rejection.type, check.rejection.message);
    // The check validated it against the operation's input schema.
    return input as AcceptedInput<Op>;
  };
  const gate = <Op extends OperationName>(
    operation: Op,
    body: unknown,
  ): AcceptedInput<Op> | Promise<AcceptedInput<Op>> => {
    const input = withoutNulls(body);
    const check = checkRequestOnFirstUse(operation, input);
    return check instanceof Promise
      ? check.then((loaded) => admit<Op>(input, loaded))
      : admit<Op>(input, check);
  };
  const run = async <Op extends OperationName>(
    operation: Op,
    input: AcceptedInput<Op>,
    region: string = config.region,
  ): Promise<OperationOutput<Op>> => {
    const { ctx } = regional(region);
    const time = ctx.now();
    if (!allOpen || anyDue(time)) await sweepDue(time);
    await refuseUnknownGrantTokens(ctx, operation, input);
    const impl = implementations[operation];
    const output = await impl(ctx, input);
    // A successful cryptographic operation is the key's last use (GetKeyLastUsage).
    if (isTrackedOperation(operation)) {
      for (const keyId of keysUsedBy(output)) ctx.usage.record(keyId, { operation, at: time });
    }
    return output;
  };
  return {
    config,
    store: stores.region(config.region),
    stores,
    has: (operation: string): operation is OperationName => Object.hasOwn(operations, operation),
    // async, so a refused body is a rejection as every other failure is, never a synchronous throw.
    accept: async (operation, body) => gate(operation, body),
    run,
    call: async (operation, body, region) => {
      const accepted = gate(operation, body);
      // Awaited only while the operation's validator loads: once loaded, the check is synchronous.
      return run(operation, accepted instanceof Promise ? await accepted : accepted, region);
    },
  };
}

/** A Region an engine is given must be a Region name: a front door checks what a request names. */
function checkRegion(region: string): void {
  if (!isRegionName(region)) throw new TypeError(`not a region name: ${region}`);
}

/** The store option as every Region's store: a single store becomes the default Region's. */
function regionalStore(
  store: KeyStore | RegionalKeyStore | undefined,
  defaultRegion: string,
): RegionalKeyStore {
  if (store === undefined) return createRegionalMemoryStore();
  if (isRegionalKeyStore(store)) return store;
  return createRegionalMemoryStore({ [defaultRegion]: store });
}
