/**
 * The HTTP status KMS sends with an error name, by KMS's rule rather than a table, so code that
 * only raises or reads errors (the typed client) need not carry every name: 500 for the three
 * server faults (the model marks exactly these `fault: true`), 413 for a body over the size
 * limit, 400 for every other error. test/errors/table.test.ts proves it equals the spec's table.
 */
const SERVER_FAULTS: readonly string[] = [
  'KMSInternalException',
  'KeyUnavailableException',
  'DependencyTimeoutException',
];

export function statusOfErrorName(name: string): number {
  if (name === 'RequestEntityTooLargeException') return 413;
  return SERVER_FAULTS.includes(name) ? 500 : 400;
}
