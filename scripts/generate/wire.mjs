import { TS_HEADER } from './header.mjs';

/** How the spec writes each operation's path (one path per X-Amz-Target). */
export const PATH_PREFIX = '/#X-Amz-Target=';

/**
 * The one media type of every request and reply body. AWS JSON 1.1 has exactly one; a second would
 * mean the spec no longer describes this protocol, so it stops the generator.
 */
export function mediaTypeOf(spec) {
  const types = new Set();
  for (const item of Object.values(spec.paths)) {
    const op = item.post;
    for (const type of Object.keys(op.requestBody?.content ?? {})) types.add(type);
    for (const response of Object.values(op.responses))
      for (const type of Object.keys(response.content ?? {})) types.add(type);
  }
  if (types.size !== 1) throw new Error(`expected one media type, found ${[...types].join(', ')}`);
  return [...types][0];
}

/** `TrentService.`: what every path's X-Amz-Target puts before its operationId. */
function targetPrefixOf(spec) {
  const prefixes = new Set();
  for (const [path, item] of Object.entries(spec.paths)) {
    const target = path.slice(PATH_PREFIX.length);
    const name = item.post.operationId;
    if (!path.startsWith(PATH_PREFIX) || !target.endsWith(`.${name}`))
      throw new Error(`${path} is not ${PATH_PREFIX}<Service>.${name}`);
    prefixes.add(target.slice(0, -name.length));
  }
  if (prefixes.size !== 1) throw new Error(`expected one target prefix, found ${[...prefixes]}`);
  return [...prefixes][0];
}

/**
 * Every member name whose schema is a blob (`contentEncoding: base64`, OpenAPI 3.1 / JSON Schema
 * 2020-12 §8.3), among the schemas of request bodies and success replies: error bodies never pass
 * through the blob codec, so their `Message` (a string) does not clash with Sign's `Message` (a
 * blob). Codecs find blobs by member name, so a name that is a blob in one such schema and not in
 * another would be ambiguous: that stops the generator.
 */
function blobMembersOf(spec) {
  const schemas = spec.components.schemas;
  const nameOf = (ref) => ref.slice(ref.lastIndexOf('/') + 1);
  const resolve = (schema) => (schema.$ref ? schemas[nameOf(schema.$ref)] : schema);
  const reachable = new Set();
  const visit = (schema) => {
    if (!schema) return;
    if (schema.$ref) {
      const name = nameOf(schema.$ref);
      if (reachable.has(name)) return;
      reachable.add(name);
      visit(schemas[name]);
      return;
    }
    for (const member of Object.values(schema.properties ?? {})) visit(member);
    visit(schema.items);
    if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties);
  };
  for (const item of Object.values(spec.paths)) {
    const op = item.post;
    for (const media of Object.values(op.requestBody?.content ?? {})) visit(media.schema);
    for (const [status, response] of Object.entries(op.responses))
      if (status.startsWith('2'))
        for (const media of Object.values(response.content ?? {})) visit(media.schema);
  }
  const blobs = new Set();
  const others = new Set();
  for (const name of reachable) {
    for (const [member, schema] of Object.entries(schemas[name]?.properties ?? {}))
      (resolve(schema)?.contentEncoding === 'base64' ? blobs : others).add(member);
  }
  const both = [...blobs].filter((name) => others.has(name));
  if (both.length > 0) throw new Error(`blob and non-blob members share names: ${both}`);
  return [...blobs].sort();
}

/** The spec's facts about the wire that every front door, the client and the runner share. */
export function emitWire(spec) {
  const blobs = blobMembersOf(spec);
  return `${TS_HEADER}
/** The media type of every request and reply body (AWS JSON 1.1). */
export const MEDIA_TYPE = ${JSON.stringify(mediaTypeOf(spec))};

/** What \`X-Amz-Target\` puts before the operation name (\`TrentService.GenerateDataKey\`). */
export const TARGET_PREFIX = ${JSON.stringify(targetPrefixOf(spec))};

/** Every member name the spec gives a \`contentEncoding: base64\` schema; no other member shares one. */
export const BLOB_MEMBERS = ${JSON.stringify(blobs)} as const;

export type BlobMember = (typeof BLOB_MEMBERS)[number];
`;
}
