import { kmsError } from '../../errors/index.js';
import type { KeyRecord } from '../../keystore/index.js';
import { keyArn } from '../config.js';
import type { MockContext } from '../context.js';
import { assertEnabled } from '../key-rules.js';

/**
 * The checks every import operation makes first: the key's Origin must be EXTERNAL (recorded:
 * `TestKMS::test_get_parameters_for_import`, `<key ARN> origin is AWS_KMS which is not valid for
 * this operation.`), and its state one that takes material: Enabled, Disabled or PendingImport
 * (AWS KMS Developer Guide, "Key states of AWS KMS keys"); any other state is refused as
 * assertEnabled words it (`<key ARN> is pending deletion.`).
 */
export function assertImportable(
  ctx: MockContext,
  key: KeyRecord,
  states: readonly string[] = ['Enabled', 'Disabled', 'PendingImport'],
): void {
  if (key.origin !== 'EXTERNAL') {
    throw kmsError(
      'UnsupportedOperationException',
      `${keyArn(ctx.config, key.keyId)} origin is ${key.origin} which is not valid for this operation.`,
    );
  }
  if (!states.includes(key.keyState)) assertEnabled(ctx, key);
}
