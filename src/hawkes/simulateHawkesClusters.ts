import { samplePoisson } from '../random/samplePoisson.js';
import { type HawkesParams, validateHawkesParams } from './HawkesParams.js';
import {
  capWarning,
  resolveSimulationOptions,
  type SimulationOptions,
  type SimulationResult,
} from './simulationOptions.js';

/**
 * Simulate an exponential-kernel Hawkes process by its cluster (branching) construction:
 * immigrants arrive as a Poisson process of rate μ on [0, T]; every event has
 * Poisson(n) children at Exp(β) delays; children past T are dropped. Sorting all
 * generations gives the same law as thinning, by a different route, which is why the
 * tests use it to cross-check `simulateHawkes`.
 *
 * Reference: A. G. Hawkes & D. Oakes (1974), A cluster process representation of a
 * self-exciting process, J. Appl. Probab. 11(3), 493–503.
 *
 * @param params - baseline (per day), branchingRatio (< 1, or give maxEvents), decay (per day)
 * @param options - `horizon`, `seed` or `rng`, `maxEvents`
 * @returns sorted event times
 * @throws RangeError for invalid parameters or n ≥ 1 without `maxEvents`
 * @example
 * simulateHawkesClusters({ baseline: 0.2, branchingRatio: 0.5, decay: 1 }, { horizon: 365, seed: 1 }).times.length;
 * // => about 146 on average
 */
export function simulateHawkesClusters(
  params: HawkesParams,
  options: SimulationOptions,
): SimulationResult {
  validateHawkesParams(params);
  const { rng, cap, capIsDefault } = resolveSimulationOptions(options, params.branchingRatio);
  const { baseline, branchingRatio, decay } = params;
  const horizon = options.horizon;
  const events: number[] = [];
  const immigrants = samplePoisson(rng, baseline * horizon);
  for (let i = 0; i < immigrants && events.length < cap; i++) events.push(rng() * horizon);
  // Each generation's children are appended; `next` walks the parents in order of birth.
  for (let next = 0; next < events.length && events.length < cap; next++) {
    const parent = events[next] as number;
    const children = samplePoisson(rng, branchingRatio);
    for (let c = 0; c < children && events.length < cap; c++) {
      const child = parent - Math.log(1 - rng()) / decay;
      if (child <= horizon) events.push(child);
    }
  }
  const reachedCap = events.length >= cap;
  const times = Float64Array.from(events).sort();
  return {
    times,
    horizon,
    reachedCap,
    warnings: reachedCap ? [capWarning(cap, times[times.length - 1] ?? 0, capIsDefault)] : [],
  };
}
