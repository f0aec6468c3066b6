/**
 * Independent O(n²) reference computations for the Hawkes tests: the intensity summed
 * over the whole history at each point, and its integral by the midpoint rule.
 */
import type {
  ExogenousShocks,
  MultivariateHawkesParams,
} from '../../src/hawkes/MultivariateHawkesParams.js';

export function bruteIntensity(
  t: number,
  times: readonly (readonly number[])[],
  p: MultivariateHawkesParams,
  m: number,
  shocks?: ExogenousShocks,
): number {
  let value = (p.baseline[m] as number) * Math.exp((p.trend?.[m] ?? 0) * t);
  times.forEach((stream, k) => {
    const beta = p.decay[k] as number;
    const n = (p.branchingRatio[m] as number[])[k] as number;
    for (const s of stream) if (s < t) value += n * beta * Math.exp(-beta * (t - s));
  });
  shocks?.times.forEach((s, j) => {
    const delta = shocks.decay[m] as number;
    if (s < t)
      value += ((shocks.response[j] as number[])[m] as number) * delta * Math.exp(-delta * (t - s));
  });
  return Math.max(0, value);
}

/**
 * log-likelihood by direct sums, with each intensity integrated by the midpoint rule on
 * about `steps` cells placed between the jump points (events and shocks), so that no cell
 * straddles a discontinuity and the error stays O(h²).
 */
export function bruteLogLikelihood(
  times: readonly (readonly number[])[],
  p: MultivariateHawkesParams,
  horizon: number,
  shocks: ExogenousShocks | undefined,
  steps: number,
): number {
  const breaks = [...new Set([0, horizon, ...times.flat(), ...(shocks?.times ?? [])])].sort(
    (a, b) => a - b,
  );
  let total = 0;
  times.forEach((stream, m) => {
    for (const t of stream) total += Math.log(bruteIntensity(t, times, p, m, shocks));
    for (let b = 0; b + 1 < breaks.length; b++) {
      const a = breaks[b] as number;
      const length = (breaks[b + 1] as number) - a;
      const cells = Math.max(1, Math.ceil((steps * length) / horizon));
      const h = length / cells;
      for (let i = 0; i < cells; i++)
        total -= bruteIntensity(a + (i + 0.5) * h, times, p, m, shocks) * h;
    }
  });
  return total;
}

/** Univariate Hawkes log-likelihood with the compensator in closed form, by O(n²) sums. */
export function bruteHawkesLogLikelihood(
  times: readonly number[],
  mu: number,
  n: number,
  beta: number,
  horizon: number,
): number {
  let total = -mu * horizon;
  times.forEach((t, i) => {
    let lambda = mu;
    for (let j = 0; j < i; j++) lambda += n * beta * Math.exp(-beta * (t - (times[j] as number)));
    total += Math.log(lambda) - n * (1 - Math.exp(-beta * (horizon - t)));
  });
  return total;
}
