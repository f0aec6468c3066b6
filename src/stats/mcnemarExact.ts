import { regularizedBeta } from './regularizedBeta.js';

/**
 * Exact two-sided McNemar test for paired binary outcomes.
 *
 * Why: with common random numbers the two policies' binary outcomes (an expulsion demand or
 * not) are paired by replicate; only the discordant pairs carry information about the
 * difference. Under the null of equal proportions each discordant pair is equally likely to
 * go either way, so the count one way is Binomial(b + c, 1/2).
 *
 * Reference: McNemar, Q. (1947). Psychometrika 12, 153–157; exact (conditional binomial)
 * form as R's `binom.test(b, b + c)`: p = min(1, 2·P(X ≤ min(b, c))), with
 * P(X ≤ k) = I_{1/2}(n − k, k + 1).
 *
 * @param onlyTreatment - pairs where only the treatment shows the event (b), an integer ≥ 0
 * @param onlyControl - pairs where only the control shows it (c), an integer ≥ 0
 * @returns the two-sided p-value (1 when there are no discordant pairs)
 * @throws RangeError naming a count that is not an integer ≥ 0
 * @example
 * mcnemarExact(9, 1); // R: binom.test(1, 10)$p.value
 * // => 0.021484375
 */
export function mcnemarExact(onlyTreatment: number, onlyControl: number): number {
  for (const [name, k] of [
    ['onlyTreatment', onlyTreatment],
    ['onlyControl', onlyControl],
  ] as const) {
    if (!(Number.isSafeInteger(k) && k >= 0))
      throw new RangeError(`${name} must be an integer >= 0, received ${k}`);
  }
  const n = onlyTreatment + onlyControl;
  const k = Math.min(onlyTreatment, onlyControl);
  if (n === 0 || 2 * k === n) return 1;
  return Math.min(1, 2 * regularizedBeta(0.5, n - k, k + 1));
}
