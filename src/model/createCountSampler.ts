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
  const table = createCountTable(mean, dispersion);
  return (rng) => sampleCount(table, rng);
}

/**
 * What createCountSampler precomputes for NB(μ, k): its cumulative table and guide table (or,
 * for μ = 0 or μ > 1000, no table). A plain object of one shape, so an engine draws from any
 * table through the same code (drawCount) without a call through a closure.
 */
export interface CountTable {
  readonly mean: number;
  readonly dispersion: number;
  /** F(0), F(1), …; empty when mean is 0 or drawn as a mixture. */
  readonly table: Float64Array;
  readonly guide: Int32Array;
  /** F at the table's end, and p(x) just past it (the tail's first term). */
  readonly tailStart: number;
  readonly tailFirst: number;
  /** μ/(k + μ), the recurrence's ratio. */
  readonly ratio: number;
}

/**
 * Precompute the inversion tables of NB(μ, k) (see createCountSampler for the method).
 *
 * @param mean - μ ≥ 0
 * @param dispersion - k > 0
 * @returns the tables
 * @throws RangeError when mean is not a finite number ≥ 0 or dispersion is not a finite number > 0
 * @example
 * createCountTable(3, 1).table.length > 0; // => true
 */
export function createCountTable(mean: number, dispersion: number): CountTable {
  if (!(Number.isFinite(mean) && mean >= 0))
    throw new RangeError(`mean must be a finite number >= 0, received ${mean}`);
  if (!(Number.isFinite(dispersion) && dispersion > 0))
    throw new RangeError(`dispersion must be a finite number > 0, received ${dispersion}`);
  const k = dispersion;
  const ratio = mean / (k + mean);
  // No table for 0, nor for a huge mean: it would be long and mostly tail.
  if (mean === 0 || mean > TABLE_MEAN_LIMIT) {
    const empty = new Float64Array(0);
    return {
      mean,
      dispersion,
      table: empty,
      guide: new Int32Array(0),
      tailStart: 0,
      tailFirst: 0,
      ratio,
    };
  }
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
  // p holds p(last + 1) here, the first term of the tail.
  return {
    mean,
    dispersion,
    table,
    guide: guideTable(table),
    tailStart: table[table.length - 1] as number,
    tailFirst: p,
    ratio,
  };
}

/**
 * One draw from NB(μ, k) by its tables: no draw for μ = 0, the gamma–Poisson mixture for
 * μ > 1000, else inversion of one uniform.
 *
 * @param count - from createCountTable
 * @param rng - a uniform source
 * @returns an integer ≥ 0
 * @example
 * sampleCount(createCountTable(0, 1), createRng(1)); // => 0
 */
export function sampleCount(count: CountTable, rng: RandomSource): number {
  if (count.mean === 0) return 0;
  if (count.mean > TABLE_MEAN_LIMIT)
    return sampleNegativeBinomial(rng, count.mean, count.dispersion);
  return invertCount(count, rng());
}

/**
 * The inverse of NB(μ, k)'s distribution function at u, from its tables (0 < μ ≤ 1000): the
 * smallest x with u < F(x).
 *
 * @param count - from createCountTable, with a table
 * @param u - a uniform in [0, 1)
 * @returns an integer ≥ 0
 * @example
 * invertCount(createCountTable(3, 1), 0); // => 0
 */
export function invertCount(count: CountTable, u: number): number {
  const table = count.table;
  if (u < count.tailStart) {
    const guide = count.guide;
    // u ≥ j/cells exactly (cells is a power of two), so the answer is ≥ guide[j].
    let x = guide[Math.floor(u * guide.length)] as number;
    while (u >= (table[x] as number)) x++;
    return x;
  }
  // Chop-down search beyond the table; stops when the terms underflow (mass < 1e-300).
  const k = count.dispersion;
  let rest = u - count.tailStart;
  let x = table.length;
  let f = count.tailFirst;
  while (rest >= f && f > 0) {
    rest -= f;
    f *= ((x + k) / (x + 1)) * count.ratio;
    x++;
  }
  return x;
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
