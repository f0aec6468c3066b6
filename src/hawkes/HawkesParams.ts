import { requireObject } from '../util/requireArgument.js';

/**
 * Parameters of a univariate Hawkes process with exponential kernel
 * φ(t) = branchingRatio · decay · e^{−decay·t}, so λ(t) = baseline + Σ_{t_i < t} φ(t − t_i).
 *
 * - `baseline` μ: events per day arriving from outside the process (immigrants).
 * - `branchingRatio` n: expected number of direct offspring of one event (unitless);
 *   the process is stationary when n < 1, and n is then the share of events that are
 *   triggered by earlier ones.
 * - `decay` β: how fast excitation fades, per day; 1/β is the mean delay of an offspring.
 */
export interface HawkesParams {
  readonly baseline: number;
  readonly branchingRatio: number;
  readonly decay: number;
}

/**
 * Check that Hawkes parameters are finite and in range: baseline ≥ 0, branchingRatio ≥ 0,
 * decay > 0. Stationarity (branchingRatio < 1) is checked where it matters (simulation).
 *
 * @param params - the parameters to check
 * @throws RangeError naming the field, the rule and the value received
 * @example
 * validateHawkesParams({ baseline: 0.5, branchingRatio: 0.4, decay: 1 }); // => undefined
 */
export function validateHawkesParams(params: HawkesParams): void {
  requireObject('params', params, 'an object { baseline, branchingRatio, decay }');
  const { baseline, branchingRatio, decay } = params;
  if (!(Number.isFinite(baseline) && baseline >= 0)) {
    throw new RangeError(
      `baseline must be a finite number >= 0 (events per day), received ${baseline}`,
    );
  }
  if (!(Number.isFinite(branchingRatio) && branchingRatio >= 0)) {
    throw new RangeError(`branchingRatio must be a finite number >= 0, received ${branchingRatio}`);
  }
  if (!(Number.isFinite(decay) && decay > 0)) {
    throw new RangeError(`decay must be a finite number > 0 (per day), received ${decay}`);
  }
}
