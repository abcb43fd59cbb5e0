/**
 * `kms-contract prism`: a schema-only KMS mock. Prism, used as a library, serves the responses and
 * examples of `spec/kms.openapi.yaml` and validates requests against it; a small node:http front
 * speaks AWS JSON 1.1 so the real AWS SDK can call it.
 *
 * @example
 * ```ts
 * import { KMSClient, GenerateDataKeyCommand } from '@aws-sdk/client-kms';
 * import { startPrismFront } from 'kms-contract/prism';
 *
 * const prism = await startPrismFront({ port: 4010 });
 * const kms = new KMSClient({
 *   region: 'us-east-1',
 *   endpoint: prism.url,
 *   credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
 * });
 * const { Plaintext } = await kms.send(new GenerateDataKeyCommand({ KeyId: 'alias/app', KeySpec: 'AES_256' }));
 * // Ask for a declared error with `Prefer: code=400, example=NotFoundException` (or just `example=...`).
 * await prism.close();
 * ```
 * @module
 */
export { startPrismFront } from './front.js';
export type { PrismFront, PrismFrontOptions } from './front.js';
export type { PrismLogLevel } from './logger.js';
export { parsePrefer } from './prefer.js';
export type { Preference } from './prefer.js';
