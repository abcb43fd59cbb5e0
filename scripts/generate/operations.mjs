import { TS_HEADER } from './header.mjs';
import { mediaTypeOf, PATH_PREFIX } from './wire.mjs';

function refName(ref) {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** Reads one operation's table row from its path item: target, input and output schemas, errors by status. */
function operationRow(media, path, item) {
  const op = item.post;
  const target = path.slice(PATH_PREFIX.length);
  const input = refName(op.requestBody.content[media].schema.$ref);
  const ok = op.responses['200'].content?.[media]?.schema?.$ref;
  const errors = {};
  for (const [status, response] of Object.entries(op.responses)) {
    if (status === '200') continue;
    for (const name of Object.keys(response.content?.[media]?.examples ?? {}))
      errors[name] = Number(status);
  }
  return { name: op.operationId, target, input, output: ok ? refName(ok) : null, errors };
}

/**
 * The operation table (X-Amz-Target, schemas, errors per operation) and the status of every error,
 * both read from the spec's paths and their named error examples.
 */
export function emitOperations(spec) {
  const media = mediaTypeOf(spec);
  const rows = Object.entries(spec.paths).map(([path, item]) => operationRow(media, path, item));
  const status = {};
  for (const row of rows) {
    for (const [name, code] of Object.entries(row.errors)) {
      if (status[name] !== undefined && status[name] !== code)
        throw new Error(`${name} has status ${status[name]} and ${code}`);
      status[name] = code;
    }
  }
  const table = Object.fromEntries(
    rows.map((r) => [
      r.name,
      { target: r.target, input: r.input, output: r.output, errors: Object.keys(r.errors) },
    ]),
  );
  const shapes = rows
    .map(
      (r) =>
        `  ${r.name}: {\n    input: components['schemas']['${r.input}'];\n    output: ${r.output ? `components['schemas']['${r.output}']` : 'undefined'};\n  };`,
    )
    .join('\n');
  const sortedStatus = Object.fromEntries(
    Object.entries(status).sort(([a], [b]) => a.localeCompare(b)),
  );
  return `${TS_HEADER}import type { components } from './types.js';

/** Every operation of the contract: its X-Amz-Target, request and response schema names, and the errors it declares. */
export const operations = ${JSON.stringify(table, null, 2)} as const;

export type OperationName = keyof typeof operations;

/**
 * Whether each operation's reply has a body (\`output\` above is not null): the one fact of the
 * table a client needs, apart so a bundle can carry it without the rest.
 */
export const hasOutput = ${JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, r.output !== null])), null, 2)} as const;

/** The HTTP status the contract gives each error name (400 client error, 500 server fault). */
export const errorStatus = ${JSON.stringify(sortedStatus, null, 2)} as const;

export type ContractErrorName = keyof typeof errorStatus;

/** Request and response body types per operation (\`output: undefined\` when the reply body is empty). */
export interface OperationShapes {
${shapes}
}

export type OperationInput<Op extends OperationName> = OperationShapes[Op]['input'];
export type OperationOutput<Op extends OperationName> = OperationShapes[Op]['output'];
`;
}
