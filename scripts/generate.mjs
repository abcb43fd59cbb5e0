#!/usr/bin/env node
// `npm run generate`: everything in generated/ comes from spec/kms.openapi.yaml, deterministically.
// CI runs it and fails when the committed files differ (git diff --exit-code generated/).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec } from './generate/load-spec.mjs';
import { emitSpecJson } from './generate/spec-json.mjs';
import { emitSchemas } from './generate/schemas.mjs';
import { emitOperations } from './generate/operations.mjs';
import { emitTypes } from './generate/types.mjs';
import { emitMswHandlers } from './generate/msw.mjs';
import { emitWire } from './generate/wire.mjs';
import {
  emitRequestValidators,
  emitResponseValidators,
  REQUEST_VALIDATOR_DIR,
} from './generate/validators.mjs';
import { schemaDocumentOf } from './generate/schemas.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = join(root, 'spec', 'kms.openapi.yaml');
const outDir = join(root, 'generated');

const spec = await loadSpec(specPath);
const files = {
  'kms.openapi.json': emitSpecJson(spec),
  'schemas.ts': emitSchemas(spec),
  'operations.ts': emitOperations(spec),
  'wire.ts': emitWire(spec),
  'types.ts': await emitTypes(spec),
  'msw-handlers.ts': emitMswHandlers(spec),
  ...emitRequestValidators(spec, schemaDocumentOf(spec)),
  'response-validators.ts': emitResponseValidators(spec, schemaDocumentOf(spec)),
};
// Written afresh, so an operation gone from the spec leaves no validator module behind.
await rm(join(outDir, REQUEST_VALIDATOR_DIR), { recursive: true, force: true });
for (const [name, text] of Object.entries(files)) {
  await mkdir(dirname(join(outDir, name)), { recursive: true });
  await writeFile(join(outDir, name), text);
}
console.log(`generated/ written from spec/kms.openapi.yaml: ${Object.keys(files).join(', ')}`);
