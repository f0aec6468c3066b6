/**
 * Draws of scenario parameters: a posterior from `calibrate`, a prior sample, or any list
 * of parameter sets a user wants to integrate over. `runEnsemble` and the experiment
 * functions accept it; replicate r then runs with a draw chosen from the seed and r.
 */
export interface ParameterDraws {
  /** Dotted scenario paths (`militias.0.branchingRatio`), one per column of `draws`. */
  readonly paths: readonly string[];
  /** One row per draw, values in path order. */
  readonly draws: readonly (readonly number[])[];
  /** Importance weights, one per draw (any positive scale); equal when absent. */
  readonly weights?: readonly number[];
}

/**
 * Check the shape of parameter draws: at least one path and one draw, rows of the right
 * length with finite values, and non-negative finite weights with a positive sum.
 *
 * @param draws - the draws
 * @param label - the option's name, for messages (default `posterior`)
 * @returns the normalised weights (summing to 1)
 * @throws RangeError naming the field and the rule broken
 * @example
 * checkParameterDraws({ paths: ['militias.0.baseline'], draws: [[0.1], [0.3]] });
 * // => [0.5, 0.5]
 */
export function checkParameterDraws(draws: ParameterDraws, label = 'posterior'): number[] {
  if (draws === null || typeof draws !== 'object') {
    throw new RangeError(`${label} must be an object { paths, draws, weights? }`);
  }
  const { paths, draws: rows, weights } = draws;
  if (!Array.isArray(paths) || paths.length === 0 || paths.some((p) => typeof p !== 'string')) {
    throw new RangeError(`${label}.paths must be a non-empty array of scenario paths`);
  }
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new RangeError(`${label}.draws must be a non-empty array of rows`);
  }
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== paths.length) {
      throw new RangeError(
        `${label}.draws[${i}] must hold ${paths.length} values (one per path), received ${Array.isArray(row) ? row.length : typeof row}`,
      );
    }
    row.forEach((v, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new RangeError(`${label}.draws[${i}][${j}] must be a finite number, received ${v}`);
      }
    });
  });
  if (weights === undefined) return rows.map(() => 1 / rows.length);
  if (!Array.isArray(weights) || weights.length !== rows.length) {
    throw new RangeError(`${label}.weights must hold one weight per draw (${rows.length})`);
  }
  let total = 0;
  weights.forEach((w, i) => {
    if (typeof w !== 'number' || !(w >= 0) || !Number.isFinite(w)) {
      throw new RangeError(`${label}.weights[${i}] must be a finite number ≥ 0, received ${w}`);
    }
    total += w;
  });
  if (!(total > 0)) throw new RangeError(`${label}.weights must not all be 0`);
  return weights.map((w) => w / total);
}
