import {
  DEFAULT_FAMILY,
  STRIKE_SHAPE,
  strikeCoverageRecord,
} from '../../scripts/strikeCoverageRecord.js';
import { type StrikeEffectParams, strikeEffects } from '../../src/hawkes/fit/strikeEffect.js';

/** The strike model the effect-interval tests fit. */
export const SHAPE = STRIKE_SHAPE;

/** A record (μ given, n = 0.3, β = 1) of `count` strikes 5 days apart with response r spread at δ = 0.5. */
export function record(count: number, baseline: number, response: number, seed: string) {
  const { times, strikeTimes, horizon } = strikeCoverageRecord(count, seed, {
    ...DEFAULT_FAMILY,
    baseline,
    response,
  });
  return { times, strikeTimes, horizon };
}

/** The mean 7-day effect as a function of a strike model's natural parameters. */
export function meanEffect(times: Float64Array, strikeTimes: number[], horizon: number) {
  const names = ['baseline', 'branchingRatio', 'decay', 'strikeResponse', 'strikeResponseDecay'];
  return (theta: readonly number[]) => {
    const params = Object.fromEntries(names.map((n, i) => [n, theta[i]])) as unknown;
    const e = strikeEffects(
      times,
      horizon,
      { times: strikeTimes },
      params as StrikeEffectParams,
      7,
    );
    return e.reduce((a, b) => a + b, 0) / e.length;
  };
}
