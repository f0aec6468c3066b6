import { studentTQuantile } from '../../stats/studentT.js';

/**
 * The multiplier k such that a new draw X from a normal distribution falls below
 * x̄ + k·s (and above x̄ − k·s) with probability (1 + confidence)/2, where x̄ and s are the
 * mean and standard deviation of `replicates` earlier draws: k = t_{B−1}((1 + confidence)/2)
 * ·√(1 + 1/B), the normal prediction interval (e.g. Hahn & Meeker 1991, Statistical
 * Intervals, §4.7). Exact for normal draws, whatever B.
 *
 * Why: the bootstrap cut-off puts each end where the signed root R reaches â ± k·b̂, with â
 * and b̂ estimated from B bootstrap records; the normal quantile z in their place ignores
 * their Monte Carlo error, and R crosses â + z·b̂ more often than stated (at 95%, 2.8% per
 * side with B = 49 rather than 2.5%).
 *
 * @param confidence - the two-sided level, in (0, 1)
 * @param replicates - B, the draws the mean and standard deviation come from; at least 2
 * @example
 * predictionQuantile(0.95, 49); // => 2.031047816579766 (1.96 as B grows)
 */
export function predictionQuantile(confidence: number, replicates: number): number {
  return studentTQuantile(0.5 + confidence / 2, replicates - 1) * Math.sqrt(1 + 1 / replicates);
}
