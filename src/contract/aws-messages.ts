import type { ValidationError as ErrorObject } from '../../generated/validators.js';

/** What a request that fails the contract earns on the wire (kms-facts §3, §11). */
export interface ContractRejection {
  type: 'ValidationException' | 'SerializationException';
  message: string;
}

type SchemaNode = Record<string, unknown>;

/** `/GrantTokens/3` → `grantTokens.3`: AWS names members in lower camel case in its messages. */
export function memberPath(instancePath: string, missing?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (missing !== undefined) parts.push(missing);
  return parts
    .map((p, i) => (i === 0 || !/^\d+$/.test(p) ? p.charAt(0).toLowerCase() + p.slice(1) : p))
    .join('.');
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'an Integer',
  number: 'a Double',
  string: 'a String',
  boolean: 'a Boolean',
};

/**
 * What a JSON deserializer says when a member has the wrong JSON type, in Coral's wording: the token
 * it found, and for scalars the type the member wanted (`STRING_VALUE can not be converted to an Integer`).
 */
function typeMismatch(value: unknown, wanted: unknown): string {
  if (Array.isArray(value)) return 'Start of list found where not expected';
  if (typeof value === 'object' && value !== null)
    return 'Start of structure or map found where not expected.';
  const token =
    value === null
      ? 'NULL'
      : typeof value === 'number'
        ? 'NUMBER'
        : typeof value === 'boolean'
          ? 'BOOLEAN'
          : 'STRING';
  const target = TYPE_NAMES[String(wanted)];
  return target === undefined
    ? `Unexpected ${token}_VALUE found where not expected`
    : `${token}_VALUE can not be converted to ${target}`;
}

function constraint(e: ErrorObject): string | undefined {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'minLength':
    case 'minItems':
    case 'x-minBytes':
      return `Member must have length greater than or equal to ${String(p['limit'])}`;
    case 'maxLength':
    case 'maxItems':
    case 'x-maxBytes':
      return `Member must have length less than or equal to ${String(p['limit'])}`;
    case 'minimum':
      return `Member must have value greater than or equal to ${String(p['limit'])}`;
    case 'maximum':
      return `Member must have value less than or equal to ${String(p['limit'])}`;
    case 'enum':
      return `Member must satisfy enum value set: [${(p['allowedValues'] as unknown[]).join(', ')}]`;
    case 'pattern':
      return `Member must satisfy regular expression pattern: ${String(p['pattern'])}`;
    default:
      return undefined;
  }
}

function isBlob(schema: unknown): boolean {
  return (
    typeof schema === 'object' &&
    schema !== null &&
    (schema as SchemaNode)['contentEncoding'] === 'base64'
  );
}

/**
 * Turns ajv's errors for a request body into the error KMS would send:
 * a value of the wrong JSON type or a blob that is not base64 cannot be deserialized
 * (SerializationException); everything else breaks a constraint (ValidationException,
 * `N validation errors detected: Value '<v>' at '<member>' failed to satisfy constraint: ...`).
 */
export function toRejection(errors: readonly ErrorObject[]): ContractRejection {
  const typeError = errors.find((e) => e.keyword === 'type');
  if (typeError)
    return {
      type: 'SerializationException',
      message: typeMismatch(typeError.data, (typeError.params as Record<string, unknown>)['type']),
    };
  const badBlob = errors.find((e) => e.keyword === 'pattern' && isBlob(e.parentSchema));
  if (badBlob)
    return {
      type: 'SerializationException',
      message: `Value at '${memberPath(badBlob.instancePath)}' is not valid base64.`,
    };

  const lines: string[] = [];
  for (const e of errors) {
    if (e.keyword === 'required') {
      const missing = String((e.params as Record<string, unknown>)['missingProperty']);
      lines.push(
        `Value null at '${memberPath(e.instancePath, missing)}' failed to satisfy constraint: Member must not be null`,
      );
      continue;
    }
    const rule = constraint(e);
    if (rule === undefined) continue;
    const schema = e.parentSchema as SchemaNode | undefined;
    const secret = schema?.['x-sensitive'] === true || isBlob(schema);
    const value = secret
      ? 'Value'
      : `Value '${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}'`;
    lines.push(`${value} at '${memberPath(e.instancePath)}' failed to satisfy constraint: ${rule}`);
  }
  if (lines.length === 0) lines.push('The request is not valid.');
  const unique = [...new Set(lines)];
  const count = `${unique.length} validation error${unique.length === 1 ? '' : 's'} detected: `;
  return { type: 'ValidationException', message: count + unique.join('; ') };
}
