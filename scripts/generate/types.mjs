import openapiTS, { astToString } from 'openapi-typescript';
import { TS_HEADER } from './header.mjs';

/** TypeScript types for paths, operations and component schemas, by openapi-typescript. */
export async function emitTypes(spec) {
  const ast = await openapiTS(structuredClone(spec), { alphabetize: false, exportType: false });
  return TS_HEADER + astToString(ast);
}
