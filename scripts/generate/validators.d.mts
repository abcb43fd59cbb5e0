// Types of scripts/generate/validators.mjs, for the tests that check the schema document with it.
import type { Ajv2020 } from 'ajv/dist/2020.js';

export declare function createAjv(
  schemaDocument: object,
  options?: { validateSchema?: boolean; standalone?: boolean },
): Ajv2020;
export declare function validatedSchemas(spec: object, side: 'request' | 'response'): string[];
export declare const REQUEST_VALIDATOR_DIR: string;
export declare const REQUESTS_AT_START: readonly string[];
export declare function emitRequestValidators(
  spec: object,
  schemaDocument: object,
): Record<string, string>;
export declare function emitResponseValidators(spec: object, schemaDocument: object): string;
