import { createClientFromOperations } from '@stoplight/prism-http/dist/client.js';
import { AMZ_JSON_CONTENT_TYPE } from '../protocol/index.js';
import type { PrismOperation } from './operations.js';
import { statusOfExample, targetOf } from './operations.js';
import type { Preference } from './prefer.js';

type ClientConfig = Parameters<typeof createClientFromOperations>[1];
type PrismClient = ReturnType<typeof createClientFromOperations>;
type HttpMethod = Parameters<PrismClient['request']>[1]['method'];

const METHODS: readonly string[] = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];
// @stoplight/types DiagnosticSeverity.Error; that package is only a transitive dependency.
const SEVERITY_ERROR = 0;

/** One AWS JSON 1.1 request, already parsed by the front. */
export interface PrismCall {
  method: string;
  target: string;
  headers: Record<string, string>;
  body: unknown;
  preference: Preference;
}

/** What Prism made of a call: a mocked response, or one of Prism's own problems. */
export type PrismResult =
  | {
      kind: 'response';
      status: number;
      headers: Record<string, string>;
      body: unknown;
      /** Request violations with severity error; Prism still answers (with the spec's 400) when there are some. */
      requestViolations: string[];
      responseViolations: string[];
    }
  | {
      kind: 'problem';
      /** The Prism error type after `#`, e.g. `NO_PATH_MATCHED_ERROR`, `UNAUTHORIZED`, `NOT_FOUND`; `UNKNOWN` for a plain throw. */
      type: string;
      detail: string;
      violations: string[];
    };

export interface PrismEngine {
  call(request: PrismCall): Promise<PrismResult>;
}

function messages(
  list: ReadonlyArray<{ message?: unknown; severity?: unknown }>,
  onlyErrors: boolean,
): string[] {
  return list
    .filter((d) => !onlyErrors || d.severity === SEVERITY_ERROR)
    .map((d) => String(d.message));
}

/** Prism rejects with a ProblemJsonError (`name` is `https://stoplight.io/prism/errors#TYPE`) or, in a few paths, a plain Error. */
function toProblem(error: unknown): PrismResult {
  const e = error instanceof Error ? error : new Error(String(error));
  const type = /#([A-Z_]+)/.exec(e.name)?.[1] ?? /#([A-Z_]+)/.exec(e.message)?.[1] ?? 'UNKNOWN';
  const detail =
    'detail' in e && typeof e.detail === 'string' && e.detail !== '' ? e.detail : e.message;
  const additional = 'additional' in e ? e.additional : undefined;
  const validation =
    typeof additional === 'object' &&
    additional !== null &&
    'validation' in additional &&
    Array.isArray(additional.validation)
      ? messages(additional.validation as Array<{ message?: unknown }>, false)
      : [];
  return { kind: 'problem', type, detail, violations: validation };
}

/** Prism's mock config for one call. A fresh object each time: Prism writes `mediaTypes` into it. */
function mockConfig(
  operation: PrismOperation | undefined,
  preference: Preference,
  dynamic: boolean,
): Partial<ClientConfig> {
  const code =
    preference.code ??
    (preference.example !== undefined && operation
      ? statusOfExample(operation, preference.example)
      : undefined);
  return {
    mock: {
      dynamic: preference.dynamic ?? dynamic,
      // AWS ignores Accept; a fixed media type also keeps an Accept header from making Prism answer 406.
      mediaTypes: [AMZ_JSON_CONTENT_TYPE],
      ...(code !== undefined ? { code } : {}),
      ...(preference.example !== undefined ? { exampleKey: preference.example } : {}),
    },
  };
}

/**
 * Prism used as a library (`createClientFromOperations`, the core of the Prism CLI): it routes on
 * the path only, so the target is put back into the `/#X-Amz-Target=<target>` path that the spec
 * declares, with `#` sent as `%23` (Prism's matchPath decodes it; a raw `#` would be cut off as a
 * fragment).
 */
export function createPrismEngine(
  operations: PrismOperation[],
  options: { dynamic: boolean; logger: ClientConfig['logger'] },
): PrismEngine {
  const client = createClientFromOperations(operations, {
    mock: { dynamic: options.dynamic },
    checkSecurity: true,
    validateRequest: true,
    validateResponse: true,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false,
    logger: options.logger,
  });
  const byTarget = new Map(operations.map((op) => [targetOf(op), op]));

  return {
    async call({ method, target, headers, body, preference }) {
      const lower = method.toLowerCase();
      if (!METHODS.includes(lower))
        return {
          kind: 'problem',
          type: 'NO_METHOD_MATCHED_ERROR',
          detail: `method ${method}`,
          violations: [],
        };
      const config = mockConfig(byTarget.get(target), preference, options.dynamic);
      try {
        const output = await client.request(
          `/%23X-Amz-Target=${encodeURIComponent(target)}`,
          { method: lower as HttpMethod, headers, body },
          config,
        );
        return {
          kind: 'response',
          status: output.status,
          headers: output.headers ?? {},
          body: output.data,
          requestViolations: messages(output.violations.input, true),
          responseViolations: messages(output.violations.output, true),
        };
      } catch (error) {
        return toProblem(error);
      }
    },
  };
}
