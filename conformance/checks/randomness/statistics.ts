/**
 * Pure statistics for the randomness checks: the test statistics and their critical values at a
 * fixed false-alarm rate. Data keys are meant to be uniformly random bytes (evidence `docs.random-data-keys`), so a
 * healthy endpoint's pooled bytes follow the null hypothesis of each test; the critical values are
 * set so that it is wrongly failed with probability `alpha` (1e-6 in the checks), not 5%.
 */

/** The false-alarm rate every randomness check uses: a healthy endpoint fails about once in a million runs. */
export const FALSE_ALARM_RATE = 1e-6;

// Coefficients of P. J. Acklam's rational approximation to the inverse normal CDF
// (relative error below 1.15e-9 over the whole open interval (0, 1)).
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
] as const;
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
] as const;
const D = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416,
] as const;
const P_LOW = 0.02425;

function tail(q: number): number {
  return (
    (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
    ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
  );
}

/**
 * The standard normal quantile: the z with P(Z ≤ z) = p (Acklam's algorithm).
 *
 * @example
 * normalQuantile(0.975) // 1.959964
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
  if (p < P_LOW) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

/**
 * The chi-square critical value x with P(X² > x) = alpha for `df` degrees of freedom, by the
 * Wilson–Hilferty approximation: (X²/k)^(1/3) is close to normal with mean 1 − 2/(9k) and variance
 * 2/(9k), so x = k·(1 − 2/(9k) + z·√(2/(9k)))³ with z the upper-alpha normal quantile. For k = 255
 * and alpha = 1e-6 it gives 377.24 against the exact 377.08: slightly high, so a healthy endpoint
 * fails a little less often than alpha, never more.
 */
export function chiSquareCritical(df: number, alpha: number): number {
  if (!(Number.isInteger(df) && df > 0))
    throw new RangeError(`df must be a positive integer, got ${df}`);
  const z = normalQuantile(1 - alpha);
  const v = 2 / (9 * df);
  return df * (1 - v + z * Math.sqrt(v)) ** 3;
}

/** The two-sided normal critical value: |Z| > z with probability alpha (4.8916 for 1e-6). */
export function twoSidedNormalCritical(alpha: number): number {
  return normalQuantile(1 - alpha / 2);
}

/**
 * Pearson's chi-square statistic of the byte counts against the uniform distribution over 256
 * values (255 degrees of freedom). Needs enough bytes for every expected count to be at least 5.
 */
export function byteFrequencyChiSquare(bytes: Uint8Array): number {
  if (bytes.length < 256 * 5)
    throw new RangeError(`need at least ${256 * 5} bytes, got ${bytes.length}`);
  const counts = new Array<number>(256).fill(0);
  for (const b of bytes) counts[b] = (counts[b] ?? 0) + 1;
  const expected = bytes.length / 256;
  return counts.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
}

/**
 * The monobit (frequency) test of NIST SP 800-22 §2.1: S = (#ones − #zeros) over all n bits, and
 * |S|/√n, which is close to |N(0, 1)| for uniform bits.
 */
export function monobit(bytes: Uint8Array): { ones: number; bits: number; z: number } {
  let ones = 0;
  for (const b of bytes) {
    let v = b;
    while (v !== 0) {
      ones += v & 1;
      v >>>= 1;
    }
  }
  const bits = bytes.length * 8;
  if (bits === 0) throw new RangeError('no bits to test');
  return { ones, bits, z: Math.abs(2 * ones - bits) / Math.sqrt(bits) };
}
