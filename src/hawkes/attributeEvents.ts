import { type StrikeInput, validateStrikes } from './fit/strikeInput.js';
import { type HawkesParams, validateHawkesParams } from './HawkesParams.js';
import { validateEventTimes } from './validateEventTimes.js';

/** Hawkes parameters with, optionally, the strike response a strike fit estimates. */
export interface AttributionParams extends HawkesParams {
  /** r: expected attacks each strike adds (negative: prevents); default 0. */
  readonly strikeResponse?: number;
  /** δ per day, the decay of the strike response; required when strikes are given. */
  readonly strikeResponseDecay?: number;
  /** Extra response per host death the strike caused; default 0. */
  readonly hostDeathResponse?: number;
}

/** Where one event most likely came from, as probabilities that sum to 1. */
export interface EventAttribution {
  readonly time: number;
  /** μ / λ(t): an attack the militia would have made anyway. */
  readonly background: number;
  /** Σ φ(t − t_j) / λ(t): set off by an earlier attack. */
  readonly triggered: number;
  /** The strikes' positive response / λ(t): provoked by a strike. */
  readonly provoked: number;
  /** λ(t), the (clipped) intensity at the event. */
  readonly intensity: number;
}

/**
 * For each event, the probability that it was background, triggered by an earlier event,
 * or provoked by a strike: each component of the intensity at that time divided by the
 * total (the branching structure's posterior given the parameters; Zhuang, Ogata &
 * Vere-Jones 2002, stochastic declustering).
 *
 * A strike whose net response at time t is negative prevented attacks; it caused none.
 * Its share is then 0, and the attack that still happened is split between background
 * and triggered in the ratio μ : Σφ (the clipped intensity λ = μ + Σφ + S with S < 0 is
 * what remains of both). An event where λ = 0 has no attribution the model allows; it is
 * reported as background with intensity 0 (a likelihood at such parameters is −∞).
 *
 * Cost: O(n + strikes), one pass with the exponential kernel's recursion.
 *
 * @param times - strictly increasing event times in days
 * @param params - baseline, branching ratio, decay, and the strike response when strikes are given
 * @param options - `strikes` (times and optional host deaths)
 * @returns one attribution per event, in time order
 * @throws RangeError naming the field for invalid times, parameters or strikes
 * @example
 * attributeEvents([1, 1.1], { baseline: 0.5, branchingRatio: 0.5, decay: 2 })
 *   .map((a) => Math.round(a.triggered * 1000) / 1000);
 * // => [0, 0.62]
 */
export function attributeEvents(
  times: ArrayLike<number>,
  params: AttributionParams,
  options: { readonly strikes?: StrikeInput } = {},
): EventAttribution[] {
  validateHawkesParams(params);
  const horizon = times.length > 0 ? (times[times.length - 1] as number) : 0;
  validateEventTimes(times, horizon);
  const strikes = options.strikes;
  const delta = params.strikeResponseDecay;
  if (strikes && strikes.times.length > 0) {
    validateStrikes(strikes, Math.max(horizon, ...strikes.times));
    if (!(delta !== undefined && Number.isFinite(delta) && delta > 0))
      throw new RangeError(
        `params.strikeResponseDecay must be a number > 0 when strikes are given, received ${delta}`,
      );
  }
  const { baseline: mu, branchingRatio: n, decay: beta } = params;
  const strikeTimes = strikes?.times ?? [];
  let excitation = 0; // Σ_{t_j < t} e^{−β(t − t_j)}
  let response = 0; // Σ_{s_k < t} r_k e^{−δ(t − s_k)}
  let now = 0;
  let k = 0;
  const out: EventAttribution[] = [];
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    // Strikes strictly before the event act on it; an event at a strike's time goes first.
    while (k < strikeTimes.length && (strikeTimes[k] as number) < t) {
      const s = strikeTimes[k] as number;
      excitation *= Math.exp(-beta * (s - now));
      response *= Math.exp(-(delta as number) * (s - now));
      response +=
        (params.strikeResponse ?? 0) +
        (params.hostDeathResponse ?? 0) * (strikes?.hostKilled?.[k] ?? 0);
      now = s;
      k++;
    }
    excitation *= Math.exp(-beta * (t - now));
    if (strikeTimes.length > 0) response *= Math.exp(-(delta as number) * (t - now));
    now = t;
    const triggered = n * beta * excitation;
    const strike = strikeTimes.length > 0 ? (delta as number) * response : 0;
    const intensity = Math.max(0, mu + triggered + strike);
    const shares =
      intensity === 0
        ? { background: 1, triggered: 0, provoked: 0 }
        : strike >= 0
          ? {
              background: mu / intensity,
              triggered: triggered / intensity,
              provoked: strike / intensity,
            }
          : {
              background: mu / (mu + triggered),
              triggered: triggered / (mu + triggered),
              provoked: 0,
            };
    out.push({ time: t, ...shares, intensity });
    excitation += 1;
  }
  return out;
}
