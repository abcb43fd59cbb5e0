/**
 * `kms-contract prism`: a schema-only KMS mock. Prism, used as a library, answers each operation
 * from `spec/kms.openapi.yaml` (its examples, or bodies generated from its schemas) and validates
 * requests against it, behind the same wire handler and node:http adapter as `kms-contract serve`,
 * so the real AWS SDK can call it. This module is the one entry of the Prism front: everything
 * that imports Prism is behind it, loaded only by the `prism` command. It is not a package export.
 *
 * @example
 * ```ts
 * // Started with `npx kms-contract prism --port 4010` (the command calls startPrismFront).
 * import { KMSClient, GenerateDataKeyCommand } from '@aws-sdk/client-kms';
 *
 * const kms = new KMSClient({
 *   region: 'us-east-1',
 *   endpoint: 'http://127.0.0.1:4010',
 *   credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
 * });
 * const { Plaintext } = await kms.send(new GenerateDataKeyCommand({ KeyId: 'alias/app', KeySpec: 'AES_256' }));
 * // Ask for a declared error with `Prefer: code=400, example=NotFoundException` (or just `example=...`).
 * ```
 * @module
 */
export { startPrismFront } from './front.js';
export type { PrismFront, PrismFrontOptions } from './front.js';
export type { PrismLogLevel } from './logger.js';
export { parsePrefer } from './prefer.js';
export type { Preference } from './prefer.js';
