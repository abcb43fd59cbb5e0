import type {
  AnySchemaObject,
  ErrorObject,
  FuncKeywordDefinition,
  SchemaValidateFunction,
} from 'ajv';

/**
 * The AWS model's blob limits count decoded bytes, not base64 characters (kms-facts §1, §6).
 * `x-minBytes` / `x-maxBytes` carry those limits in the spec; these ajv keywords enforce them.
 * A string that is not base64 is left to the `pattern` keyword, which reports it.
 */
export function decodedLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

function bound(keyword: 'x-minBytes' | 'x-maxBytes'): FuncKeywordDefinition {
  const min = keyword === 'x-minBytes';
  const validate: SchemaValidateFunction = (
    limit: number,
    data: string,
    parentSchema?: AnySchemaObject,
  ) => {
    const length = decodedLength(data);
    if (min ? length >= limit : length <= limit) return true;
    // verbose-style fields, so the AWS-form message can tell a blob (value hidden) from other members.
    const error: Partial<ErrorObject> = {
      keyword,
      params: { limit },
      data,
      message: `decoded length must be ${min ? '>=' : '<='} ${limit} bytes`,
    };
    if (parentSchema) error.parentSchema = parentSchema;
    validate.errors = [error];
    return false;
  };
  return { keyword, type: 'string', schemaType: 'number', errors: true, validate };
}

export const byteLengthKeywords: FuncKeywordDefinition[] = [
  bound('x-minBytes'),
  bound('x-maxBytes'),
];
