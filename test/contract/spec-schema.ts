/**
 * Small readers for the parsed OpenAPI document, which arrives as `unknown` (YAML or JSON): narrow
 * a node to an object, follow a local `$ref`, and list the operations under `paths`.
 */

export type Json = Record<string, unknown>;

/** The one media type of AWS JSON 1.1 bodies, requests and responses alike (evidence `wire.json-1-1`). */
export const MEDIA = 'application/x-amz-json-1.1';

/**
 * Canonical padded standard base64: the pattern every blob schema carries. The last character
 * before the padding is one whose unused bits are zero, so each byte string has one spelling
 * (`AB==` is refused: it decodes like `AA==`). A pattern is the one form with which Prism's dynamic
 * mode emits strings the AWS SDK can decode (Prism's dynamic mode, stoplightio/prism).
 */
export const CANONICAL_BASE64 =
  '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$';

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object itself, or an empty one for anything else, so lookups on a missing node read as absent. */
export function record(value: unknown): Json {
  return isRecord(value) ? value : {};
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The object at a path of keys, for tests that edit a copy of the spec; throws when there is none. */
export function nodeAt(doc: unknown, ...keys: string[]): Json {
  let node: unknown = doc;
  for (const key of keys) node = isRecord(node) ? node[key] : undefined;
  if (!isRecord(node)) throw new Error(`no object at ${keys.join(' > ')}`);
  return node;
}

/** The last segment of a `$ref`: `#/components/schemas/KeyIdType` names `KeyIdType`. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** Resolves a local JSON pointer (`#/components/...`) in the document; undefined when it leads nowhere. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  const keys = ref
    .slice(2)
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
  let node: unknown = doc;
  for (const key of keys) node = isRecord(node) ? node[key] : undefined;
  return node;
}

/** A schema (or parameter, example) as it applies where it is used, and the name it was referenced by. */
export interface Resolved {
  node: Json;
  /** The name of the component the `$ref` points to; undefined for an inline node. */
  name: string | undefined;
}

/**
 * Follows `$ref` chains and lays the siblings of each `$ref` over the target. OpenAPI 3.1 lets a
 * member carry its own constraints next to its `$ref` (ScheduleKeyDeletionRequest.PendingWindowInDays,
 * evidence `docs.schedule-key-deletion`); those siblings are the member's effective constraint.
 */
export function resolve(doc: unknown, value: unknown, depth = 0): Resolved {
  const own = record(value);
  const ref = own['$ref'];
  if (typeof ref !== 'string' || depth > 16) return { node: own, name: undefined };
  const target = resolve(doc, resolvePointer(doc, ref), depth + 1);
  const siblings = Object.fromEntries(Object.entries(own).filter(([key]) => key !== '$ref'));
  return { node: { ...target.node, ...siblings }, name: refName(ref) };
}

export interface SpecOperation {
  path: string;
  method: string;
  operation: Json;
  /** Path-level and operation-level parameters, resolved. */
  parameters: Json[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation under `paths`, in document order. */
export function specOperations(doc: unknown): SpecOperation[] {
  const found: SpecOperation[] = [];
  for (const [path, item] of Object.entries(record(record(doc)['paths']))) {
    const pathItem = record(item);
    const shared = Array.isArray(pathItem['parameters']) ? pathItem['parameters'] : [];
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!isRecord(operation)) continue;
      const own = Array.isArray(operation['parameters']) ? operation['parameters'] : [];
      const parameters = [...shared, ...own].map((p) => resolve(doc, p).node);
      found.push({ path, method, operation, parameters });
    }
  }
  return found;
}

/** The `X-Amz-Target` header parameter of an operation (header names are case-insensitive). */
export function targetParameter(op: SpecOperation): Json | undefined {
  return op.parameters.find(
    (p) => p['in'] === 'header' && String(p['name']).toLowerCase() === 'x-amz-target',
  );
}

/** Named error examples per status code, read from every non-200 response of an operation. */
export function errorExamples(
  doc: unknown,
  op: SpecOperation,
): Array<{ status: string; name: string; value: unknown }> {
  const found: Array<{ status: string; name: string; value: unknown }> = [];
  for (const [status, response] of Object.entries(record(op.operation['responses']))) {
    if (status === '200') continue;
    for (const media of Object.values(record(resolve(doc, response).node['content']))) {
      for (const [name, example] of Object.entries(record(record(media)['examples']))) {
        found.push({ status, name, value: resolve(doc, example).node['value'] });
      }
    }
  }
  return found;
}
