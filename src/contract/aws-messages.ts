import type { ValidationError as ErrorObject } from '../../generated/request-validators.js';

/** What a request that fails the contract earns on the wire (evidence `wire.client-error-400`, `recorded.validation-exception`). */
export interface ContractRejection {
  type: 'ValidationException' | 'SerializationException';
  message: string;
}

type SchemaNode = Record<string, unknown>;

/**
 * `/Tags/0/TagKey` → `tags.1.member.tagKey`: AWS names members in lower camel case and list items
 * by their 1-based position followed by `member` (recorded:
 * `TestKMS::test_create_key_with_invalid_tag_key[too_long_key]`).
 */
export function memberPath(instancePath: string, missing?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (missing !== undefined) parts.push(missing);
  return parts
    .map((p, i) =>
      i > 0 && /^\d+$/.test(p) ? `${Number(p) + 1}.member` : p.charAt(0).toLowerCase() + p.slice(1),
    )
    .join('.');
}

/**
 * Enum value sets in the order KMS listed them when recorded (recorded:
 * `TestKMS::test_hmac_create_key_invalid_operations`; MacAlgorithm:
 * `TestKMS::test_invalid_generate_mac[HMAC_256-INVALID]`). Values the recording predates follow,
 * in the spec's order.
 */
const RECORDED_ENUM_ORDERS: readonly (readonly string[])[] = [
  [
    'RSA_2048',
    'ECC_NIST_P384',
    'ECC_NIST_P256',
    'ECC_NIST_P521',
    'HMAC_384',
    'RSA_3072',
    'ECC_SECG_P256K1',
    'RSA_4096',
    'SYMMETRIC_DEFAULT',
    'HMAC_256',
    'HMAC_224',
    'HMAC_512',
  ],
  ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC'],
  ['HMAC_SHA_384', 'HMAC_SHA_256', 'HMAC_SHA_224', 'HMAC_SHA_512'],
];

function enumOrder(allowed: readonly unknown[]): unknown[] {
  const recorded = RECORDED_ENUM_ORDERS.find((order) => order.every((v) => allowed.includes(v)));
  if (!recorded) return [...allowed];
  return [...recorded, ...allowed.filter((v) => typeof v !== 'string' || !recorded.includes(v))];
}

/**
 * Members the AWS model leaves optional but the service itself refuses to go without, with the
 * service's own message; it is sent only when nothing else is wrong with the request, since the
 * service checks them after the model's constraints (recorded:
 * `TestKMS::test_generate_random_invalid_number_of_bytes[None]`).
 */
const SERVICE_REQUIRED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  GenerateRandomRequest: { NumberOfBytes: 'NumberOfBytes is required.' },
};

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
      return `Member must satisfy enum value set: [${enumOrder(p['allowedValues'] as unknown[]).join(', ')}]`;
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
 * A blob's string-length bounds only restate its decoded byte limits (`x-minBytes`/`x-maxBytes`) in
 * base64 characters for tools that ignore `x-` keywords; KMS states the byte limit alone (recorded:
 * `TestKMS::test_plaintext_size_for_encrypt`), so the string-length clause is left out.
 */
function isDerivedBlobLength(e: ErrorObject): boolean {
  const schema = e.parentSchema as SchemaNode | undefined;
  if (!isBlob(schema)) return false;
  if (e.keyword === 'minLength') return schema?.['x-minBytes'] !== undefined;
  if (e.keyword === 'maxLength') return schema?.['x-maxBytes'] !== undefined;
  return false;
}

/**
 * Turns ajv's errors for a request body into the error KMS would send:
 * a value of the wrong JSON type or a blob that is not base64 cannot be deserialized
 * (SerializationException); everything else breaks a constraint (ValidationException,
 * `N validation errors detected: Value '<v>' at '<member>' failed to satisfy constraint: ...`).
 */
export function toRejection(
  errors: readonly ErrorObject[],
  inputSchema?: string,
): ContractRejection {
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

  const serviceRequired = inputSchema === undefined ? undefined : SERVICE_REQUIRED[inputSchema];
  const serviceMessages: string[] = [];
  const lines: string[] = [];
  for (const e of errors) {
    if (e.keyword === 'required') {
      const missing = String((e.params as Record<string, unknown>)['missingProperty']);
      const serviceMessage = e.instancePath === '' ? serviceRequired?.[missing] : undefined;
      if (serviceMessage !== undefined) {
        serviceMessages.push(serviceMessage);
        continue;
      }
      lines.push(
        `Value null at '${memberPath(e.instancePath, missing)}' failed to satisfy constraint: Member must not be null`,
      );
      continue;
    }
    if (isDerivedBlobLength(e)) continue;
    const rule = constraint(e);
    if (rule === undefined) continue;
    const schema = e.parentSchema as SchemaNode | undefined;
    const secret = schema?.['x-sensitive'] === true || isBlob(schema);
    const value = secret
      ? 'Value'
      : `Value '${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}'`;
    lines.push(`${value} at '${memberPath(e.instancePath)}' failed to satisfy constraint: ${rule}`);
  }
  const [serviceMessage] = serviceMessages;
  if (lines.length === 0 && serviceMessage !== undefined)
    return { type: 'ValidationException', message: serviceMessage };
  if (lines.length === 0) lines.push('The request is not valid.');
  const unique = [...new Set(lines)];
  const count = `${unique.length} validation error${unique.length === 1 ? '' : 's'} detected: `;
  return { type: 'ValidationException', message: count + unique.join('; ') };
}
