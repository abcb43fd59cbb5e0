import type { KeywordDefinition } from 'ajv';

/**
 * The AWS model's blob limits count decoded bytes, not base64 characters (kms-facts §1, §6).
 * `x-minBytes` / `x-maxBytes` carry those limits in the spec; these ajv keywords enforce them.
 * A string that is not base64 is left to the `pattern` keyword, which reports it.
 */
export function decodedLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

function bound(keyword: 'x-minBytes' | 'x-maxBytes'): KeywordDefinition {
  const fits = keyword === 'x-minBytes' ? (n: number, limit: number) => n >= limit : (n: number, limit: number) => n <= limit;
  return {
    keyword,
    type: 'string',
    schemaType: 'number',
    errors: true,
    validate: function check(limit: number, data: string, parentSchema?: unknown) {
      if (fits(decodedLength(data), limit)) return true;
      check.errors = [{ keyword, params: { limit }, data, parentSchema, message: `decoded length must be ${keyword === 'x-minBytes' ? '>=' : '<='} ${limit} bytes` }];
      return false;
    } as KeywordDefinition['validate'] & { errors?: unknown[] },
  };
}

export const byteLengthKeywords: KeywordDefinition[] = [bound('x-minBytes'), bound('x-maxBytes')];
