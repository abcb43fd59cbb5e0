import { MEDIA_TYPE } from '../src/codec/index.js';
import { checkRequest, operations, type OperationName } from '../src/contract/index.js';
import { signHeaders, type Credentials } from '../src/client/sign.js';
import { errorMessageFrom, errorTypeFrom } from '../src/errors/index.js';
import { redactBody, redactHeaders } from './redact.js';
import type { Exchange, Reply, SendOptions } from './types.js';

export interface TransportOptions {
  endpoint: string;
  region: string;
  credentials: Credentials;
  /** Most requests a whole run may send; past it a send throws BudgetExhausted. */
  budget: number;
  /** Per-request time limit. */
  timeoutMs: number;
  /** Largest reply body read; a larger one is an EndpointFault, and the rest is never read. */
  maxResponseBytes: number;
  /** Aborts every request in flight and refuses new ones (the run's --max-time). */
  runSignal?: AbortSignal;
}

/**
 * The endpoint answered with something the runner will not read: a redirect (never followed, so no
 * credential goes to another origin), a reply over the size cap, or a connection dropped or timed
 * out mid-request. A check that meets one fails; the set-up reads it as a failed call.
 */
export class EndpointFault extends Error {
  /** The operation whose request met it (set by whoever knows). */
  operation?: string;
  constructor(
    readonly kind: 'redirect' | 'too-large' | 'connection',
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'EndpointFault';
  }
}

/** The run's --max-time ran out: nothing more is sent. */
export class RunTimeLimit extends Error {
  constructor() {
    super('the run time limit (--max-time) was reached');
    this.name = 'RunTimeLimit';
  }
}

/** The root cause of a failed fetch, said once: `ECONNREFUSED`, `ENOTFOUND`, a TLS code, a timeout. */
export function causeOf(error: unknown): string {
  let e: unknown = error;
  const parts: string[] = [];
  for (let depth = 0; depth < 4 && e instanceof Error; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (e.name === 'TimeoutError') return 'timed out';
    parts.push(typeof code === 'string' ? `${code}: ${e.message}` : e.message);
    e = (e as { cause?: unknown }).cause;
  }
  return parts.at(-1) ?? String(error);
}

/** Reads at most `limit` bytes of a body; past it the stream is cancelled and null returned. */
async function readCapped(response: Response, limit: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export class BudgetExhausted extends Error {
  constructor(budget: number) {
    super(`request budget of ${budget} exhausted`);
    this.name = 'BudgetExhausted';
  }
}

/** A runner bug: the runner was about to send a request it meant to be valid but the spec refuses. */
export class InvalidProbe extends Error {
  constructor(operation: string, detail: string) {
    super(`the runner built an invalid ${operation} request: ${detail}`);
    this.name = 'InvalidProbe';
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends AWS JSON 1.1 requests to the endpoint exactly as an SDK would (POST /, X-Amz-Target,
 * x-amz-json-1.1, SigV4 with signing name `kms`), and lets probes bend each of those rules.
 * Counts every request against the budget; the caller records the exchanges.
 */
export function createTransport(options: TransportOptions) {
  let sent = 0;
  const url = new URL(options.endpoint);
  if (url.pathname === '') url.pathname = '/';

  async function send(
    operation: string,
    body: unknown,
    probe: SendOptions,
    record: (e: Exchange) => void,
  ): Promise<Reply> {
    if (probe.intendedValid !== false && Object.hasOwn(operations, operation)) {
      const check = checkRequest(operation as OperationName, body);
      if (!check.ok) throw new InvalidProbe(operation, check.rejection.message);
    }
    if (options.runSignal?.aborted) throw new RunTimeLimit();
    if (sent >= options.budget) throw new BudgetExhausted(options.budget);
    sent += 1;

    const text = probe.rawBody ?? JSON.stringify(body ?? {});
    let headers: Record<string, string> = {
      'content-type': MEDIA_TYPE,
      'x-amz-target': `TrentService.${operation}`,
    };
    for (const [name, value] of Object.entries(probe.headers ?? {})) {
      delete headers[name.toLowerCase()];
      if (value !== null) headers[name.toLowerCase()] = value;
    }
    if (probe.sign !== false) {
      const credentials = probe.credentials
        ? { ...options.credentials, ...probe.credentials }
        : options.credentials;
      headers = await signHeaders({
        url,
        headers,
        body: text,
        region: probe.region ?? options.region,
        credentials,
        ...(probe.signingDate ? { signingDate: probe.signingDate } : {}),
      });
    }
    const wireBody = probe.tamperAfterSigning ? `${text.slice(0, -1)} }` : text;
    const started = performance.now();
    const request = {
      method: 'POST',
      url: url.href,
      headers: redactHeaders(headers),
      body: redactBody(wireBody),
    };
    const fail = (fault: EndpointFault, headers: Record<string, string> = {}): never => {
      record({
        operation,
        request,
        response:
          fault.status !== undefined
            ? { status: fault.status, headers, body: `(not read: ${fault.message})` }
            : { error: fault.message },
        durationMs: performance.now() - started,
      });
      throw fault;
    };
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.runSignal ? AbortSignal.any([timeout, options.runSignal]) : timeout;
    let response: Response;
    try {
      // No redirect is followed: a 3xx is judged, and nothing signed goes to another origin.
      response = await fetch(url, {
        method: 'POST',
        headers,
        body: wireBody,
        signal,
        redirect: 'manual',
      });
    } catch (error) {
      if (options.runSignal?.aborted) throw new RunTimeLimit();
      return fail(new EndpointFault('connection', `no reply: ${causeOf(error)}`));
    }
    const replyHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      replyHeaders[name] = value;
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location') ?? '(no Location)';
      return fail(
        new EndpointFault(
          'redirect',
          `HTTP ${response.status} redirect to ${location.slice(0, 300)} (not followed)`,
          response.status,
        ),
        replyHeaders,
      );
    }
    let replyText: string | null;
    try {
      replyText = await readCapped(response, options.maxResponseBytes);
    } catch (error) {
      if (options.runSignal?.aborted) throw new RunTimeLimit();
      return fail(
        new EndpointFault('connection', `reply cut off: ${causeOf(error)}`, response.status),
        replyHeaders,
      );
    }
    if (replyText === null)
      return fail(
        new EndpointFault(
          'too-large',
          `reply larger than ${options.maxResponseBytes} bytes (--max-response-bytes)`,
          response.status,
        ),
        replyHeaders,
      );
    const json = parseJson(replyText);
    const reply: Reply = {
      operation,
      status: response.status,
      headers: replyHeaders,
      text: replyText,
      json,
      errorType:
        response.status >= 300 ? errorTypeFrom({ body: json, headers: replyHeaders }) : undefined,
      errorMessage: response.status >= 300 ? errorMessageFrom(json) : undefined,
    };
    record({
      operation,
      request,
      response: { status: reply.status, headers: replyHeaders, body: redactBody(replyText) },
      durationMs: performance.now() - started,
    });
    return reply;
  }

  return {
    send,
    get sent() {
      return sent;
    },
  };
}

export type Transport = ReturnType<typeof createTransport>;
