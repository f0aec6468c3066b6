import type { RandomSource } from '../random/createRng.js';
import { sampleNegativeBinomial } from '../random/sampleNegativeBinomial.js';

/** Table entries beyond which the search continues by the recurrence (a long tail). */
const MAX_TABLE = 4096;
/** Means above this are drawn as a gamma–Poisson mixture instead of from a table. */
const TABLE_MEAN_LIMIT = 1000;

/**
 * A sampler of the negative binomial NB(μ, k) (mean μ, variance μ + μ²/k) by inversion of
 * a precomputed cumulative table: one uniform and a guided search per draw.
 *
 * Why: salvo sizes are drawn at every attack; the gamma–Poisson mixture costs a gamma and
 * a Poisson draw each time, while the distribution never changes within a scenario.
 *
 * Method: p(0) = (k/(k + μ))^k = e^{−k·log1p(μ/k)} and p(x + 1) = p(x)·(x + k)/(x + 1)·μ/(k + μ);
 * the table holds F(x) = Σ_{j ≤ x} p(j) until 1 − F(x) < 2⁻⁴⁰ (below the 2⁻³² resolution of
 * the uniforms) or MAX_TABLE entries; a uniform u returns the smallest x with u < F(x), and
 * beyond the table the search continues by the same recurrence (chop-down), so every value
 * keeps its exact probability to rounding. Cost: O(1) expected per draw (a guide table);
 * O(table) once.
 * Means above 1000 fall back to sampleNegativeBinomial (gamma–Poisson), also exact.
 *
 * @param mean - μ ≥ 0 (0 always gives 0)
 * @param dispersion - k > 0
 * @returns a sampler taking a uniform source
 * @throws RangeError when mean is not a finite number ≥ 0 or dispersion is not a finite number > 0
 * @example
 * createCountSampler(0, 1)(createRng(1)); // => 0
 */
export function createCountSampler(
  mean: number,
  dispersion: number,
): (rng: RandomSource) => number {
  if (!(Number.isFinite(mean) && mean >= 0))
    throw new RangeError(`mean must be a finite number >= 0, received ${mean}`);
  if (!(Number.isFinite(dispersion) && dispersion > 0))
    throw new RangeError(`dispersion must be a finite number > 0, received ${dispersion}`);
  if (mean === 0) return () => 0;
  // A table for a huge mean would be long and mostly tail: draw the gamma–Poisson mixture.
  if (mean > TABLE_MEAN_LIMIT) return (rng) => sampleNegativeBinomial(rng, mean, dispersion);
  const k = dispersion;
  const ratio = mean / (k + mean);
  const cumulative: number[] = [];
  let p = Math.exp(-k * Math.log1p(mean / k));
  let total = 0;
  for (let x = 0; x < MAX_TABLE; x++) {
    total += p;
    cumulative.push(total);
    p *= ((x + k) / (x + 1)) * ratio;
    // Stop once the tail is negligible and the mode is behind us (p falling).
    if (1 - total < 2 ** -40 && x >= mean) break;
  }
  const table = Float64Array.from(cumulative);
  const last = table.length - 1;
  const tailStart = table[last] as number;
  // p holds p(last + 1) here, the first term of the tail.
  const tailFirst = p;
  const guide = guideTable(table);
  const cells = guide.length;
  return (rng: RandomSource): number => {
    const u = rng();
    if (u < tailStart) {
      // u ≥ j/cells exactly (cells is a power of two), so the answer is ≥ guide[j].
      let x = guide[Math.floor(u * cells)] as number;
      while (u >= (table[x] as number)) x++;
      return x;
    }
    // Chop-down search beyond the table; stops when the terms underflow (mass < 1e-300).
    let rest = u - tailStart;
    let x = last + 1;
    let f = tailFirst;
    while (rest >= f && f > 0) {
      rest -= f;
      f *= ((x + k) / (x + 1)) * ratio;
      x++;
    }
    return x;
  };
}

/**
 * Chen and Asau's guide table (Devroye 1986, §III.2.4) for inversion on `table`: with a
 * power of two G ≥ the table's length, guide[j] is the smallest x with j/G < F(x), the
 * first candidate for a uniform u ∈ [j/G, (j + 1)/G). The search from there takes about two
 * comparisons on average and returns exactly what a binary search returns.
 */
function guideTable(table: Float64Array): Int32Array {
  let cells = 1;
  while (cells < table.length) cells *= 2;
  const guide = new Int32Array(cells);
  const last = table.length - 1;
  let x = 0;
  for (let j = 0; j < cells; j++) {
    // Cells past the table's total (u there goes to the tail) point at its last entry.
    while (x < last && (table[x] as number) <= j / cells) x++;
    guide[j] = x;
  }
  return guide;
}
