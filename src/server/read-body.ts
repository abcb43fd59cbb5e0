import type { IncomingMessage } from 'node:http';
import type { ByteBudget } from './limits.js';

export type BodyResult =
  | { readonly kind: 'complete'; readonly body: Uint8Array }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'over-budget' }
  | { readonly kind: 'aborted' };

/**
 * Reads a request body up to `limit` bytes. A declared `content-length` over the limit is refused
 * before reading a byte; a body that grows past it stops being read at once, so memory stays
 * bounded whatever the client sends. With a `budget` shared by every connection, each chunk is
 * taken from it as it arrives (`over-budget` when it does not fit, everything taken given back);
 * the caller gives back a complete body's bytes once it is done with them. A client that goes
 * away mid-upload gives `aborted`, never an exception.
 */
export function readBody(
  request: IncomingMessage,
  limit: number,
  budget?: ByteBudget,
): Promise<BodyResult> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too-large' });

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (result: BodyResult): void => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('close', onClose);
      if (result.kind !== 'complete') budget?.give(received);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      if (received + chunk.length > limit) {
        request.pause();
        finish({ kind: 'too-large' });
      } else if (budget !== undefined && !budget.take(chunk.length)) {
        request.pause();
        finish({ kind: 'over-budget' });
      } else {
        received += chunk.length;
        chunks.push(chunk);
      }
    };
    const onEnd = (): void => finish({ kind: 'complete', body: Buffer.concat(chunks, received) });
    const onClose = (): void => finish({ kind: 'aborted' });
    request.on('data', onData);
    request.on('end', onEnd);
    // 'close' before 'end' means the connection died mid-body ('error' always precedes it).
    request.on('close', onClose);
  });
}
