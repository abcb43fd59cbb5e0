import { errorMessageFrom, errorTypeFrom, isKmsErrorName, kmsError } from '../errors/index.js';
import { decodeBlobs } from './blobs.js';
import { KmsResponseError } from './response-error.js';

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * The result of one reply: the decoded output (undefined for operations without one), or a thrown
 * error. Error replies become the error table's classes, named as AWS SDKs read them: `__type`,
 * then `code`, then the `x-amzn-ErrorType` header, with `message` or `Message` (kms-facts §2).
 * The status does not decide the class, so a 400 and a 500 of one name are the same error.
 */
export async function readReply(response: Response, hasOutput: boolean): Promise<unknown> {
  const requestId = response.headers.get('x-amzn-requestid') ?? undefined;
  const text = await response.text();
  const parsed = text === '' ? { ok: true as const, value: {} } : parseJson(text);
  if (!response.ok) {
    const body = parsed.ok ? parsed.value : undefined;
    const type = errorTypeFrom({ body, headers: response.headers });
    if (isKmsErrorName(type)) throw kmsError(type, errorMessageFrom(body) ?? '');
    const what = type === undefined ? 'an error without a name' : `an unknown error ${type}`;
    throw new KmsResponseError(`KMS answered ${response.status} with ${what}`, { status: response.status, type, requestId });
  }
  if (!parsed.ok) throw new KmsResponseError(`KMS answered ${response.status} with a body that is not JSON`, { status: response.status, requestId });
  if (!hasOutput) return undefined;
  try {
    return decodeBlobs(parsed.value);
  } catch (error) {
    throw new KmsResponseError(`KMS answered with ${(error as Error).message}`, { status: response.status, requestId }, { cause: error });
  }
}
