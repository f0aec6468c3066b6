import { regularizedBeta } from './regularizedBeta.js';

/**
 * Upper tail of Student's t distribution, P(T > t) with `df` degrees of freedom.
 *
 * Why: p-values of paired t-tests on replicate differences.
 *
 * Reference: P(|T| > |t|) = I_{df/(df + t²)}(df/2, 1/2) (Abramowitz & Stegun 26.7.1).
 *
 * @param t - the statistic (±Infinity allowed)
 * @param df - degrees of freedom, > 0
 * @returns P(T > t)
 * @throws RangeError when df is not finite and > 0, or t is NaN
 * @example
 * studentTSurvival(2, 10); // scipy.stats.t.sf(2, 10)
 * // => 0.03669401738537019
 */
export function studentTSurvival(t: number, df: number): number {
  if (!(df > 0 && Number.isFinite(df)))
    throw new RangeError(`df must be finite and > 0, received ${df}`);
  if (Number.isNaN(t)) throw new RangeError('t must be a number, received NaN');
  if (!Number.isFinite(t)) return t > 0 ? 0 : 1;
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

/**
 * Quantile of Student's t distribution: the t with P(T ≤ t) = p.
 *
 * Found by bisection on {@link studentTSurvival} to 1e-12 relative, which is ample for
 * interval half-widths. Cost: about 60 incomplete-beta evaluations.
 *
 * @param p - probability in (0, 1)
 * @param df - degrees of freedom, > 0
 * @returns the quantile
 * @throws RangeError when p is not in (0, 1) or df is not finite and > 0
 * @example
 * studentTQuantile(0.975, 10).toFixed(6); // scipy.stats.t.ppf(0.975, 10)
 * // => '2.228139'
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), received ${p}`);
  if (!(df > 0 && Number.isFinite(df)))
    throw new RangeError(`df must be finite and > 0, received ${df}`);
  if (p === 0.5) return 0;
  const upper = p > 0.5;
  const tail = upper ? 1 - p : p;
  let low = 0;
  let high = 1;
  while (studentTSurvival(high, df) > tail) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2;
    if (studentTSurvival(mid, df) > tail) low = mid;
    else high = mid;
  }
  const t = (low + high) / 2;
  return upper ? t : -t;
}
