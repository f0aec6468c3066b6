import type { RandomSource } from '../../random/createRng.js';
import type { ParameterRange } from '../sensitivity/ParameterRange.js';

/** Most design points a sweep accepts (a grid grows as levels^k). */
export const MAX_SWEEP_POINTS = 1_000_000;

/** The points of a sweep design, read one at a time. */
export interface DesignPoints {
  /** Design points in all. */
  readonly count: number;
  /**
   * The values of point `index`, in path order (a new array).
   * @throws RangeError naming `index` outside [0, count)
   */
  at(index: number): number[];
}

/**
 * The points of a sweep design over parameter ranges: a full grid with `points` evenly spaced
 * levels per parameter (ends included; points^k in all, in row-major order with the last
 * parameter fastest), or a Latin hypercube of `points` points (McKay, Beckman & Conover
 * 1979): each parameter's range cut into `points` equal strata, each stratum used once, a
 * uniform position within it, strata paired across parameters at random.
 *
 * Why read one point at a time: a sweep streams its rows, so its design must not grow with
 * the points either. A grid point is computed from its index and holds nothing. A Latin
 * hypercube is a joint draw (each stratum once), so its values are drawn up front, in the
 * same order as ever, into one Float64Array: 8 bytes per point and parameter, where a JS
 * array per point cost about 60 bytes more.
 *
 * @param ranges - the parameters (checked by the caller)
 * @param design - `grid` or `latinHypercube`
 * @param points - levels per parameter (grid, ≥ 2) or points (Latin hypercube, ≥ 1)
 * @param rng - the Latin hypercube's stream (unused by the grid)
 * @returns the design's size and a reader of its points
 * @throws RangeError naming `points` when it is too small or the design too large
 * @example
 * const grid = designPoints([{ path: 'x', low: 0, high: 1 }], 'grid', 3, createRng(1));
 * [grid.count, grid.at(1)]; // => [3, [0.5]]
 */
export function designPoints(
  ranges: readonly ParameterRange[],
  design: 'grid' | 'latinHypercube',
  points: number,
  rng: RandomSource,
): DesignPoints {
  if (design !== 'grid' && design !== 'latinHypercube')
    throw new RangeError(
      `design must be grid or latinHypercube, received ${JSON.stringify(design)}`,
    );
  const min = design === 'grid' ? 2 : 1;
  if (!(Number.isSafeInteger(points) && points >= min))
    throw new RangeError(
      `points must be an integer >= ${min} (${design === 'grid' ? 'levels per parameter' : 'design points'}), received ${points}`,
    );
  const count = design === 'grid' ? points ** ranges.length : points;
  if (count > MAX_SWEEP_POINTS)
    throw new RangeError(
      `points gives ${count} design points, more than ${MAX_SWEEP_POINTS}; use fewer levels or latinHypercube`,
    );
  const k = ranges.length;
  const bounds = ranges.map(({ low, high }) => ({ low, high }));
  const check = (index: number) => {
    if (!(Number.isSafeInteger(index) && index >= 0 && index < count))
      throw new RangeError(`index must be an integer in [0, ${count}), received ${index}`);
  };
  if (design === 'grid')
    return {
      count,
      at(index) {
        check(index);
        const out = new Array<number>(k);
        let rest = index;
        for (let i = k - 1; i >= 0; i--) {
          const level = rest % points;
          const { low, high } = bounds[i] as (typeof bounds)[number];
          out[i] = level === points - 1 ? high : low + (level * (high - low)) / (points - 1);
          rest = Math.floor(rest / points);
        }
        return out;
      },
    };
  // Point j's value of parameter i at values[j * k + i]; the draws come in the order they
  // always did (each parameter's shuffle, then its positions), so designs are unchanged.
  const values = new Float64Array(points * k);
  const strata = new Uint32Array(points);
  for (let i = 0; i < k; i++) {
    const { low, high } = bounds[i] as (typeof bounds)[number];
    for (let s = 0; s < points; s++) strata[s] = s;
    for (let s = points - 1; s > 0; s--) {
      const j = Math.floor(rng() * (s + 1));
      const swap = strata[s] as number;
      strata[s] = strata[j] as number;
      strata[j] = swap;
    }
    for (let j = 0; j < points; j++)
      values[j * k + i] = low + (((strata[j] as number) + rng()) / points) * (high - low);
  }
  return {
    count,
    at(index) {
      check(index);
      const out = new Array<number>(k);
      for (let i = 0; i < k; i++) out[i] = values[index * k + i] as number;
      return out;
    },
  };
}
