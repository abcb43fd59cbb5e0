/**
 * A difference between the spec and the AWS model, how it prints, and how the allow-list of
 * deliberate deviations (test/fixtures/model-deviations.ts) is applied to a list of them.
 */
import { isDeepStrictEqual } from 'node:util';

/** Keywords compared on every member's effective schema. */
export const CONSTRAINTS = [
  'minLength',
  'maxLength',
  'x-minBytes',
  'x-maxBytes',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'enum',
  'const',
  'pattern',
  'format',
] as const;
export type ConstraintKeyword = (typeof CONSTRAINTS)[number];

export type DifferenceKind =
  | 'operation'
  | 'target'
  | 'input'
  | 'output'
  | 'member'
  | 'shape'
  | 'type'
  | 'required'
  | ConstraintKeyword
  | 'sensitive'
  | 'deprecated'
  | 'error'
  | 'status';

export interface Difference {
  /**
   * Named by the model: `<Op>`, `<Op>.errors.<Error>`, `<Structure>.<Member>`, `<List>.member`,
   * `<Map>.key` or `<Map>.value`.
   */
  where: string;
  what: DifferenceKind;
  /**
   * What the model implies, in the spec's terms (a blob's base64 length, an error's status);
   * undefined when the model has nothing there.
   */
  model: unknown;
  spec: unknown;
}

/** One line per difference: `GenerateDataKeyRequest.NumberOfBytes: maximum model=1024 spec=1000`. */
export function formatDifference(d: Difference): string {
  const show = (v: unknown): string =>
    v === undefined ? '(absent)' : typeof v === 'string' ? v : JSON.stringify(v);
  return `${d.where}: ${d.what} model=${show(d.model)} spec=${show(d.spec)}`;
}

/** A difference the spec makes on purpose, with the fact (an evidence id) that justifies it. */
export interface Deviation extends Difference {
  reason: string;
}

export function sameDifference(a: Difference, b: Difference): boolean {
  return (
    a.where === b.where &&
    a.what === b.what &&
    isDeepStrictEqual(a.model, b.model) &&
    isDeepStrictEqual(a.spec, b.spec)
  );
}

/**
 * Splits the differences by the allow-list: those it does not explain, and its entries that
 * explain nothing (stale: the spec no longer deviates there, so the entry must go).
 */
export function applyDeviations(
  differences: readonly Difference[],
  deviations: readonly Deviation[],
): { unexplained: Difference[]; unused: Deviation[] } {
  return {
    unexplained: differences.filter((d) => !deviations.some((dev) => sameDifference(dev, d))),
    unused: deviations.filter((dev) => !differences.some((d) => sameDifference(dev, d))),
  };
}
