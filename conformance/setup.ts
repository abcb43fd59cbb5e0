import type { Capability, Fixtures, KeyRef, Reply } from './types.js';

type Send = (operation: string, body: unknown) => Promise<Reply>;

export interface SetupResult {
  fixtures: Fixtures;
  /** Why each missing capability is missing, for skip reasons. */
  missing: Partial<Record<Capability, string>>;
  /** Undo what the set-up made: delete aliases, schedule created keys for deletion. */
  teardown(): Promise<void>;
}

function keyOf(reply: Reply): KeyRef | undefined {
  const metadata = (reply.json as { KeyMetadata?: { KeyId?: unknown; Arn?: unknown } } | undefined)
    ?.KeyMetadata;
  if (
    reply.status !== 200 ||
    typeof metadata?.KeyId !== 'string' ||
    typeof metadata.Arn !== 'string'
  )
    return undefined;
  return { keyId: metadata.KeyId, arn: metadata.Arn };
}

function why(reply: Reply): string {
  return `HTTP ${reply.status} ${reply.errorType ?? ''} ${reply.errorMessage ?? ''}`.trim();
}

/**
 * Makes the keys the checks need: two symmetric keys, an alias, a disabled key, a key pending
 * deletion, an RSA, an HMAC and an ECC signing key, a multi-Region key. With given key ids it makes nothing and the
 * checks that need what it did not make are skipped with the reason.
 */
export async function setUp(
  send: Send,
  options: { keyIds: readonly string[]; runId: string },
): Promise<SetupResult> {
  const fixtures: Fixtures = {};
  const missing: Partial<Record<Capability, string>> = {};
  const created: KeyRef[] = [];
  const aliases: string[] = [];

  async function describe(keyId: string): Promise<KeyRef | undefined> {
    const reply = await send('DescribeKey', { KeyId: keyId });
    return keyOf(reply);
  }
  async function create(
    body: Record<string, unknown>,
    capability: Capability,
  ): Promise<KeyRef | undefined> {
    const reply = await send('CreateKey', {
      Description: `kms-contract conformance ${options.runId}`,
      ...body,
    });
    const key = keyOf(reply);
    if (key) created.push(key);
    else missing[capability] = `CreateKey ${JSON.stringify(body)} failed: ${why(reply)}`;
    return key;
  }
  async function step(capability: Capability, operation: string, body: unknown): Promise<boolean> {
    const reply = await send(operation, body);
    if (reply.status === 200) return true;
    missing[capability] = `${operation} failed: ${why(reply)}`;
    return false;
  }

  if (options.keyIds.length > 0) {
    const [first, second] = options.keyIds;
    if (first !== undefined) {
      const ref = await describe(first);
      if (ref) fixtures.symmetric = ref;
      else missing['symmetric-key'] = `DescribeKey ${first} failed`;
    }
    if (second !== undefined) {
      const ref = await describe(second);
      if (ref) fixtures.second = ref;
    }
    const given = 'not created: keys were given with --key-id';
    for (const c of [
      'alias',
      'disabled-key',
      'pending-deletion-key',
      'asymmetric-key',
      'hmac-key',
      'multi-region-key',
      'sign-key',
      'key-creation',
      'agreement-key',
    ] as const)
      missing[c] = given;
    if (!fixtures.second) missing['second-key'] = 'only one --key-id was given';
  } else {
    const symmetric = await create({}, 'symmetric-key');
    if (symmetric) fixtures.symmetric = symmetric;
    const second = await create({}, 'second-key');
    // A stateless endpoint (a schema-only mock) answers every CreateKey with the same example key:
    // a "second" key that is the first one cannot prove anything about another key.
    if (second && second.keyId === symmetric?.keyId)
      missing['second-key'] =
        `CreateKey returned the same key twice (${second.keyId}): the endpoint keeps no state`;
    else if (second) fixtures.second = second;
    if (symmetric) {
      const name = `alias/kms-contract-${options.runId}`;
      if (await step('alias', 'CreateAlias', { AliasName: name, TargetKeyId: symmetric.keyId })) {
        aliases.push(name);
        fixtures.alias = {
          name,
          arn: symmetric.arn.replace(/:key\/.*$/, `:${name}`),
          target: symmetric,
        };
      }
    } else missing.alias = 'no symmetric key to point an alias at';
    const disabled = await create({}, 'disabled-key');
    if (disabled && (await step('disabled-key', 'DisableKey', { KeyId: disabled.keyId })))
      fixtures.disabled = disabled;
    const pending = await create({}, 'pending-deletion-key');
    if (
      pending &&
      (await step('pending-deletion-key', 'ScheduleKeyDeletion', {
        KeyId: pending.keyId,
        PendingWindowInDays: 7,
      }))
    ) {
      fixtures.pendingDeletion = pending;
    }
    // Every key spec but SYMMETRIC_DEFAULT needs its KeyUsage named (evidence `recorded.hmac-key-usage`).
    const asymmetric = await create(
      { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' },
      'asymmetric-key',
    );
    if (asymmetric) fixtures.asymmetric = asymmetric;
    const hmac = await create({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }, 'hmac-key');
    if (hmac) fixtures.hmac = hmac;
    const multiRegion = await create({ MultiRegion: true }, 'multi-region-key');
    if (multiRegion) fixtures.multiRegion = multiRegion;
    const sign = await create({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }, 'sign-key');
    if (sign) fixtures.sign = sign;
    if (symmetric) fixtures.keyCreation = true;
    else missing['key-creation'] = 'CreateKey failed, so checks cannot make keys of their own';
    const agreement = await create(
      { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' },
      'agreement-key',
    );
    if (agreement) fixtures.agreement = agreement;
  }
  if (!fixtures.symmetric) missing['symmetric-key'] ??= 'no symmetric key could be made or found';

  return {
    fixtures,
    missing,
    async teardown() {
      for (const name of aliases) await send('DeleteAlias', { AliasName: name });
      for (const key of created) {
        if (key.keyId !== fixtures.pendingDeletion?.keyId)
          await send('ScheduleKeyDeletion', { KeyId: key.keyId, PendingWindowInDays: 7 });
      }
    },
  };
}

/** The capabilities a set-up provides. */
export function capabilitiesOf(fixtures: Fixtures): Set<Capability> {
  const have = new Set<Capability>();
  if (fixtures.symmetric) have.add('symmetric-key');
  if (fixtures.second) have.add('second-key');
  if (fixtures.alias) have.add('alias');
  if (fixtures.disabled) have.add('disabled-key');
  if (fixtures.pendingDeletion) have.add('pending-deletion-key');
  if (fixtures.asymmetric) have.add('asymmetric-key');
  if (fixtures.hmac) have.add('hmac-key');
  if (fixtures.multiRegion) have.add('multi-region-key');
  if (fixtures.sign) have.add('sign-key');
  if (fixtures.keyCreation) have.add('key-creation');
  if (fixtures.agreement) have.add('agreement-key');
  return have;
}
