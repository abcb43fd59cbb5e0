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
    if (sent >= options.budget) throw new BudgetExhausted(options.budget);
    sent += 1;

    const text = probe.rawBody ?? JSON.stringify(body ?? {});
    let headers: Record<string, string> = {
      'content-type': 'application/x-amz-json-1.1',
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
        region: options.region,
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
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: wireBody,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      const replyText = await response.text();
      const replyHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        replyHeaders[name] = value;
      });
      const json = parseJson(replyText);
      const reply: Reply = {
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
    } catch (error) {
      record({
        operation,
        request,
        response: { error: String(error) },
        durationMs: performance.now() - started,
      });
      throw error;
    }
  }

  return {
    send,
    get sent() {
      return sent;
    },
  };
}

export type Transport = ReturnType<typeof createTransport>;
