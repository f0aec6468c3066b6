import type { MultivariateHawkesParams } from '../MultivariateHawkesParams.js';
import { walkIntensity } from '../walkIntensity.js';
import { type StrikeInput, strikeShocks } from './strikeInput.js';

/** The fitted parameters {@link strikeEffects} needs, by name as in a fit's `values`. */
export interface StrikeEffectParams {
  readonly baseline: number;
  readonly branchingRatio: number;
  readonly decay: number;
  readonly strikeResponse: number;
  readonly strikeResponseDecay: number;
  readonly hostDeathResponse?: number;
  readonly trend?: number;
}

/**
 * For each strike, the expected number of attacks in the `window` days after it with the
 * strike's response minus without it, given the observed history of attacks and the other
 * strikes: ∫ (λ_with − λ_without) over (s_j, s_j + window], cut at the horizon. Both
 * intensities are clipped at zero and integrated exactly (walkIntensity), so a large
 * negative response counts only the attacks the silenced spell removes, never more.
 *
 * This is the direct effect: attacks the prevented ones would have triggered are not
 * counted (they are not in the observed history). Cost: two O(n + strikes) passes per strike.
 *
 * @example
 * strikeEffects([1, 2, 8], 10, { times: [3] }, { baseline: 0.5, branchingRatio: 0, decay: 1,
 *   strikeResponse: 1, strikeResponseDecay: 100 }, 7);
 * // => [≈ 1] (the whole response falls inside the window)
 */
export function strikeEffects(
  times: Float64Array,
  horizon: number,
  strikes: StrikeInput,
  params: StrikeEffectParams,
  window: number,
): number[] {
  const process: MultivariateHawkesParams = {
    baseline: [params.baseline],
    branchingRatio: [[params.branchingRatio]],
    decay: [params.decay],
    trend: [params.trend ?? 0],
  };
  const shocks = strikeShocks(
    strikes,
    params.strikeResponse,
    params.hostDeathResponse ?? 0,
    params.strikeResponseDecay,
  );
  return strikes.times.map((s, j) => {
    const end = Math.min(horizon, s + window);
    if (!(end > s)) return 0;
    let count = 0;
    while (count < times.length && (times[count] as number) <= end) count++;
    const events = { times: times.subarray(0, count), dims: new Int32Array(count) };
    const without = {
      ...shocks,
      response: shocks.response.map((row, k) => (k === j ? row.map(() => 0) : row)),
    };
    const withIt = walkIntensity(events, process, shocks, end, false).integrals[0] as number;
    const withoutIt = walkIntensity(events, process, without, end, false).integrals[0] as number;
    return withIt - withoutIt;
  });
}
