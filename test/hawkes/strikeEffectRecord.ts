import { type StrikeEffectParams, strikeEffects } from '../../src/hawkes/fit/strikeEffect.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';

/** The strike model the effect-interval tests fit. */
export const SHAPE = { excitation: true, trend: false, strikes: 'response' } as const;

/** A record (μ given, n = 0.3, β = 1) of `count` strikes 5 days apart with response r spread at δ = 0.5. */
export function record(count: number, baseline: number, response: number, seed: string) {
  const horizon = 5 * count;
  const strikeTimes = Array.from({ length: count }, (_, j) => 2.5 + 5 * j);
  const [times] = simulateMultivariateHawkes(
    { baseline: [baseline], branchingRatio: [[0.3]], decay: [1] },
    {
      horizon,
      seed,
      shocks: { times: strikeTimes, response: strikeTimes.map(() => [response]), decay: [0.5] },
    },
  ).times as [Float64Array];
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
