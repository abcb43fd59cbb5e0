import { request, type Agent, type IncomingHttpHeaders } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/** How the body goes out. */
export type Delivery =
  | { readonly kind: 'whole' }
  /** In `chunks` pieces with a pause after each; chunked transfer unless `declareLength`. */
  | {
      readonly kind: 'slow';
      readonly chunks: number;
      readonly pauseMs: number;
      readonly declareLength: boolean;
    }
  /** Declares the full length, sends `sentBytes` of it, then destroys the socket. */
  | { readonly kind: 'abort'; readonly sentBytes: number };

export interface RawRequest {
  readonly method: string;
  readonly path: string;
  /** In order; a name may repeat (sent as separate header lines). */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
  readonly delivery: Delivery;
}

export type RawOutcome =
  | {
      readonly kind: 'reply';
      readonly status: number;
      readonly headers: IncomingHttpHeaders;
      readonly body: Buffer;
    }
  /** The connection failed before a whole reply arrived (`code` from node, or TIMEOUT). */
  | { readonly kind: 'error'; readonly code: string }
  /** We destroyed the socket mid-body on purpose. */
  | { readonly kind: 'aborted' };

function grouped(headers: RawRequest['headers']): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), value]);
  }
  return byName;
}

/**
 * Sends one request over node:http (fetch can neither repeat a header nor stop mid-body) and
 * resolves with what came back; never rejects. `timeoutMs` bounds the whole exchange.
 */
export function sendRaw(
  url: string,
  agent: Agent | false,
  raw: RawRequest,
  timeoutMs = 15_000,
): Promise<RawOutcome> {
  return new Promise<RawOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: RawOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const target = new URL(url);
    const req = request({
      host: target.hostname,
      port: target.port,
      method: raw.method,
      path: raw.path,
      agent,
    });
    const timer = setTimeout(() => {
      settle({ kind: 'error', code: 'TIMEOUT' });
      req.destroy();
    }, timeoutMs);
    for (const [name, values] of grouped(raw.headers)) {
      req.setHeader(name, values.length === 1 ? (values[0] ?? '') : values);
    }
    const { delivery, body } = raw;
    // Framing is ours: a declared length, unless a slow body goes out chunked.
    if (delivery.kind !== 'slow' || delivery.declareLength) {
      req.setHeader('content-length', body.length);
    }
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        settle({
          kind: 'reply',
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', (error: NodeJS.ErrnoException) =>
        settle({ kind: 'error', code: error.code ?? error.message }),
      );
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      settle(
        delivery.kind === 'abort' && req.destroyed
          ? { kind: 'aborted' }
          : { kind: 'error', code: error.code ?? error.message },
      ),
    );
    void write(req, raw).then((aborted) => {
      if (aborted) settle({ kind: 'aborted' });
    });
  });
}

/** Writes the body as `delivery` says; true when it aborted on purpose. */
async function write(req: ReturnType<typeof request>, raw: RawRequest): Promise<boolean> {
  const { delivery, body } = raw;
  if (delivery.kind === 'whole') {
    req.end(body);
    return false;
  }
  if (delivery.kind === 'abort') {
    req.flushHeaders();
    await new Promise<void>((resolve) =>
      req.write(body.subarray(0, delivery.sentBytes), () => resolve()),
    );
    await sleep(5);
    req.destroy();
    return true;
  }
  const size = Math.max(1, Math.ceil(body.length / delivery.chunks));
  for (let offset = 0; offset < body.length; offset += size) {
    if (req.destroyed) return false;
    req.write(body.subarray(offset, offset + size));
    await sleep(delivery.pauseMs);
  }
  req.end();
  return false;
}

export interface KmsReply {
  readonly status: number;
  /** The parsed JSON body; `{}` for an empty one. */
  readonly body: Record<string, unknown>;
}

/**
 * One well-formed AWS JSON 1.1 call. Resolves with the reply whatever its status, or with
 * undefined when no whole reply came back (connection refused or reset: unacknowledged).
 */
export async function callKms(
  url: string,
  agent: Agent | false,
  operation: string,
  input: Record<string, unknown>,
  timeoutMs = 15_000,
): Promise<KmsReply | undefined> {
  const outcome = await sendRaw(
    url,
    agent,
    {
      method: 'POST',
      path: '/',
      headers: [
        ['x-amz-target', `TrentService.${operation}`],
        ['content-type', 'application/x-amz-json-1.1'],
      ],
      body: Buffer.from(JSON.stringify(input)),
      delivery: { kind: 'whole' },
    },
    timeoutMs,
  );
  if (outcome.kind !== 'reply') return undefined;
  const text = outcome.body.toString('utf8');
  return {
    status: outcome.status,
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
  };
}

/** {@link callKms} for set-up steps that must succeed: throws unless the reply is a 200. */
export async function mustCall(
  url: string,
  agent: Agent | false,
  operation: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const reply = await callKms(url, agent, operation, input);
  if (reply?.status !== 200) {
    throw new Error(`${operation} ${JSON.stringify(input)} failed: ${JSON.stringify(reply)}`);
  }
  return reply.body;
}
