import { integrateExponentialSum, integratePositivePart } from './exponentialSum.js';
import type { ExogenousShocks, MultivariateHawkesParams } from './MultivariateHawkesParams.js';
import type { MarkedEvents } from './markedEvents.js';

/** What one pass along an observed sequence yields. */
export interface IntensityWalk {
  /** Σ_i log λ_{m_i}(t_i); −Infinity when an event falls where its intensity is 0. */
  readonly logIntensitySum: number;
  /** Λ_m(T) for each dimension. */
  readonly integrals: Float64Array;
  /** Λ_{m_i}(t_i) for each event, in merged order (only when asked for). */
  readonly compensatorAtEvents: Float64Array | null;
}

/**
 * One O((events + shocks)·K²) pass along the observed history of a (possibly clipped)
 * multivariate Hawkes process with trend and shocks. Between change points every
 * intensity argument is a sum of exponentials in the elapsed time; where a shock response
 * is negative, its positive part is integrated exactly (see exponentialSum.ts).
 * Inputs are assumed valid (the public wrappers validate).
 */
export function walkIntensity(
  events: MarkedEvents,
  params: MultivariateHawkesParams,
  shocks: ExogenousShocks | undefined,
  horizon: number,
  wantCompensator: boolean,
): IntensityWalk {
  const dims = params.baseline.length;
  const excitation = new Float64Array(dims); // A_k = Σ_{t_i in k} e^{−β_k (t − t_i)}
  const response = new Float64Array(dims); // S_m = Σ_j r_jm e^{−δ_m (t − s_j)}
  const integrals = new Float64Array(dims);
  const coef = new Float64Array(dims + 2);
  const rate = new Float64Array(dims + 2);
  const compensatorAtEvents = wantCompensator ? new Float64Array(events.times.length) : null;
  const shockTimes = shocks?.times ?? [];
  const trend = params.trend;
  let logIntensitySum = 0;
  let now = 0;
  let e = 0;
  let j = 0;
  for (;;) {
    const nextEvent =
      e < events.times.length ? (events.times[e] as number) : Number.POSITIVE_INFINITY;
    const nextShock = j < shockTimes.length ? (shockTimes[j] as number) : Number.POSITIVE_INFINITY;
    // An event at a shock's time is not yet affected by it: events go first on ties.
    const next = Math.min(nextEvent, nextShock, horizon);
    const length = next - now;
    for (let m = 0; m < dims; m++) {
      const terms = fillTerms(m, now, params, excitation, response, shocks, coef, rate);
      const clipped = (response[m] as number) < 0;
      integrals[m] =
        (integrals[m] as number) +
        (clipped
          ? integratePositivePart(coef.subarray(0, terms), rate.subarray(0, terms), length)
          : integrateExponentialSum(coef.subarray(0, terms), rate.subarray(0, terms), 0, length));
    }
    for (let k = 0; k < dims; k++) {
      excitation[k] = (excitation[k] as number) * Math.exp(-(params.decay[k] as number) * length);
      if (shocks)
        response[k] = (response[k] as number) * Math.exp(-(shocks.decay[k] as number) * length);
    }
    now = next;
    if (next === nextEvent && e < events.times.length) {
      const d = events.dims[e] as number;
      const mu =
        (params.baseline[d] as number) * (trend ? Math.exp((trend[d] as number) * now) : 1);
      let lambda = mu + (shocks ? (shocks.decay[d] as number) * (response[d] as number) : 0);
      const row = params.branchingRatio[d] as readonly number[];
      for (let k = 0; k < dims; k++)
        lambda += (row[k] as number) * (params.decay[k] as number) * (excitation[k] as number);
      logIntensitySum += lambda > 0 ? Math.log(lambda) : Number.NEGATIVE_INFINITY;
      if (compensatorAtEvents) compensatorAtEvents[e] = integrals[d] as number;
      excitation[d] = (excitation[d] as number) + 1;
      e++;
    } else if (next === nextShock && j < shockTimes.length) {
      const row = shocks?.response[j] as readonly number[];
      for (let m = 0; m < dims; m++) response[m] = (response[m] as number) + (row[m] as number);
      j++;
    } else {
      break;
    }
  }
  return { logIntensitySum, integrals, compensatorAtEvents };
}

/** Write dimension m's intensity argument as Σ c e^{−r u} from `now`; returns the term count. */
function fillTerms(
  m: number,
  now: number,
  params: MultivariateHawkesParams,
  excitation: Float64Array,
  response: Float64Array,
  shocks: ExogenousShocks | undefined,
  coef: Float64Array,
  rate: Float64Array,
): number {
  const gamma = params.trend ? (params.trend[m] as number) : 0;
  coef[0] = (params.baseline[m] as number) * Math.exp(gamma * now);
  rate[0] = -gamma;
  let terms = 1;
  const row = params.branchingRatio[m] as readonly number[];
  for (let k = 0; k < excitation.length; k++) {
    const beta = params.decay[k] as number;
    coef[terms] = (row[k] as number) * beta * (excitation[k] as number);
    rate[terms++] = beta;
  }
  if (shocks) {
    const delta = shocks.decay[m] as number;
    coef[terms] = delta * (response[m] as number);
    rate[terms++] = delta;
  }
  return terms;
}
