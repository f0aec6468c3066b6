import { requireArrayLike, requireObject } from '../util/requireArgument.js';

/**
 * A multivariate exponential-kernel Hawkes process (several militias that excite each
 * other) with an optional log-linear trend in each baseline:
 *
 *   λ_m(t) = max(0, μ_m e^{γ_m t} + Σ_k n_mk β_k Σ_{t_i in k, t_i < t} e^{−β_k (t − t_i)}
 *                  + Σ_j r_jm δ_m e^{−δ_m (t − s_j)})
 *
 * where the last sum runs over exogenous shocks (strikes) given separately.
 */
export interface MultivariateHawkesParams {
  /** μ_m, events per day in each dimension at t = 0. */
  readonly baseline: readonly number[];
  /** n_mk, expected direct offspring in dimension m of one event in dimension k. */
  readonly branchingRatio: readonly (readonly number[])[];
  /** β_k per day, the decay of excitation caused by events in dimension k. */
  readonly decay: readonly number[];
  /** γ_m per day, the log-linear trend of each baseline (0 when omitted). */
  readonly trend?: readonly number[];
}

/**
 * Exogenous shocks such as retaliation strikes: known times whose response may be
 * negative (deterrence by punishment). Shock j adds r_jm expected events to dimension m,
 * spread over time by the kernel δ_m e^{−δ_m t}.
 */
export interface ExogenousShocks {
  /** Shock times in days, non-decreasing. */
  readonly times: readonly number[];
  /** response[j][m] = r_jm, expected extra events in dimension m caused by shock j. */
  readonly response: readonly (readonly number[])[];
  /** δ_m per day, the decay of the response in each dimension. */
  readonly decay: readonly number[];
}

/**
 * Check the shapes and ranges of multivariate parameters and shocks.
 *
 * @throws RangeError naming the field (with its indices), the rule and the value
 * @example
 * validateMultivariateParams({ baseline: [0.1, 0.2], branchingRatio: [[0.3, 0.1], [0, 0.2]], decay: [1, 2] });
 * // => 2 (the dimension)
 */
export function validateMultivariateParams(
  params: MultivariateHawkesParams,
  shocks?: ExogenousShocks,
): number {
  requireObject('params', params, 'an object { baseline, branchingRatio, decay } of arrays');
  requireArrayLike('params.baseline', params.baseline, 'an array of baselines, one per dimension');
  requireArrayLike('params.decay', params.decay, 'an array of decays, one per dimension');
  requireArrayLike(
    'params.branchingRatio',
    params.branchingRatio,
    'a square matrix (array of rows)',
  );
  const dims = params.baseline.length;
  if (dims === 0) throw new RangeError('baseline must have at least one dimension, received []');
  for (const [m, v] of params.baseline.entries()) nonNegative(`baseline[${m}]`, v);
  if (params.decay.length !== dims) {
    throw new RangeError(
      `decay must have ${dims} entries (one per dimension), received ${params.decay.length}`,
    );
  }
  for (const [k, v] of params.decay.entries()) positive(`decay[${k}]`, v);
  if (params.branchingRatio.length !== dims) {
    throw new RangeError(
      `branchingRatio must be a ${dims}×${dims} matrix, received ${params.branchingRatio.length} rows`,
    );
  }
  params.branchingRatio.forEach((row, m) => {
    if (row.length !== dims) {
      throw new RangeError(
        `branchingRatio[${m}] must have ${dims} entries, received ${row.length}`,
      );
    }
    for (const [k, v] of row.entries()) nonNegative(`branchingRatio[${m}][${k}]`, v);
  });
  if (params.trend !== undefined) {
    if (params.trend.length !== dims) {
      throw new RangeError(`trend must have ${dims} entries, received ${params.trend.length}`);
    }
    params.trend.forEach((v, m) => {
      if (!Number.isFinite(v))
        throw new RangeError(`trend[${m}] must be a finite number, received ${v}`);
    });
  }
  if (shocks !== undefined) validateShocks(shocks, dims);
  return dims;
}

function validateShocks(shocks: ExogenousShocks, dims: number): void {
  if (shocks.response.length !== shocks.times.length) {
    throw new RangeError(
      `shocks.response must have one row per shock (${shocks.times.length}), received ${shocks.response.length}`,
    );
  }
  if (shocks.decay.length !== dims) {
    throw new RangeError(`shocks.decay must have ${dims} entries, received ${shocks.decay.length}`);
  }
  for (const [m, v] of shocks.decay.entries()) positive(`shocks.decay[${m}]`, v);
  let previous = Number.NEGATIVE_INFINITY;
  shocks.times.forEach((t, j) => {
    if (!(Number.isFinite(t) && t >= 0))
      throw new RangeError(`shocks.times[${j}] must be a finite number >= 0, received ${t}`);
    if (t < previous)
      throw new RangeError(
        `shocks.times[${j}] must not be before shocks.times[${j - 1}], received ${t}`,
      );
    previous = t;
    const row = shocks.response[j] as readonly number[];
    if (row.length !== dims)
      throw new RangeError(
        `shocks.response[${j}] must have ${dims} entries, received ${row.length}`,
      );
    row.forEach((v, m) => {
      if (!Number.isFinite(v))
        throw new RangeError(`shocks.response[${j}][${m}] must be a finite number, received ${v}`);
    });
  });
}

function nonNegative(name: string, v: number): void {
  if (!(Number.isFinite(v) && v >= 0))
    throw new RangeError(`${name} must be a finite number >= 0, received ${v}`);
}

function positive(name: string, v: number): void {
  if (!(Number.isFinite(v) && v > 0))
    throw new RangeError(`${name} must be a finite number > 0, received ${v}`);
}
