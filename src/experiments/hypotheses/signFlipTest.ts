import type { RandomSource } from '../../random/createRng.js';
import { requireArrayLike, requireFunction } from '../../util/requireArgument.js';

/** The alternative a test looks for: treatment − control above, below or away from zero. */
export type Direction = 'greater' | 'less' | 'two-sided';

/**
 * Paired sign-flip permutation test of "no difference" on differences d_r.
 *
 * Why: under the null that the treatment does nothing, each replicate's pair is
 * exchangeable, so each d_r is as likely to be −d_r. Flipping signs at random gives the
 * null distribution of the mean without assuming normality — right for the skewed,
 * discrete counts of a year of attacks. With B random flips the p-value
 * (1 + #{T* ≥ T}) / (B + 1) is exactly valid: P(p ≤ α) ≤ α for every α under the null
 * (Phipson & Smyth 2010), so it is never 0.
 *
 * Reference: Fisher (1935), The Design of Experiments, §21; Good, P. (2005), Permutation,
 * Parametric and Bootstrap Tests of Hypotheses, ch. 3.
 *
 * Cost: O(B · n) uniform draws.
 *
 * @param differences - paired differences (treatment − control), at least one
 * @param direction - `greater`, `less` or `two-sided`
 * @param permutations - B, an integer ≥ 1
 * @param rng - the source of the random signs
 * @returns the p-value in (0, 1]
 * @throws RangeError when there are no differences or B is not an integer ≥ 1
 * @example
 * signFlipTest([1, 2, 3, 4, 5, 6, 7, 8], 'greater', 999, createRng(1)); // every flip is ≤ the observed sum
 * // => 0.005
 */
export function signFlipTest(
  differences: ArrayLike<number>,
  direction: Direction,
  permutations: number,
  rng: RandomSource,
): number {
  requireArrayLike('differences', differences, 'an array of paired differences');
  requireFunction('rng', rng, 'a random source (createRng(seed))');
  const n = differences.length;
  if (n < 1) throw new RangeError('differences must hold at least one value');
  if (!(Number.isSafeInteger(permutations) && permutations >= 1))
    throw new RangeError(`permutations must be an integer >= 1, received ${permutations}`);
  let observed = 0;
  for (let i = 0; i < n; i++) observed += differences[i] as number;
  // Sums of integers are exact; for real differences allow the rounding of n additions.
  const slack = 1e-12 * n * Math.max(1, Math.abs(observed));
  let extreme = 0;
  for (let b = 0; b < permutations; b++) {
    let t = 0;
    for (let i = 0; i < n; i++)
      t += rng() < 0.5 ? (differences[i] as number) : -(differences[i] as number);
    if (
      direction === 'greater'
        ? t >= observed - slack
        : direction === 'less'
          ? t <= observed + slack
          : Math.abs(t) >= Math.abs(observed) - slack
    )
      extreme++;
  }
  return (1 + extreme) / (1 + permutations);
}
