// Types of scripts/generate/validators.mjs, for the tests that check the schema document with it.
import type { Ajv2020 } from 'ajv/dist/2020.js';

export declare function createAjv(
  schemaDocument: object,
  options?: { validateSchema?: boolean; standalone?: boolean },
): Ajv2020;
export declare function validatedSchemas(spec: object): string[];
export declare function emitValidators(spec: object, schemaDocument: object): string;
