import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { readonly kind: 'complete'; readonly body: Uint8Array }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'aborted' };

/**
 * Reads a request body up to `limit` bytes. A declared `content-length` over the limit is refused
 * before reading a byte; a body that grows past it stops being read at once, so memory stays
 * bounded whatever the client sends. A client that goes away mid-upload gives `aborted`, never
 * an exception.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too-large' });

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (result: BodyResult): void => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limit) {
        request.pause();
        finish({ kind: 'too-large' });
      } else {
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
