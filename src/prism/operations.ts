import { readFile } from 'node:fs/promises';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';

/** Prism's view of one OpenAPI operation (`IHttpOperation`), named here without importing its types package. */
export type PrismOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

type Schema = { $schema?: string | undefined };

const OAS_31_DIALECT = 'https://spec.openapis.org/oas/3.1/dialect/base';
const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** The wire target an operation answers, from its `/#X-Amz-Target=<target>` path. */
export function targetOf(operation: PrismOperation): string | undefined {
  const match = /^\/#X-Amz-Target=(.+)$/.exec(operation.path);
  return match?.[1];
}

/**
 * Prism 5.12 stamps every schema of an OAS 3.1 document with `$schema: <OAS 3.1 dialect>`, which
 * its ajv instances cannot resolve. Compiling then throws, Prism swallows the error
 * (validator/validators/utils.js, `O.tryCatch`) and the body goes through unvalidated: a
 * `NumberOfBytes: 5000` gets a 200. Parameters are unaffected because Prism wraps them in a schema
 * without `$schema`. The OAS 3.1 dialect is JSON Schema 2020-12 plus annotations, so pointing the
 * top-level body schemas at 2020-12 makes Prism pick its 2020 ajv and validate them.
 */
function useDraft2020(schema: Schema | undefined): void {
  if (schema?.$schema === OAS_31_DIALECT) schema.$schema = DRAFT_2020_12;
}

function fixDialect(operation: PrismOperation): void {
  for (const content of operation.request?.body?.contents ?? []) useDraft2020(content.schema);
  for (const response of operation.responses) {
    for (const content of response.contents ?? []) useDraft2020(content.schema);
  }
}

/** Loads the bundled JSON spec and turns it into Prism operations whose bodies Prism validates. */
export async function loadOperations(specPath: string): Promise<PrismOperation[]> {
  const document: unknown = JSON.parse(await readFile(specPath, 'utf8'));
  if (typeof document !== 'object' || document === null)
    throw new Error(`${specPath} is not a JSON object`);
  const operations = await getHttpOperationsFromSpec(document);
  operations.forEach(fixDialect);
  return operations;
}

/** The status whose response declares an example named `key` (for `Prefer: example=` without `code=`). */
export function statusOfExample(operation: PrismOperation, key: string): number | undefined {
  const response = operation.responses.find((r) =>
    (r.contents ?? []).some((c) => (c.examples ?? []).some((e) => e.key === key)),
  );
  return response === undefined ? undefined : Number(response.code);
}
