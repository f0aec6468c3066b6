import { hawkesCompensator } from '../hawkesCompensator.js';
import { logLikelihoodUnchecked } from '../hawkesLogLikelihood.js';
import { logLikelihoodGradientUnchecked } from '../hawkesLogLikelihoodGradient.js';
import { logLikelihoodHessianUnchecked } from '../hawkesLogLikelihoodHessian.js';
import type { MultivariateHawkesParams } from '../MultivariateHawkesParams.js';
import { type MarkedEvents, mergeStreams } from '../markedEvents.js';
import { walkIntensity } from '../walkIntensity.js';
import type { ModelSpec, ParameterSpec } from './ModelSpec.js';
import { strikeDecayLimit } from './strikeDecayLimit.js';
import { type StrikeInput, strikeShocks } from './strikeInput.js';
import { STRIKE_GRADIENT_ORDER, strikeLogLikelihood } from './strikeLogLikelihood.js';
import { trendLogLikelihood } from './trendLogLikelihood.js';

/** Which terms a candidate model has. */
export interface ModelShape {
  readonly excitation: boolean;
  readonly trend: boolean;
  /** Strike response terms, and whether the per-host-death response is free. */
  readonly strikes: 'none' | 'response' | 'responseAndHostDeaths';
}

/** Options of {@link buildModel}. */
export interface BuildModelOptions {
  /**
   * Step at which the record's times are known, in days (1 for dates); 0 (default) for
   * continuous times. Bounds the strike response's decay (see `strikeDecayLimit`).
   */
  readonly timeResolution?: number;
}

/**
 * Build the likelihood of one candidate model for validated event times on [0, horizon]:
 * a Poisson process, optionally with a log-linear trend λ = μe^{γt}, optionally
 * self-exciting (exponential kernel), optionally responding to strikes. Every model has an
 * exact O(n) gradient (the plain Hawkes model also its Hessian); with strikes, whose
 * intensity may clip at 0, one pass over events and strikes gives both (strikeLogLikelihood).
 * The strike response's decay is bounded by what the record can resolve (strikeDecayLimit).
 */
export function buildModel(
  times: Float64Array,
  horizon: number,
  shape: ModelShape,
  strikes: StrikeInput | undefined,
  options: BuildModelOptions = {},
): ModelSpec {
  const count = times.length;
  const rate = Math.max(count, 1) / horizon;
  const parameters: ParameterSpec[] = [
    { name: 'baseline', unit: 'per day', lower: 1e-8 * rate, upper: 1e3 * rate, scale: 'log' },
  ];
  if (shape.trend)
    parameters.push({
      name: 'trend',
      unit: 'per day',
      lower: -20 / horizon,
      upper: 20 / horizon,
      scale: 'identity',
      step: 1 / horizon,
    });
  if (shape.excitation) {
    parameters.push(
      { name: 'branchingRatio', unit: 'unitless', lower: 0, upper: 1, scale: 'identity' },
      { name: 'decay', unit: 'per day', lower: 1e-3 / horizon, upper: 1e3 * rate, scale: 'log' },
    );
  }
  const withStrikes = shape.strikes !== 'none' && strikes !== undefined;
  if (withStrikes) {
    const most = count + 10;
    parameters.push(
      {
        name: 'strikeResponse',
        unit: 'attacks per strike',
        lower: -most,
        upper: most,
        scale: 'identity',
      },
      {
        name: 'strikeResponseDecay',
        unit: 'per day',
        lower: 1e-3 / horizon,
        upper: strikeDecayLimit(count, horizon, options.timeResolution ?? 0).upper,
        scale: 'log',
      },
    );
    if (shape.strikes === 'responseAndHostDeaths') {
      parameters.push({
        name: 'hostDeathResponse',
        unit: 'attacks per host death',
        lower: -most,
        upper: most,
        scale: 'identity',
      });
    }
  }
  const index = (name: string) => parameters.findIndex((p) => p.name === name);
  const at = (theta: readonly number[], name: string, fallback: number) => {
    const i = index(name);
    return i < 0 ? fallback : (theta[i] as number);
  };
  const processOf = (theta: readonly number[]): MultivariateHawkesParams => ({
    baseline: [theta[0] as number],
    branchingRatio: [[at(theta, 'branchingRatio', 0)]],
    decay: [at(theta, 'decay', 1)],
    trend: [at(theta, 'trend', 0)],
  });
  const shocksOf = (theta: readonly number[]) =>
    withStrikes
      ? strikeShocks(
          strikes,
          at(theta, 'strikeResponse', 0),
          at(theta, 'hostDeathResponse', 0),
          at(theta, 'strikeResponseDecay', 1),
        )
      : undefined;
  // Built on first use: the models without strikes never walk the general intensity.
  let merged: MarkedEvents | undefined;
  const general = (theta: readonly number[], wantCompensator: boolean) => {
    merged ??= mergeStreams([times], horizon);
    return walkIntensity(merged, processOf(theta), shocksOf(theta), horizon, wantCompensator);
  };
  const plainHawkes = shape.excitation && !shape.trend && !withStrikes;
  // Without strikes the intensity never clips, so every model has a closed-form gradient.
  const closedForm = !plainHawkes && !withStrikes;
  const trendAt = index('trend');
  const nAt = index('branchingRatio');
  const betaAt = index('decay');
  const trendPass = (theta: readonly number[], out: Float64Array) =>
    trendLogLikelihood(
      times,
      theta[0] as number,
      at(theta, 'trend', 0),
      at(theta, 'branchingRatio', 0),
      at(theta, 'decay', 1),
      horizon,
      shape.excitation,
      out,
    );
  const strikeTimes = strikes?.times ?? [];
  const hostKilled = strikes?.hostKilled ?? null;
  // Where each of the spec's parameters sits in strikeLogLikelihood's gradient.
  const strikeSlots = parameters.map((p) =>
    STRIKE_GRADIENT_ORDER.indexOf(p.name as (typeof STRIKE_GRADIENT_ORDER)[number]),
  );
  const strikePass = (theta: readonly number[], out: Float64Array | null) =>
    strikeLogLikelihood(
      times,
      strikeTimes,
      hostKilled,
      {
        baseline: theta[0] as number,
        trend: at(theta, 'trend', 0),
        branchingRatio: at(theta, 'branchingRatio', 0),
        decay: at(theta, 'decay', 1),
        strikeResponse: at(theta, 'strikeResponse', 0),
        strikeResponseDecay: at(theta, 'strikeResponseDecay', 1),
        hostDeathResponse: at(theta, 'hostDeathResponse', 0),
      },
      horizon,
      out,
    );
  const name = [
    shape.excitation ? 'hawkes' : 'poisson',
    shape.trend ? 'Trend' : '',
    withStrikes ? '+strikes' : '',
  ].join('');

  return {
    name,
    description: describe(shape, withStrikes),
    events: count,
    parameters,
    logLikelihood: (theta) => {
      const value = plainHawkes
        ? logLikelihoodUnchecked(
            times,
            theta[0] as number,
            theta[1] as number,
            theta[2] as number,
            horizon,
          )
        : closedForm
          ? trendPass(theta, new Float64Array(4))
          : strikePass(theta, null);
      return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
    },
    ...(plainHawkes
      ? {
          withGradient: (theta: readonly number[]) => {
            const out = new Float64Array(3);
            const value = logLikelihoodGradientUnchecked(
              times,
              theta[0] as number,
              theta[1] as number,
              theta[2] as number,
              horizon,
              out,
            );
            return {
              value: Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value,
              gradient: Array.from(out),
            };
          },
          hessian: (theta: readonly number[]) =>
            logLikelihoodHessianUnchecked(
              times,
              theta[0] as number,
              theta[1] as number,
              theta[2] as number,
              horizon,
            ),
        }
      : closedForm
        ? {
            withGradient: (theta: readonly number[]) => {
              const out = new Float64Array(4);
              const value = trendPass(theta, out);
              const gradient = [out[0] as number];
              if (trendAt >= 0) gradient[trendAt] = out[1] as number;
              if (nAt >= 0) gradient[nAt] = out[2] as number;
              if (betaAt >= 0) gradient[betaAt] = out[3] as number;
              return { value, gradient };
            },
          }
        : {
            withGradient: (theta: readonly number[]) => {
              const out = new Float64Array(STRIKE_GRADIENT_ORDER.length);
              const value = strikePass(theta, out);
              return { value, gradient: strikeSlots.map((slot) => out[slot] as number) };
            },
          }),
    compensator: (theta) =>
      plainHawkes
        ? hawkesCompensator(
            times,
            {
              baseline: theta[0] as number,
              branchingRatio: theta[1] as number,
              decay: theta[2] as number,
            },
            horizon,
          ).atEvents
        : (general(theta, true).compensatorAtEvents as Float64Array),
    starts: () => startingPoints(parameters, count, horizon),
    candidates: () => candidatePoints(parameters, count, horizon, strikes?.times.length ?? 0),
    ...(withStrikes
      ? {
          ridgeStarts: (theta: readonly number[], held: number, value: number) =>
            held === index('strikeResponse')
              ? strikeRidgeStarts(parameters, strikeTimes.length / horizon, theta, held, value)
              : [],
        }
      : {}),
  };
}

/**
 * Starts for the profile of the strike response held at `value`, from a point `theta` with
 * another response: the baseline as it was and raised (or lowered) by the change in the
 * response times the strike rate, which keeps μT + rS (the expected count without clipping
 * or excitation); each with the strike decay as it was, four times faster, four times slower,
 * and at the same initial jump r·δ. Clamped to the parameters' ranges.
 */
function strikeRidgeStarts(
  parameters: readonly ParameterSpec[],
  strikeRate: number,
  theta: readonly number[],
  held: number,
  value: number,
): number[][] {
  const decayAt = parameters.findIndex((p) => p.name === 'strikeResponseDecay');
  const clamp = (i: number, v: number) => {
    const p = parameters[i] as ParameterSpec;
    return Math.min(p.upper, Math.max(p.lower, v));
  };
  const baseline = theta[0] as number;
  const response = theta[held] as number;
  const decay = theta[decayAt] as number;
  const shifted = baseline + (response - value) * strikeRate;
  const baselines = shifted > 0 && shifted !== baseline ? [baseline, shifted] : [baseline];
  const decays = [decay, 4 * decay, decay / 4];
  if (response * value > 0) decays.push((decay * response) / value);
  return baselines.flatMap((b) =>
    decays.map((d) =>
      theta.map((v, i) =>
        i === 0 ? clamp(0, b) : i === held ? value : i === decayAt ? clamp(decayAt, d) : v,
      ),
    ),
  );
}

/** A small grid over the branching ratio and the decay's time scale, the rest at neutral values. */
function startingPoints(
  parameters: readonly ParameterSpec[],
  count: number,
  horizon: number,
): number[][] {
  const rate = Math.max(count, 1) / horizon;
  const hasExcitation = parameters.some((p) => p.name === 'branchingRatio');
  // With many events the likelihood is well shaped and each pass costly: one decay scale.
  const scales = count > 2000 ? [1] : [0.1, 1, 10];
  const grid = hasExcitation
    ? [0.2, 0.5, 0.8].flatMap((n) => scales.map((scale) => ({ n, decay: scale * rate })))
    : [{ n: 0, decay: rate }];
  return grid.map(({ n, decay }) =>
    parameters.map((p) => {
      switch (p.name) {
        case 'baseline':
          return (1 - n) * rate;
        case 'branchingRatio':
          return n;
        case 'decay':
          return decay;
        case 'strikeResponseDecay':
          return Math.min(rate, p.upper);
        default:
          return 0; // trend, strikeResponse, hostDeathResponse: start from no effect
      }
    }),
  );
}

/**
 * A product grid over every parameter's plausible scale: branching ratio 0.05–0.95, decays
 * from a hundredth to a hundred times the event rate, strike responses from the range's
 * lower end (a strike that silences attacks) to a few events per strike, trends of ±3 over
 * the window. Hundreds of points, each one O(n) likelihood pass.
 */
function candidatePoints(
  parameters: readonly ParameterSpec[],
  count: number,
  horizon: number,
  strikeCount: number,
): number[][] {
  const rate = Math.max(count, 1) / horizon;
  const perStrike = Math.max(1, count / Math.max(1, strikeCount));
  const levels: Record<string, readonly number[]> = {
    branchingRatio: [0.05, 0.3, 0.6, 0.95],
    decay: [0.01, 0.1, 1, 10, 100].map((s) => s * rate),
    trend: [-3, 0, 3].map((s) => s / horizon),
    strikeResponse: [-(count + 10), -perStrike, 0, perStrike],
    strikeResponseDecay: [0.03, 0.3, 3, 30].map((s) => s * rate),
    hostDeathResponse: [-1, 0, 1],
  };
  let grid: number[][] = [[]];
  for (const p of parameters) {
    const values = p.name === 'baseline' ? [Number.NaN] : (levels[p.name] ?? [0]);
    grid = grid.flatMap((point) => values.map((v) => [...point, v]));
  }
  const n = parameters.findIndex((p) => p.name === 'branchingRatio');
  // The baseline that matches the event count given the branching ratio; the strike decays
  // beyond the record's limit screened at the limit.
  const decayAt = parameters.findIndex((p) => p.name === 'strikeResponseDecay');
  const decayUpper = parameters[decayAt]?.upper ?? Number.POSITIVE_INFINITY;
  return grid.map((point) =>
    point.map((v, i) =>
      i === 0
        ? (1 - (n < 0 ? 0 : (point[n] as number))) * rate
        : i === decayAt
          ? Math.min(v, decayUpper)
          : v,
    ),
  );
}

function describe(shape: ModelShape, withStrikes: boolean): string {
  const rate = shape.trend ? 'a baseline with a log-linear trend' : 'a constant baseline';
  const base = shape.excitation
    ? `Hawkes process (exponential kernel) with ${rate}`
    : `Poisson process with ${rate}`;
  return withStrikes ? `${base}, responding to strikes` : base;
}
