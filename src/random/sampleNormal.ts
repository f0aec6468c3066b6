import { requireFunction } from '../util/requireArgument.js';
import { requireFinite, requireNonNegative } from '../util/validate.js';
import type { RandomSource } from './createRng.js';

/**
 * Draw from the standard normal distribution N(0, 1), without argument checks.
 *
 * Why: the inner loop of {@link sampleGamma} and of {@link sampleNormal}. Reference:
 * Marsaglia's polar method (Marsaglia & Bray 1964): a point (u, v) uniform in the unit
 * disc gives u·√(−2 ln s / s), s = u² + v², exactly normal. The second normal of the
 * pair is discarded so that no state is hidden between calls: a draw depends only on
 * the generator it was given.
 *
 * Cost: on average 8/π ≈ 2.55 uniforms, one log and one square root.
 *
 * @param rng - a uniform source on [0, 1)
 * @returns a standard normal draw
 * @example
 * standardNormal(createRng(42));
 * // => 1.9053093455990502
 */
export function standardNormal(rng: RandomSource): number {
  requireFunction('rng', rng, 'a random source (createRng(seed))');
  let u: number;
  let s: number;
  do {
    u = 2 * rng() - 1;
    const v = 2 * rng() - 1;
    s = u * u + v * v;
  } while (s >= 1 || s === 0);
  return u * Math.sqrt((-2 * Math.log(s)) / s);
}

/**
 * Draw from the normal distribution with the given mean and standard deviation.
 *
 * Why: measurement noise, priors and proposal kernels. Reference: mean + sd·Z with Z from
 * the polar method ({@link standardNormal}); exact, stateless across calls.
 *
 * @param rng - a uniform source on [0, 1)
 * @param mean - the centre, any finite number
 * @param sd - the standard deviation, ≥ 0 (0 returns mean)
 * @returns a normal draw
 * @throws RangeError when mean is not finite or sd is not a finite number ≥ 0
 * @example
 * sampleNormal(createRng(42), 10, 2); // 10 + 2·standardNormal(createRng(42))
 * // => 13.810618691198101
 */
export function sampleNormal(rng: RandomSource, mean: number, sd: number): number {
  requireFinite('mean', mean);
  requireNonNegative('sd', sd);
  return mean + sd * standardNormal(rng);
}
