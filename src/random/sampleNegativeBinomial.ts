import { requireNonNegative } from '../util/validate.js';
import type { RandomSource } from './createRng.js';
import { sampleGamma } from './sampleGamma.js';
import { samplePoisson } from './samplePoisson.js';

/**
 * Draw an over-dispersed count from the negative binomial with the given mean μ and
 * dispersion k: variance = μ + μ²/k.
 *
 * Why: rockets per salvo and other counts that vary more than a Poisson count would. The
 * source documents one salvo of 33 rockets from seven launchers; one salvo cannot tell a
 * dispersion, so k is an assumption to vary in sensitivity analyses.
 *
 * Parameterisation: (mean, dispersion) as in R's `rnbinom(size = k, mu = μ)`, the
 * ecologists' k. Smaller k means more over-dispersion; k = 1 is the geometric distribution
 * on {0, 1, …}; k = Infinity is the Poisson limit. In the (r, p) form counting failures
 * before the r-th success: r = k, p = k/(k + μ).
 *
 * Reference: the gamma–Poisson mixture (Greenwood & Yule 1920): λ ~ Gamma(shape k,
 * scale μ/k), X | λ ~ Poisson(λ); exact, with the cost of one gamma and one Poisson draw.
 *
 * @param rng - a uniform source on [0, 1)
 * @param mean - μ ≥ 0 (0 gives 0)
 * @param dispersion - k > 0, or Infinity for a Poisson draw
 * @returns a non-negative integer
 * @throws RangeError when mean is not a finite number ≥ 0 or dispersion is not > 0
 * @example
 * // Rockets per salvo: mean 20, standard deviation √(20 + 20²/2) ≈ 14.8.
 * sampleNegativeBinomial(createRng(42), 20, 2); // => 48
 */
export function sampleNegativeBinomial(
  rng: RandomSource,
  mean: number,
  dispersion: number,
): number {
  requireNonNegative('mean', mean);
  if (!(dispersion > 0)) {
    throw new RangeError(`dispersion must be > 0 (Infinity for Poisson), received ${dispersion}`);
  }
  if (mean === 0) return 0;
  if (dispersion === Number.POSITIVE_INFINITY) return samplePoisson(rng, mean);
  // Scale 1 then multiply, so a tiny mean/dispersion underflows to a rate of 0, not an error.
  const rate = sampleGamma(rng, dispersion, 1) * (mean / dispersion);
  return samplePoisson(rng, rate);
}
