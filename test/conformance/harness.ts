import { allChecks } from '../../conformance/checks/index.js';
import { scopeRegionOf } from '../../src/auth/scope-region.js';
import { runConformance, type Summary } from '../../conformance/runner.js';
import type { Outcome } from '../../conformance/types.js';
import { createKmsEngine, type KmsEngine } from '../../src/mock/index.js';
import { wireOperations } from '../../src/mock/wire-operations.js';
import {
  createWireHandler,
  type WireRequest,
  type WireResponse,
} from '../../src/protocol/index.js';
import { startServer } from '../../src/server/index.js';

export type Next = (request: WireRequest) => Promise<WireResponse>;

/**
 * How a deliberately broken target differs from the mock: it sees each request and the honest
 * mock's handler, and answers what it likes. `engine` is the honest engine behind it.
 */
export type Mutation = (
  request: WireRequest,
  next: Next,
  engine: KmsEngine,
) => Promise<WireResponse>;

export interface Target {
  url: string;
  engine: KmsEngine;
  close(): Promise<void>;
}

/** The built-in mock on 127.0.0.1:0, optionally broken by a mutation. */
export async function startTarget(mutation?: Mutation, region = 'us-east-1'): Promise<Target> {
  const engine = createKmsEngine({ region });
  const honest = createWireHandler({
    operations: wireOperations(engine),
    // Each request in its credential scope's region, as `serve` serves it.
    regionOf: scopeRegionOf,
    logger: { error: () => undefined },
  });
  const handler = mutation ? (request: WireRequest) => mutation(request, honest, engine) : honest;
  const server = await startServer({ handler });
  return { url: server.url, engine, close: () => server.close() };
}

export const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' };

/** Runs the checks matching `pattern` against a URL, with no reporters. */
export function runChecks(
  url: string,
  pattern: string,
  extra: { authEnforced?: boolean; keyIds?: string[]; baseline?: ReadonlySet<string> } = {},
): Promise<Summary> {
  return runConformance({
    endpoint: url,
    region: 'us-east-1',
    credentials,
    checks: allChecks,
    pattern,
    seed: 7,
    ...extra,
  });
}

/**
 * What a run says of the endpoint: how many checks ran, the ids that failed (sorted), and every
 * outcome that is not a verdict (an error or a skip), which the proofs expect to be none.
 */
export function verdictsOf(summary: Summary): {
  ran: number;
  failed: string[];
  notVerdicts: { id: string; outcome: Outcome }[];
} {
  return {
    ran: summary.results.length,
    failed: summary.results
      .filter((r) => r.outcome.status === 'fail')
      .map((r) => r.check.id)
      .sort(),
    notVerdicts: summary.results
      .filter((r) => r.outcome.status === 'error' || r.outcome.status === 'skip')
      .map((r) => ({ id: r.check.id, outcome: r.outcome })),
  };
}

/** The outcome of one check, by id. */
export async function outcomeOf(
  url: string,
  id: string,
  extra: { authEnforced?: boolean; keyIds?: string[] } = {},
): Promise<Outcome> {
  const summary = await runChecks(url, id, extra);
  const result = summary.results.find((r) => r.check.id === id);
  if (!result) throw new Error(`no check ${id}`);
  return result.outcome;
}

/** The JSON body of a reply, for mutations that rewrite it. */
export function bodyOf(response: WireResponse): Record<string, unknown> {
  return response.body === '' ? {} : (JSON.parse(response.body) as Record<string, unknown>);
}

/** A reply with a new JSON body, other fields kept. */
export function withBody(response: WireResponse, body: unknown): WireResponse {
  return { ...response, body: JSON.stringify(body) };
}

/** The operation a request names (`GenerateDataKey`), or undefined. */
export function operationOf(request: WireRequest): string | undefined {
  return request.headers['x-amz-target']?.replace(/^TrentService\./, '');
}

/** The request's JSON body, parsed. */
export function requestBodyOf(request: WireRequest): Record<string, unknown> {
  const text = new TextDecoder().decode(request.body);
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

/** The request with a new JSON body. */
export function withRequestBody(request: WireRequest, body: unknown): WireRequest {
  return { ...request, body: new TextEncoder().encode(JSON.stringify(body)) };
}
