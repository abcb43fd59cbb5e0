import { errorMessageFrom, errorTypeFrom, isKmsErrorName, kmsError } from '../errors/index.js';
import { decodeBlobs } from '../codec/index.js';
import { KmsResponseError } from './response-error.js';

/** Undefined when the text is not JSON; an empty body reads as `{}` (AWS SDKs read it so). */
function parseJson(text: string): unknown {
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The result of one reply: the decoded output (undefined for operations without one), or a thrown
 * error. Error replies become the error table's classes, named as AWS SDKs read them: `__type`,
 * then `code`, then the `x-amzn-ErrorType` header, with `message` or `Message` (evidence `wire.error-envelope`).
 * The status does not decide the class, so a 400 and a 500 of one name are the same error.
 */
export async function readReply(response: Response, hasOutput: boolean): Promise<unknown> {
  const { status } = response;
  const body = parseJson(await response.text());
  const fail = (problem: string, type?: string, cause?: unknown): never => {
    const requestId = response.headers.get('x-amzn-requestid') ?? undefined;
    throw new KmsResponseError(
      `KMS answered ${status} with ${problem}`,
      { status, type, requestId },
      { cause },
    );
  };
  if (!response.ok) {
    const type = errorTypeFrom({ body, headers: response.headers });
    if (isKmsErrorName(type)) throw kmsError(type, errorMessageFrom(body) ?? '');
    return fail(type === undefined ? 'an error without a name' : `an unknown error ${type}`, type);
  }
  if (body === undefined) return fail('a body that is not JSON');
  if (!hasOutput) return undefined;
  try {
    return decodeBlobs(body);
  } catch (error) {
    return fail((error as Error).message, undefined, error);
  }
}
