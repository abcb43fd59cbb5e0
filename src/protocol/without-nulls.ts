/**
 * AWS JSON 1.1 servers read a member set to `null` as a member left out (Smithy's JSON protocols
 * treat null structure members as absent). The mock engine and the MSW layer both apply it
 * before validating a request.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => member !== null)
      .map(([key, member]) => [key, withoutNulls(member)]),
  );
}
