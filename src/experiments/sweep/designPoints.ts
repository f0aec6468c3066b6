import type { RandomSource } from '../../random/createRng.js';
import type { ParameterRange } from '../sensitivity/ParameterRange.js';

/** Most design points a sweep accepts (a grid grows as levels^k). */
export const MAX_SWEEP_POINTS = 1_000_000;

/**
 * The points of a sweep design over parameter ranges: a full grid with `points` evenly spaced
 * levels per parameter (ends included; points^k in all, in row-major order with the last
 * parameter fastest), or a Latin hypercube of `points` points (McKay, Beckman & Conover
 * 1979): each parameter's range cut into `points` equal strata, each stratum used once, a
 * uniform position within it, strata paired across parameters at random.
 *
 * @param ranges - the parameters (checked by the caller)
 * @param design - `grid` or `latinHypercube`
 * @param points - levels per parameter (grid, ≥ 2) or points (Latin hypercube, ≥ 1)
 * @param rng - the Latin hypercube's stream (unused by the grid)
 * @returns one row of values per point, in path order
 * @throws RangeError naming `points` when it is too small or the design too large
 * @example
 * designPoints([{ path: 'x', low: 0, high: 1 }], 'grid', 3, createRng(1)); // => [[0], [0.5], [1]]
 */
export function designPoints(
  ranges: readonly ParameterRange[],
  design: 'grid' | 'latinHypercube',
  points: number,
  rng: RandomSource,
): number[][] {
  if (design !== 'grid' && design !== 'latinHypercube')
    throw new RangeError(
      `design must be grid or latinHypercube, received ${JSON.stringify(design)}`,
    );
  const min = design === 'grid' ? 2 : 1;
  if (!(Number.isSafeInteger(points) && points >= min))
    throw new RangeError(
      `points must be an integer >= ${min} (${design === 'grid' ? 'levels per parameter' : 'design points'}), received ${points}`,
    );
  const total = design === 'grid' ? points ** ranges.length : points;
  if (total > MAX_SWEEP_POINTS)
    throw new RangeError(
      `points gives ${total} design points, more than ${MAX_SWEEP_POINTS}; use fewer levels or latinHypercube`,
    );
  if (design === 'grid') {
    const levels = ranges.map((r) =>
      Array.from({ length: points }, (_, i) =>
        i === points - 1 ? r.high : r.low + (i * (r.high - r.low)) / (points - 1),
      ),
    );
    const rows: number[][] = [];
    for (let index = 0; index < total; index++) {
      let rest = index;
      const row = new Array<number>(ranges.length);
      for (let i = ranges.length - 1; i >= 0; i--) {
        row[i] = levels[i]?.[rest % points] as number;
        rest = Math.floor(rest / points);
      }
      rows.push(row);
    }
    return rows;
  }
  const columns = ranges.map((r) => {
    const strata = Array.from({ length: points }, (_, i) => i);
    for (let i = points - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [strata[i], strata[j]] = [strata[j] as number, strata[i] as number];
    }
    return strata.map((s) => r.low + ((s + rng()) / points) * (r.high - r.low));
  });
  return Array.from({ length: points }, (_, j) => columns.map((c) => c[j] as number));
}
