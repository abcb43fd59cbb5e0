import { describe, expect, it } from 'vitest';
import {
  byteFrequencyChiSquare,
  chiSquareCritical,
  FALSE_ALARM_RATE,
  monobit,
  normalQuantile,
  twoSidedNormalCritical,
} from './statistics.js';

// Reference values from scipy.stats 1.x (norm.ppf, chi2.isf).
describe('normalQuantile', () => {
  it.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [1e-3, -3.090232306167813],
    [0.01, -2.3263478740408408],
    [0.9999, 3.719016485455709],
    [1 - 1e-6, 4.753424308822899],
    [1 - 5e-7, 4.891638475698591],
  ])('p = %d gives %d', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 6);
  });

  it('is odd about 1/2 and refuses 0 and 1', () => {
    expect(normalQuantile(0.3)).toBeCloseTo(-normalQuantile(0.7), 9);
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe('chiSquareCritical (Wilson–Hilferty)', () => {
  it.each([
    [255, 0.05, 293.2478350807012],
    [255, 1e-6, 377.07811549898673],
    [100, 1e-6, 182.12677711954765],
    [10, 0.01, 23.20925115895436],
  ])('df %d, alpha %d is within 0.5%% of the exact %d', (df, alpha, exact) => {
    expect(Math.abs(chiSquareCritical(df, alpha) - exact) / exact).toBeLessThan(0.005);
  });

  it('errs high at the checks’ rate, so a healthy endpoint fails less often than 1e-6, never more', () => {
    expect(chiSquareCritical(255, FALSE_ALARM_RATE)).toBeGreaterThan(377.07811549898673);
    expect(chiSquareCritical(255, FALSE_ALARM_RATE)).toBeCloseTo(377.24, 1);
  });
});

describe('twoSidedNormalCritical', () => {
  it('is 4.8916 at 1e-6', () => {
    expect(twoSidedNormalCritical(FALSE_ALARM_RATE)).toBeCloseTo(4.891638, 5);
  });
});

describe('byteFrequencyChiSquare', () => {
  it('is 0 for perfectly even counts', () => {
    const even = Uint8Array.from({ length: 256 * 8 }, (_, i) => i % 256);
    expect(byteFrequencyChiSquare(even)).toBe(0);
  });

  it('is n·255 when every byte is the same', () => {
    // One bin holds all n bytes, the other 255 hold none: (n − n/256)²/(n/256) + 255·(n/256) = 255·n.
    expect(byteFrequencyChiSquare(new Uint8Array(2048))).toBeCloseTo(255 * 2048, 6);
  });

  it('is about n for bytes masked with 0x7f (half the bins empty)', () => {
    const masked = Uint8Array.from({ length: 256 * 16 }, (_, i) => (i % 256) & 0x7f);
    expect(byteFrequencyChiSquare(masked)).toBeCloseTo(256 * 16, 6);
  });

  it('refuses samples too small for the test', () => {
    expect(() => byteFrequencyChiSquare(new Uint8Array(100))).toThrow(RangeError);
  });
});

describe('monobit', () => {
  it('counts bits and gives |ones − zeros|/√n', () => {
    expect(monobit(Uint8Array.of(0xff, 0x00))).toEqual({ ones: 8, bits: 16, z: 0 });
    expect(monobit(Uint8Array.of(0xff, 0xff, 0xff, 0xff))).toMatchObject({ ones: 32, bits: 32 });
    expect(monobit(Uint8Array.of(0xff, 0xff, 0xff, 0xff)).z).toBeCloseTo(Math.sqrt(32), 12);
    expect(monobit(Uint8Array.of(0x01, 0x80, 0x00, 0x00)).z).toBeCloseTo(28 / Math.sqrt(32), 12);
  });

  it('is 0 for every byte value once', () => {
    expect(monobit(Uint8Array.from({ length: 256 }, (_, i) => i)).z).toBe(0);
  });
});
