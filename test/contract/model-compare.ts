/**
 * Compares the OpenAPI contract with the AWS service model (botocore "service-2" JSON) and lists
 * every difference: operations, targets, members (recursively through structures, lists and maps),
 * types, required flags, limits, enums, patterns, sensitivity, deprecation and errors. Pure: the
 * caller reads the files; the result is plain data, so a mutated spec can be compared too.
 */
import { isDeepStrictEqual } from 'node:util';
import { CONSTRAINTS, type Difference, type DifferenceKind } from './differences.js';
import { formOfSchema, formOfShape, impliedConstraints, sortedValues } from './model-shapes.js';
import {
  MEDIA,
  type Json,
  errorExamples,
  isRecord,
  record,
  resolve,
  specOperations,
  strings,
  targetParameter,
} from './spec-schema.js';

/** Documentation keys, left out when deciding whether a nested shape was already compared. */
const PROSE = new Set(['description', 'summary', 'title', 'examples', 'example']);

class Comparison {
  readonly differences: Difference[] = [];
  private readonly visited = new Set<string>();

  constructor(
    private readonly spec: unknown,
    private readonly shapes: Json,
  ) {}

  add(where: string, what: DifferenceKind, model: unknown, spec: unknown): void {
    if (!isDeepStrictEqual(model, spec)) this.differences.push({ where, what, model, spec });
  }

  /** An operation's input or output: the body schema is the model's structure, by name and content. */
  body(op: string, what: 'input' | 'output', shapeName: string | undefined, schema: unknown): void {
    const resolved = schema === undefined ? undefined : resolve(this.spec, schema);
    this.add(op, what, shapeName, resolved ? (resolved.name ?? '(inline)') : undefined);
    if (shapeName === undefined || resolved === undefined) return;
    const shape = record(this.shapes[shapeName]);
    const form = formOfSchema(resolved.node);
    if (formOfShape(shape) !== form) return this.add(shapeName, 'type', shape['type'], form);
    this.nested(shapeName, shape, resolved.node);
  }

  /** One member, list item or map key/value: its schema name, type, limits and flags, then its content. */
  node(where: string, ref: Json, value: unknown): void {
    const shapeName = String(ref['shape']);
    const shape = record(this.shapes[shapeName]);
    const { node: schema, name } = resolve(this.spec, value);
    this.add(where, 'shape', shapeName, name ?? '(inline)');
    const form = formOfSchema(schema);
    if (formOfShape(shape) !== form) return this.add(where, 'type', shape['type'], form);
    const implied = impliedConstraints(shape);
    for (const keyword of CONSTRAINTS) {
      const actual = keyword === 'enum' ? sortedValues(schema[keyword]) : schema[keyword];
      this.add(where, keyword, implied[keyword], actual);
    }
    // The model can set both flags on the shape or on the member that uses it.
    const flag = (trait: string): boolean => shape[trait] === true || ref[trait] === true;
    this.add(where, 'sensitive', flag('sensitive'), schema['x-sensitive'] === true);
    this.add(where, 'deprecated', flag('deprecated'), schema['deprecated'] === true);
    this.nested(shapeName, shape, schema);
  }

  /** Walks into a structure, list or map once per (shape, effective schema) pair. */
  private nested(shapeName: string, shape: Json, schema: Json): void {
    const content = Object.entries(schema).filter(([key]) => !PROSE.has(key));
    const key = `${shapeName} ${JSON.stringify(content)}`;
    if (this.visited.has(key)) return;
    this.visited.add(key);
    if (shape['type'] === 'structure') this.structure(shapeName, shape, schema);
    if (shape['type'] === 'list') {
      this.node(`${shapeName}.member`, record(shape['member']), schema['items']);
    }
    if (shape['type'] === 'map') {
      this.node(`${shapeName}.key`, record(shape['key']), schema['propertyNames']);
      this.node(`${shapeName}.value`, record(shape['value']), schema['additionalProperties']);
    }
  }

  private structure(shapeName: string, shape: Json, schema: Json): void {
    const members = record(shape['members']);
    const properties = record(schema['properties']);
    const modelRequired = new Set(strings(shape['required']));
    const specRequired = new Set(strings(schema['required']));
    for (const member of new Set([...Object.keys(members), ...Object.keys(properties)])) {
      const where = `${shapeName}.${member}`;
      const ref = members[member];
      const property = properties[member];
      if (isRecord(ref) && property !== undefined) {
        this.add(where, 'required', modelRequired.has(member), specRequired.has(member));
        this.node(where, ref, property);
        continue;
      }
      const specName = property === undefined ? undefined : resolve(this.spec, property).name;
      const present = property === undefined ? undefined : (specName ?? '(inline)');
      this.add(where, 'member', isRecord(ref) ? ref['shape'] : undefined, present);
    }
  }
}

/** Each error an operation declares, with its status: 500 for a `fault: true` shape, else 400 (evidence `wire.client-error-400`). */
function modelErrors(operation: Json, shapes: Json): Map<string, number> {
  const names = (Array.isArray(operation['errors']) ? operation['errors'] : []).map((e) =>
    String(record(e)['shape']),
  );
  return new Map(names.map((name) => [name, record(shapes[name])['fault'] === true ? 500 : 400]));
}

const shapeOf = (io: unknown): string | undefined => {
  const shape = record(io)['shape'];
  return typeof shape === 'string' ? shape : undefined;
};

/**
 * Compares the spec with the model for the given operations and returns every difference, in
 * operation order. An empty list means the spec says exactly what the model says.
 */
export function compareWithModel(
  spec: unknown,
  model: unknown,
  operations: readonly string[],
): Difference[] {
  const shapes = record(record(model)['shapes']);
  const prefix = String(record(record(model)['metadata'])['targetPrefix']);
  const inSpec = specOperations(spec);
  const comparison = new Comparison(spec, shapes);
  for (const op of operations) {
    const modelOp = record(record(model)['operations'])[op];
    const specOp = inSpec.find((o) => o.operation['operationId'] === op);
    comparison.add(op, 'operation', isRecord(modelOp) ? op : undefined, specOp && op);
    if (!isRecord(modelOp) || specOp === undefined) continue;

    // X-Amz-Target = metadata.targetPrefix + '.' + operation name (evidence `wire.json-1-1`).
    const values = strings(record(targetParameter(specOp)?.['schema'])['enum']);
    comparison.add(op, 'target', `${prefix}.${op}`, values.length === 1 ? values[0] : values);
    comparison.add(
      op,
      'deprecated',
      modelOp['deprecated'] === true,
      specOp.operation['deprecated'] === true,
    );

    const { requestBody, responses } = specOp.operation;
    const request = record(resolve(spec, requestBody).node['content'])[MEDIA];
    const reply = record(resolve(spec, record(responses)['200']).node['content'])[MEDIA];
    comparison.body(op, 'input', shapeOf(modelOp['input']), record(request)['schema']);
    comparison.body(op, 'output', shapeOf(modelOp['output']), record(reply)['schema']);

    const declared = modelErrors(modelOp, shapes);
    const listed = new Map(errorExamples(spec, specOp).map((e) => [e.name, Number(e.status)]));
    for (const name of new Set([...declared.keys(), ...listed.keys()])) {
      const [want, got] = [declared.get(name), listed.get(name)];
      const what = want === undefined || got === undefined ? 'error' : 'status';
      comparison.add(`${op}.errors.${name}`, what, want, got);
    }
  }
  return comparison.differences;
}
