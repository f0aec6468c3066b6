import { requireInteger } from '../util/validate.js';

/**
 * Exact survival function of the one-sided Kolmogorov–Smirnov (Smirnov) statistic,
 * P(D_n⁺ ≥ d), with D_n⁺ = sup (F_n(x) − F(x)) for n draws from a continuous F.
 *
 * A sum of positive terms, so it keeps full relative accuracy far into the tail; the
 * two-sided p-value there is twice this value (exactly so for d ≥ ½), which is how
 * {@link kolmogorovSurvival} gets small p-values right.
 *
 * Reference: Birnbaum & Tingey (1951), Ann. Math. Statist. 22, 592–596:
 * P(D_n⁺ ≥ d) = d Σ_{j=0}^{⌊n(1−d)⌋} C(n, j) (1 − d − j/n)^{n−j} (d + j/n)^{j−1},
 * each term formed in logs. Cost O(n).
 *
 * @param n - sample size, an integer ≥ 1
 * @param d - the statistic's value (≤ 0 gives 1, ≥ 1 gives 0)
 * @returns P(D_n⁺ ≥ d)
 * @throws RangeError when n is not an integer ≥ 1 or d is NaN
 * @example
 * smirnovSurvival(1, 0.3); // D₁⁺ = 1 − U
 * // => 0.7000000000000001
 */
export function smirnovSurvival(n: number, d: number): number {
  requireInteger('n', n, 1);
  if (Number.isNaN(d)) throw new RangeError(`d must be a number, received ${d}`);
  if (d <= 0) return 1;
  if (d >= 1) return 0;
  const last = Math.floor(n * (1 - d));
  let logBinomial = 0; // ln C(n, j), updated by C(n, j+1) = C(n, j)·(n − j)/(j + 1)
  let sum = 0;
  for (let j = 0; j <= last; j++) {
    const below = (n * (1 - d) - j) / n; // 1 − d − j/n, without cancelling 1 − d first
    const above = d + j / n;
    if (below > 0)
      sum += Math.exp(logBinomial + (n - j) * Math.log(below) + (j - 1) * Math.log(above));
    else if (j === n) sum += Math.exp(logBinomial + (j - 1) * Math.log(above)); // 0⁰ = 1
    logBinomial += Math.log((n - j) / (j + 1));
  }
  return Math.min(1, Math.max(0, d * sum));
}
