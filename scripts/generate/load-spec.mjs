import SwaggerParser from '@apidevtools/swagger-parser';

/**
 * Validates the spec against the OpenAPI 3.1 schema and returns it parsed, with its $refs intact.
 * swagger-parser's validate() dereferences in place, so it gets its own copy.
 */
export async function loadSpec(path) {
  const parsed = await SwaggerParser.parse(path);
  await SwaggerParser.validate(structuredClone(parsed));
  return parsed;
}
