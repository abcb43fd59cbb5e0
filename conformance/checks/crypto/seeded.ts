import fc from 'fast-check';

/**
 * Deterministic inputs drawn from the run's seed (every random choice comes from
 * `ctx.seed`), so a failing run can be repeated exactly with `--seed`. `noBias` keeps fast-check's
 * edge-case bias out: these are inputs, not property-test cases.
 */
export function seededBytes(seed: number, length: number): Uint8Array {
  const [bytes] = fc.sample(fc.noBias(fc.uint8Array({ minLength: length, maxLength: length })), {
    seed,
    numRuns: 1,
  });
  if (!bytes) throw new Error('fast-check drew no sample');
  return bytes;
}

/** A well-formed random key id (UUID v4) that names no key (evidence `docs.key-id-forms`). */
export function seededUuid(seed: number): string {
  const [id] = fc.sample(fc.noBias(fc.uuid({ version: 4 })), { seed, numRuns: 1 });
  if (!id) throw new Error('fast-check drew no sample');
  return id;
}

/** Distinct integers in [min, max], `count` of them or as many as the range holds. */
export function seededPositions(seed: number, min: number, max: number, count: number): number[] {
  if (max < min) return [];
  const size = Math.min(count, max - min + 1);
  const [positions] = fc.sample(
    fc.noBias(fc.uniqueArray(fc.integer({ min, max }), { minLength: size, maxLength: size })),
    { seed, numRuns: 1 },
  );
  return positions ?? [];
}
