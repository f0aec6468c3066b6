import { requireNonNegative } from '../util/validate.js';
import type { RandomSource } from './createRng.js';
import { stirlingTail } from './logFactorial.js';

const HALF_LOG_TWO_PI = 0.9189385332046728;

/** Means below this use inversion; PTRS is valid from 10 on (Hörmann 1993). */
const INVERSION_LIMIT = 10;

/**
 * Draw an exact Poisson count with the given mean.
 *
 * Why: counts of events in a window, casualties, and the second stage of the negative
 * binomial; in hot loops the mean changes from call to call, so no per-mean table is kept.
 *
 * Reference: for mean < 10, inversion by sequential search (Devroye 1986, §X.3.3): one
 * uniform and about mean + 1 multiplications. For mean ≥ 10, Hörmann's PTRS transformed
 * rejection with squeeze (Hörmann 1993, "The transformed rejection method for generating
 * Poisson random variables", Insurance: Mathematics and Economics 12, 39–45): about 2.3
 * uniforms per draw whatever the mean, with the log-pmf written in a cancellation-free
 * form so that it stays exact for means up to 1e15 and beyond.
 *
 * @param rng - a uniform source on [0, 1)
 * @param mean - λ ≥ 0 (0 gives 0); the variance is also λ
 * @returns a non-negative integer
 * @throws RangeError when mean is not a finite number ≥ 0
 * @example
 * samplePoisson(createRng(42), 4); // => 5
 */
export function samplePoisson(rng: RandomSource, mean: number): number {
  requireNonNegative('mean', mean);
  if (mean === 0) return 0;
  return mean < INVERSION_LIMIT
    ? poissonInversion(rng, mean, Math.exp(-mean))
    : poissonPtrs(rng, mean);
}

/**
 * samplePoisson for a caller that knows P(0) = e^{−mean} already (a cache keyed by the
 * mean): the same draw from the same uniforms, without the exponential.
 *
 * Why: the engine draws the losses of every strike from a few recurring means (sites hit
 * times fighters per site); the exponential cost more than the draw.
 *
 * @param rng - a uniform source on [0, 1)
 * @param mean - λ ≥ 0 (0 gives 0)
 * @param zero - Math.exp(-mean), exactly (used below the inversion limit, else ignored)
 * @returns a non-negative integer: samplePoisson(rng, mean) for the same draws
 * @throws RangeError when mean is not a finite number ≥ 0
 * @example
 * samplePoissonWithZero(createRng(42), 4, Math.exp(-4)); // => 5
 */
export function samplePoissonWithZero(rng: RandomSource, mean: number, zero: number): number {
  requireNonNegative('mean', mean);
  if (mean === 0) return 0;
  return mean < INVERSION_LIMIT ? poissonInversion(rng, mean, zero) : poissonPtrs(rng, mean);
}

function poissonInversion(rng: RandomSource, mean: number, p0: number): number {
  for (;;) {
    const u = rng();
    let k = 0;
    let p = p0;
    let cdf = p0;
    // Smallest k with u < F(k). The pmf underflows only when rounding left F just below
    // u near 1; redrawing then is exact (it rejects an event of probability ~1e-16).
    while (cdf <= u && p > 0) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    if (p > 0) return k;
  }
}

function poissonPtrs(rng: RandomSource, mean: number): number {
  const b = 0.931 + 2.53 * Math.sqrt(mean);
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    // ln pmf(k) = k ln λ − λ − ln k!, with ln k! = (k+½)ln(k+1) − (k+1) + ½ln 2π + fc(k)
    // rearranged so the O(k ln k) terms cancel before rounding.
    const logPmf =
      k * Math.log1p((mean - k - 1) / (k + 1)) +
      (k + 1 - mean) -
      0.5 * Math.log(k + 1) -
      HALF_LOG_TWO_PI -
      stirlingTail(k);
    if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= logPmf) return k;
  }
}
