import type { Credentials } from '../../src/client/sign.js';
import { credentialsFrom, DEFAULT_BUDGET, DEFAULT_SEED } from '../defaults.js';

/**
 * What the vitest entry reads from the environment; the names mirror `kms-contract conform`'s
 * flags (docs/emulators.md, "From vitest").
 */
export interface VitestSettings {
  /** `KMS_ENDPOINT`; absent: the embedded mock on a free port. */
  endpoint: string | undefined;
  /** `KMS_REGION`, else `AWS_REGION`, `AWS_DEFAULT_REGION`, `us-east-1`. */
  region: string;
  /** `KMS_KEY_ID`: comma-separated keys to use instead of creating them. */
  keyIds: string[];
  /** `KMS_CHECKS`: the `--checks` pattern (`crypto.*,!crypto.re-encrypt*`). */
  pattern: string | undefined;
  /** `KMS_AUTH_ENFORCED=1`: the endpoint verifies SigV4, so the auth probes are required. */
  authEnforced: boolean;
  /** `KMS_SEED`, default the CLI's. */
  seed: number;
  /** `KMS_BUDGET`: most requests the run may send. */
  budget: number;
  /** `KMS_STRICT=1`: a failed recommended check fails its test instead of being skipped with the finding. */
  strict: boolean;
  /** `KMS_BASELINE`: the `--baseline` file; its known failures are skipped with the finding. */
  baselinePath: string | undefined;
  credentials: Credentials;
}

const truthy = (value: string | undefined) =>
  value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}

/** Reads the settings; a malformed value throws, so a typo is never a silently different run. */
export function readSettings(
  env: Record<string, string | undefined> = process.env,
): VitestSettings {
  const endpoint = env['KMS_ENDPOINT']?.trim() || undefined;
  if (endpoint !== undefined) {
    try {
      new URL(endpoint);
    } catch {
      throw new Error(`KMS_ENDPOINT is not a URL: ${endpoint}`);
    }
  }
  return {
    endpoint,
    region: env['KMS_REGION'] || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || 'us-east-1',
    keyIds: (env['KMS_KEY_ID'] ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    pattern: env['KMS_CHECKS']?.trim() || undefined,
    authEnforced: truthy(env['KMS_AUTH_ENFORCED']),
    seed: integer('KMS_SEED', env['KMS_SEED'], DEFAULT_SEED),
    budget: integer('KMS_BUDGET', env['KMS_BUDGET'], DEFAULT_BUDGET),
    strict: truthy(env['KMS_STRICT']),
    baselinePath: env['KMS_BASELINE']?.trim() || undefined,
    credentials: credentialsFrom(env),
  };
}
