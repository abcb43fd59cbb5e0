import { errorMessageFrom, errorTypeFrom, kmsError, type KmsErrorName } from '../errors/index.js';
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
    // Any named error becomes the class of that name, as the AWS SDK names an error by its code;
    // a name the contract lacks is typed as a contract name it is not (the client carries no
    // table of names: that keeps its bundle small).
    if (type !== undefined) throw kmsError(type as KmsErrorName, errorMessageFrom(body) ?? '');
    return fail('an error without a name');
  }
  if (body === undefined) return fail('a body that is not JSON');
  if (!hasOutput) return undefined;
  try {
    return decodeBlobs(body);
  } catch (error) {
    return fail((error as Error).message, undefined, error);
  }
}
