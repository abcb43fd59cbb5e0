/** The first lines of every generated TypeScript file. */
export const TS_HEADER = [
  '// Generated from spec/kms.openapi.yaml by `npm run generate`; do not edit.',
  '/* eslint-disable */',
  '',
].join('\n');
