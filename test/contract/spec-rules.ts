/**
 * Rules of the AWS JSON 1.1 modelling (docs/decisions/002-aws-json-in-openapi.md) that an
 * OpenAPI validator does not know. Each rule reads the parsed spec and returns its problems, one
 * readable line each; an empty list means the rule holds.
 */
import { generateDataKeyExamples, realisticExamples } from './spec-example-rules.js';
import {
  MEDIA,
  type SpecOperation,
  errorExamples,
  isRecord,
  record,
  resolve,
  specOperations,
  strings,
  targetParameter,
} from './spec-schema.js';

const PATH = /^\/#X-Amz-Target=TrentService\.([A-Za-z]+)$/;
const STATUSES = new Set(['200', '400', '500']);

const opName = (op: SpecOperation): string => String(op.operation['operationId']);

/** Every operation is `post` on `/#X-Amz-Target=TrentService.<Op>` with operationId `<Op>` (evidence `wire.json-1-1`, `docs.apis-guru-conversion`). */
function operationIds(doc: unknown): string[] {
  return specOperations(doc).flatMap((op) => {
    const problems: string[] = [];
    const fromPath = PATH.exec(op.path)?.[1];
    if (fromPath === undefined)
      problems.push(`${op.path}: path is not /#X-Amz-Target=TrentService.<Op>`);
    if (op.method !== 'post') problems.push(`${op.path}: method ${op.method}, not post`);
    if (fromPath !== undefined && op.operation['operationId'] !== fromPath)
      problems.push(
        `${op.path}: operationId ${String(op.operation['operationId'])}, not ${fromPath}`,
      );
    return problems;
  });
}

/** A required `X-Amz-Target` header whose enum is exactly the one target: the operation selector (evidence `wire.json-1-1`). */
function targetHeaders(doc: unknown): string[] {
  return specOperations(doc).flatMap((op) => {
    const want = `TrentService.${PATH.exec(op.path)?.[1] ?? '?'}`;
    const header = targetParameter(op);
    if (header === undefined) return [`${opName(op)}: no X-Amz-Target header parameter`];
    const schema = resolve(doc, header['schema']).node;
    const values = strings(schema['enum']);
    const problems: string[] = [];
    if (header['required'] !== true) problems.push(`${opName(op)}: X-Amz-Target is not required`);
    if (schema['type'] !== 'string')
      problems.push(`${opName(op)}: X-Amz-Target schema type ${String(schema['type'])}`);
    if (values.length !== 1 || values[0] !== want)
      problems.push(`${opName(op)}: X-Amz-Target enum ${JSON.stringify(values)}, not ["${want}"]`);
    return problems;
  });
}

/** Only `application/x-amz-json-1.1` bodies, requests and responses (evidence `wire.json-1-1`; not the application/json of §15). */
function mediaTypes(doc: unknown): string[] {
  return specOperations(doc).flatMap((op) => {
    const bodies: Array<[string, unknown]> = [['request', op.operation['requestBody']]];
    for (const [status, response] of Object.entries(record(op.operation['responses'])))
      bodies.push([status, response]);
    return bodies.flatMap(([where, body]) => {
      if (body === undefined) return where === 'request' ? [`${opName(op)}: no request body`] : [];
      const types = Object.keys(record(resolve(doc, body).node['content']));
      return types.every((t) => t === MEDIA)
        ? []
        : [`${opName(op)} ${where}: media types ${types.join(', ')}`];
    });
  });
}

/** 200, 400 and 500 only: the statuses KMS sends (evidence `wire.client-error-400`), not the invented 480-48x of §15. */
function statusCodes(doc: unknown): string[] {
  return specOperations(doc).flatMap((op) => {
    const codes = Object.keys(record(op.operation['responses']));
    const problems = codes.filter((c) => !STATUSES.has(c)).map((c) => `${opName(op)}: status ${c}`);
    return codes.includes('200') ? problems : [...problems, `${opName(op)}: no 200 response`];
  });
}

/** Each error example is `{__type: <its name>, message?}` (evidence `wire.error-envelope`), and a name keeps one status everywhere. */
function errorBodies(doc: unknown): string[] {
  const statusOf = new Map<string, string>();
  return specOperations(doc).flatMap((op) =>
    errorExamples(doc, op).flatMap(({ status, name, value }) => {
      const where = `${opName(op)} ${status} ${name}`;
      const problems: string[] = [];
      if (!isRecord(value)) return [`${where}: example value is not an object`];
      if (value['__type'] !== name)
        problems.push(`${where}: __type ${JSON.stringify(value['__type'])}`);
      const extra = Object.keys(value).filter((k) => k !== '__type' && k !== 'message');
      if (extra.length > 0)
        problems.push(`${where}: members ${extra.join(', ')} besides __type and message`);
      if ('message' in value && typeof value['message'] !== 'string')
        problems.push(`${where}: message is not a string`);
      if ((statusOf.get(name) ?? status) !== status)
        problems.push(`${where}: also declared under ${String(statusOf.get(name))}`);
      statusOf.set(name, status);
      return problems;
    }),
  );
}

/** `format: byte` nowhere: with it Prism's dynamic mode emits undecodable base64 (Prism's dynamic mode, stoplightio/prism). */
function noFormatByte(doc: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${pointer}/${i}`));
    if (!isRecord(node)) return;
    if (node['format'] === 'byte') found.push(`${pointer}: format: byte`);
    for (const [key, value] of Object.entries(node))
      walk(value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  };
  walk(doc, '#');
  return found;
}

export const specRules: Readonly<Record<string, (doc: unknown) => string[]>> = {
  'operation ids and paths': operationIds,
  'X-Amz-Target headers': targetHeaders,
  'media types': mediaTypes,
  'status codes': statusCodes,
  'error examples': errorBodies,
  'no format: byte': noFormatByte,
  'GenerateDataKey examples': generateDataKeyExamples,
  'realistic examples': realisticExamples,
};
