import { Ajv2020 } from 'ajv/dist/2020.js';
import { schemaDocument, schemaId } from '../../generated/schemas.js';
import { byteLengthKeywords } from './byte-length.js';

/**
 * One strict ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) holding every component schema
 * of the spec. `verbose` keeps the failing value and schema on each error, which the AWS-style
 * messages need.
 */
export function createAjv(options: { validateSchema?: boolean } = {}): Ajv2020 {
  // Checking the schemas against the 2020-12 meta-schema costs two thirds of the mock's validator
  // start-up; the generated schemas are checked once, in the tests (test/contract/validators.test.ts).
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    verbose: true,
    validateSchema: options.validateSchema ?? false,
  });
  for (const keyword of byteLengthKeywords) ajv.addKeyword(keyword);
  // Marks members AWS treats as secret: their values never appear in messages (kms-facts §11).
  ajv.addKeyword({ keyword: 'x-sensitive', schemaType: 'boolean' });
  ajv.addSchema(schemaDocument as object, schemaId);
  return ajv;
}

/** The ref ajv resolves for a component schema by name. */
export function schemaRef(name: string): string {
  return `${schemaId}#/$defs/${name}`;
}
