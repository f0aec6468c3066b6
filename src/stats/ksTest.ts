import { requireArrayLike, requireFunction } from '../util/requireArgument.js';
import { kolmogorovSurvival } from './kolmogorovDistribution.js';
import { sortUnitInterval } from './sortUnitInterval.js';

/** Outcome of {@link ksTest}. */
export interface KsTestResult {
  /** D_n = sup |F_n(x) − F(x)|. */
  readonly statistic: number;
  /** P(D_n ≥ statistic) under the null hypothesis that the sample comes from F. */
  readonly pValue: number;
  /** Sample size. */
  readonly n: number;
}

const uniformCdf = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * One-sample two-sided Kolmogorov–Smirnov test of a sample against a fully specified
 * continuous CDF (by default the uniform on [0, 1]).
 *
 * Goodness of fit of a point-process model by time rescaling: under the model the rescaled
 * gaps Λ(t_k) − Λ(t_{k−1}) are Exp(1), so 1 − e^{−gap} is uniform (Brown et al. 2002,
 * Neural Computation 14, 325–346). With the small samples we meet (n ≈ 10) the p-value
 * must come from the exact finite-n distribution, not the asymptotic one.
 *
 * Reference: D_n = max_i max(i/n − F(x₍ᵢ₎), F(x₍ᵢ₎) − (i − 1)/n) over the sorted sample;
 * the p-value from {@link kolmogorovSurvival} (Marsaglia, Tsang & Wang 2003). If F is
 * fitted to the same sample the test is conservative (Lilliefors); ties are not expected
 * for continuous F. Cost O(n) for spread-out values (O(n log n) at worst) plus the p-value.
 *
 * @param sample - finite values (not modified)
 * @param cdf - the null hypothesis' CDF; must return values in [0, 1]
 * @returns `{ statistic, pValue, n }`
 * @throws RangeError when the sample is empty or holds a non-finite value, or cdf returns a
 *   value outside [0, 1]
 * @example
 * ksTest([0.1, 0.4, 0.7]).statistic; // largest gap: 1 − 0.7 above the last value
 * // => 0.30000000000000004
 */
export function ksTest(
  sample: ArrayLike<number>,
  cdf: (x: number) => number = uniformCdf,
): KsTestResult {
  requireArrayLike('sample', sample, 'an array of numbers');
  requireFunction('cdf', cdf, 'a cumulative distribution function (x) => number');
  const n = sample.length;
  if (n === 0) throw new RangeError('sample must hold at least one value, received 0 values');
  // Work on u = F(x): F is non-decreasing, so the u's sort in the order of the x's, and
  // values in [0, 1] sort in linear time (sortUnitInterval).
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = sample[i] as number;
    if (!Number.isFinite(x))
      throw new RangeError(`sample[${i}] must be a finite number, received ${x}`);
    const value = cdf(x);
    if (!(value >= 0 && value <= 1)) {
      throw new RangeError(`cdf must return a value in [0, 1], received ${value} at x = ${x}`);
    }
    u[i] = value;
  }
  sortUnitInterval(u);
  let statistic = 0;
  for (let i = 0; i < n; i++) {
    const value = u[i] as number;
    statistic = Math.max(statistic, (i + 1) / n - value, value - i / n);
  }
  return { statistic, pValue: kolmogorovSurvival(n, statistic), n };
}
