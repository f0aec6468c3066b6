import { integrateExponentialSum } from '../exponentialSum.js';
import { positivePieces } from './clippedPieces.js';
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
 * intensities are clipped at zero and integrated exactly (exponentialSum.ts), so a large
 * negative response counts only the attacks the silenced spell removes, never more.
 *
 * This is the direct effect: attacks the prevented ones would have triggered are not
 * counted (they are not in the observed history). Cost: one O(n + strikes) pass that
 * carries the excitation and the response to each strike, then a walk over each window's
 * events (before, each strike walked the whole history from day 0: 10^5 events and 200
 * strikes took over a minute).
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
  const { baseline: mu, branchingRatio: n, decay: beta, strikeResponseDecay: delta } = params;
  const gamma = params.trend ?? 0;
  const response = strikeShocks(
    strikes,
    params.strikeResponse,
    params.hostDeathResponse ?? 0,
    delta,
  ).response.map((row) => row[0] as number);
  const effects: number[] = [];
  // Excitation Σ e^{−β(s−t_i)} over events at or before s, response Σ r_k e^{−δ(s−s_k)} over
  // earlier strikes: events go before strikes at the same time, as in walkIntensity. Plain
  // loops, no closures: the effect's profile evaluates this thousands of times.
  let excitation = 0;
  let shock = 0;
  let now = 0;
  let i = 0;
  for (let j = 0; j < strikes.times.length; j++) {
    const s = strikes.times[j] as number;
    while (i < times.length && (times[i] as number) <= s) {
      const t = times[i] as number;
      excitation = excitation * Math.exp(-beta * (t - now)) + 1;
      shock *= Math.exp(-delta * (t - now));
      now = t;
      i++;
    }
    excitation *= Math.exp(-beta * (s - now));
    shock *= Math.exp(-delta * (s - now));
    now = s;
    const end = Math.min(horizon, s + window);
    const own = response[j] as number;
    if (!(end > s)) effects.push(0);
    else {
      const state = { mu, gamma, n, beta, delta, excitation, shock: shock + own };
      const withOwn = clippedIntegral(times, i, strikes.times, response, j + 1, s, end, state);
      state.shock = shock;
      effects.push(
        withOwn - clippedIntegral(times, i, strikes.times, response, j + 1, s, end, state),
      );
    }
    shock += own;
  }
  return effects;
}

// The positive pieces of one interval (at most two zeros, so two pieces) and the
// intensity's terms, reused by every walk.
const pieces = new Float64Array(4);
const COEF = [0, 0, 0];
const RATE = [0, 0, 0];

/** The intensity's terms at the start of a window. */
interface WindowState {
  mu: number;
  gamma: number;
  n: number;
  beta: number;
  delta: number;
  /** Σ e^{−β(from − t_i)} over the events before the window. */
  excitation: number;
  /** Σ r_k e^{−δ(from − s_k)} over the strikes before the window. */
  shock: number;
}

/**
 * ∫_from^to max(0, η): the events from index `event` and the strikes from index `strike`
 * that fall in (from, to] enter as the walk reaches them.
 */
function clippedIntegral(
  times: Float64Array,
  event: number,
  strikeTimes: readonly number[],
  response: readonly number[],
  strike: number,
  from: number,
  to: number,
  state: WindowState,
): number {
  const { mu, gamma, n, beta, delta } = state;
  let excitation = state.excitation;
  let shock = state.shock;
  let now = from;
  let i = event;
  let j = strike;
  let total = 0;
  const coef = COEF;
  const rate = RATE;
  rate[0] = -gamma;
  rate[1] = beta;
  rate[2] = delta;
  for (;;) {
    const nextEvent = i < times.length ? (times[i] as number) : Number.POSITIVE_INFINITY;
    const nextStrike =
      j < strikeTimes.length ? (strikeTimes[j] as number) : Number.POSITIVE_INFINITY;
    const next = Math.min(nextEvent, nextStrike, to);
    coef[0] = mu * Math.exp(gamma * now);
    coef[1] = n * beta * excitation;
    coef[2] = delta * shock;
    if (shock < 0) {
      // The likelihood's zero finder (Newton in a monotone bracket): the effect's profile
      // evaluates this walk thousands of times.
      const count = positivePieces(
        coef[0] as number,
        coef[1] as number,
        coef[2] as number,
        gamma,
        beta,
        delta,
        next - now,
        pieces,
      );
      for (let k = 0; k < count; k += 2)
        total += integrateExponentialSum(coef, rate, pieces[k] as number, pieces[k + 1] as number);
    } else total += integrateExponentialSum(coef, rate, 0, next - now);
    excitation *= Math.exp(-beta * (next - now));
    shock *= Math.exp(-delta * (next - now));
    now = next;
    if (next >= to) return total;
    if (next === nextEvent) {
      excitation += 1;
      i++;
    } else {
      shock += response[j] as number;
      j++;
    }
  }
}
