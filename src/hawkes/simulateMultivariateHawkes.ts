import { requireObject } from '../util/requireArgument.js';
import {
  type ExogenousShocks,
  type MultivariateHawkesParams,
  validateMultivariateParams,
} from './MultivariateHawkesParams.js';
import {
  capWarning,
  grow,
  resolveSimulationOptions,
  type SimulationOptions,
} from './simulationOptions.js';
import { spectralRadius } from './spectralRadius.js';

/** One simulated realisation of a multivariate process: event times per dimension. */
export interface MultivariateSimulationResult {
  readonly times: Float64Array[];
  readonly horizon: number;
  readonly reachedCap: boolean;
  readonly warnings: readonly string[];
}

/**
 * Simulate a multivariate exponential-kernel Hawkes process with optional baseline trends
 * and exogenous shocks (strikes whose response may be negative, the intensity clipped at
 * zero) by Ogata thinning.
 *
 * The bound is the sum over dimensions of the positive terms of each intensity argument;
 * each such term only decays between change points, so the bound holds until the next shock
 * (where it is recomputed). A rising trend (γ > 0) is bounded over windows of 1/γ days.
 * Thinning by max(0, argument) ≤ bound is exact for the clipped process.
 *
 * @param params - baselines, branching-ratio matrix, decays, optional trends
 * @param options - `horizon`, `seed` or `rng`, `maxEvents` (required when the spectral radius ≥ 1), `shocks`
 * @returns event times per dimension
 * @throws RangeError for invalid parameters or an explosive process without `maxEvents`
 * @example
 * const run = simulateMultivariateHawkes(
 *   { baseline: [0.1, 0.1], branchingRatio: [[0.3, 0.2], [0.2, 0.3]], decay: [1, 1] },
 *   { horizon: 100, seed: 7 },
 * );
 * run.times.length; // => 2
 */
export function simulateMultivariateHawkes(
  params: MultivariateHawkesParams,
  options: SimulationOptions & { readonly shocks?: ExogenousShocks },
): MultivariateSimulationResult {
  requireObject('options', options, 'an object of options with at least { horizon, seed }');
  const shocks = options.shocks;
  const dims = validateMultivariateParams(params, shocks);
  const { rng, cap, capIsDefault } = resolveSimulationOptions(
    options,
    spectralRadius(params.branchingRatio),
  );
  const horizon = options.horizon;
  const excitation = new Float64Array(dims);
  const response = new Float64Array(dims);
  const lambda = new Float64Array(dims);
  let buffers = Array.from({ length: dims }, () => new Float64Array(64));
  const counts = new Int32Array(dims);
  const shockTimes = shocks?.times ?? [];
  let j = 0;
  let total = 0;
  let t = 0;
  while (t < horizon && total < cap) {
    const nextShock = j < shockTimes.length ? (shockTimes[j] as number) : Number.POSITIVE_INFINITY;
    const windowEnd = Math.min(nextShock, horizon, t + risingWindow(params.trend));
    const bound = intensityBound(params, excitation, response, shocks, t, windowEnd);
    const gap = bound > 0 ? -Math.log(1 - rng()) / bound : Number.POSITIVE_INFINITY;
    const candidate = t + gap;
    if (candidate >= windowEnd) {
      // Memorylessness: restart the search at the window's end with a fresh bound.
      advance(params, shocks, excitation, response, windowEnd - t);
      t = windowEnd;
      if (t === nextShock) {
        const row = shocks?.response[j] as readonly number[];
        for (let m = 0; m < dims; m++) response[m] = (response[m] as number) + (row[m] as number);
        j++;
      }
      continue;
    }
    advance(params, shocks, excitation, response, gap);
    t = candidate;
    const sum = intensities(params, excitation, response, shocks, t, lambda);
    let u = rng() * bound;
    if (u >= sum) continue;
    let d = 0;
    while (d < dims - 1 && u >= (lambda[d] as number)) u -= lambda[d++] as number;
    if (counts[d] === (buffers[d] as Float64Array).length)
      buffers = buffers.map((b, m) => (m === d ? grow(b) : b));
    (buffers[d] as Float64Array)[counts[d] as number] = t;
    counts[d] = (counts[d] as number) + 1;
    excitation[d] = (excitation[d] as number) + 1;
    total++;
  }
  const reachedCap = total >= cap;
  return {
    times: buffers.map((b, m) => b.slice(0, counts[m] as number)),
    horizon,
    reachedCap,
    warnings: reachedCap ? [capWarning(cap, t, capIsDefault)] : [],
  };
}

function risingWindow(trend: readonly number[] | undefined): number {
  const rising = trend ? Math.max(0, ...trend) : 0;
  return rising > 0 ? 1 / rising : Number.POSITIVE_INFINITY;
}

function advance(
  params: MultivariateHawkesParams,
  shocks: ExogenousShocks | undefined,
  excitation: Float64Array,
  response: Float64Array,
  dt: number,
): void {
  for (let k = 0; k < excitation.length; k++) {
    excitation[k] = (excitation[k] as number) * Math.exp(-(params.decay[k] as number) * dt);
    if (shocks) response[k] = (response[k] as number) * Math.exp(-(shocks.decay[k] as number) * dt);
  }
}

/** Sum over dimensions of the positive terms, with rising baselines taken at the window's end. */
function intensityBound(
  params: MultivariateHawkesParams,
  excitation: Float64Array,
  response: Float64Array,
  shocks: ExogenousShocks | undefined,
  t: number,
  windowEnd: number,
): number {
  let bound = 0;
  for (let m = 0; m < excitation.length; m++) {
    const gamma = params.trend ? (params.trend[m] as number) : 0;
    bound += (params.baseline[m] as number) * Math.exp(gamma * (gamma > 0 ? windowEnd : t));
    const row = params.branchingRatio[m] as readonly number[];
    for (let k = 0; k < excitation.length; k++)
      bound += (row[k] as number) * (params.decay[k] as number) * (excitation[k] as number);
    if (shocks) bound += (shocks.decay[m] as number) * Math.max(0, response[m] as number);
  }
  return bound;
}

/** Clipped intensities at time t into `out`; returns their sum. */
function intensities(
  params: MultivariateHawkesParams,
  excitation: Float64Array,
  response: Float64Array,
  shocks: ExogenousShocks | undefined,
  t: number,
  out: Float64Array,
): number {
  let sum = 0;
  for (let m = 0; m < excitation.length; m++) {
    let value =
      (params.baseline[m] as number) *
      (params.trend ? Math.exp((params.trend[m] as number) * t) : 1);
    const row = params.branchingRatio[m] as readonly number[];
    for (let k = 0; k < excitation.length; k++)
      value += (row[k] as number) * (params.decay[k] as number) * (excitation[k] as number);
    if (shocks) value += (shocks.decay[m] as number) * (response[m] as number);
    out[m] = Math.max(0, value);
    sum += out[m] as number;
  }
  return sum;
}
