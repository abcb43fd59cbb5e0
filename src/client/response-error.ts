/**
 * A reply this client cannot turn into a result or into an error class: an error reply that names
 * no error, a body that is not JSON, a blob that is not base64. A named error is thrown as the
 * class of its name (`NotFoundException`, ...) instead.
 *
 * @example
 * try { await kms.decrypt({ CiphertextBlob }); }
 * catch (error) { if (error instanceof KmsResponseError) console.log(error.status, error.type); }
 */
export class KmsResponseError extends Error {
  override readonly name = 'KmsResponseError';
  /** The HTTP status of the reply. */
  readonly status: number;
  /** The error name the reply carried, when it carried one. */
  readonly type: string | undefined;
  /** `x-amzn-RequestId` of the reply, when present. */
  readonly requestId: string | undefined;

  constructor(
    message: string,
    reply: { status: number; type?: string | undefined; requestId?: string | undefined },
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.status = reply.status;
    this.type = reply.type;
    this.requestId = reply.requestId;
  }
}
