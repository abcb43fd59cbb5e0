import type { Credentials } from '../src/client/sign.js';

/** The runner's defaults, one place for the CLI, the vitest entry and the runner (embedded.ts re-exports them). */
export const DEFAULT_SEED = 20261129;
export const DEFAULT_BUDGET = 5000;
/** Per-request time limit (`--timeout`). */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Largest reply the runner reads (`--max-response-bytes`); a larger one fails its check. */
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

/** Emulators accept any signature, so a fixed fake pair stands in when none is configured. */
export const FAKE_CREDENTIALS: Credentials = {
  accessKeyId: 'AKIDKMSCONTRACT',
  secretAccessKey: 'kms-contract-not-a-secret',
};

/** Credentials from the usual AWS variables, else the fake pair. */
export function credentialsFrom(env: Record<string, string | undefined>): Credentials {
  const {
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_SESSION_TOKEN: sessionToken,
  } = env;
  return accessKeyId && secretAccessKey
    ? { accessKeyId, secretAccessKey, sessionToken }
    : FAKE_CREDENTIALS;
}
