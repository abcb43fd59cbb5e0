/** The bundled spec as JSON, for Prism and for tools that cannot read YAML. */
export function emitSpecJson(spec) {
  return (
    JSON.stringify(
      { 'x-generated': 'from spec/kms.openapi.yaml by npm run generate; do not edit', ...spec },
      null,
      2,
    ) + '\n'
  );
}
