import { covarianceFromHessian } from '../../optimize/covarianceFromHessian.js';
import { hessianFromGradient } from '../../optimize/numericalHessian.js';
import { chiSquareQuantile } from '../../stats/chiSquare.js';
import { normalQuantile } from '../../stats/normalQuantile.js';
import type { ModelSpec } from './ModelSpec.js';
import { type ProfileBounds, profileInterval } from './profileInterval.js';
import { type MaximumSearch, searchMaximum } from './searchMaximum.js';
import { type SearchObjective, searchObjective } from './searchObjective.js';

/** One parameter's estimate, uncertainty, and where it sits in its range. */
export interface ParameterEstimate {
  readonly name: string;
  readonly unit: string;
  readonly value: number;
  /** From the observed information; null when the parameter is fixed, on a bound, or the information is singular. */
  readonly standardError: number | null;
  /** Confidence interval (profile likelihood or Wald); null when not computed or fixed. */
  readonly lower: number | null;
  readonly upper: number | null;
  /** 'profile-bootstrap': a profile interval at a bootstrap-calibrated cut-off. */
  readonly intervalMethod: 'profile' | 'profile-bootstrap' | 'wald' | null;
  /** The interval runs into the search range's end: the data do not bound it on that side. */
  readonly lowerOpen: boolean;
  readonly upperOpen: boolean;
  /** The estimate itself sits on a bound of the search range. */
  readonly atBound: 'lower' | 'upper' | null;
  readonly fixed: boolean;
  readonly searchLower: number;
  readonly searchUpper: number;
}

/** A fitted candidate model. */
export interface ModelFit {
  readonly model: string;
  readonly description: string;
  readonly estimates: readonly ParameterEstimate[];
  /** Estimates by name, for passing on (e.g. to a simulator). */
  readonly values: Readonly<Record<string, number>>;
  readonly logLikelihood: number;
  /** Number of free parameters. */
  readonly freeParameters: number;
  readonly aic: number;
  readonly converged: boolean;
  /** Negative log-likelihood reached from each start: distinct values flag several optima. */
  readonly startValues: readonly number[];
  readonly informationMessage: string;
  /**
   * Each time a profile found a higher likelihood than the search's maximum, by how much;
   * the search then restarted from that point. Empty when the first search held.
   */
  readonly restarts: readonly number[];
  /** Profile ends that could not be located (reported open instead). */
  readonly profileProblems: readonly string[];
  /** Per parameter with a profile interval: the profile's maximiser at each end (natural scale). */
  readonly profileEnds: Readonly<
    Record<
      string,
      { readonly lower: readonly number[] | null; readonly upper: readonly number[] | null }
    >
  >;
}

const NO_INTERVAL = {
  lower: null,
  upper: null,
  intervalMethod: null,
  lowerOpen: false,
  upperOpen: false,
} as const;

export interface FitModelOptions {
  readonly fix?: Readonly<Record<string, number>>;
  readonly intervals?: 'profile' | 'wald' | 'none';
  readonly confidence?: number;
  /** Compute standard errors (a numerical Hessian); default true. */
  readonly standardErrors?: boolean;
  /**
   * Natural-scale points to search from besides the model's own starts (beyond 2000 events,
   * instead of the screened grid): a nested model's maximum, so this one is never below it.
   */
  readonly starts?: readonly (readonly number[])[];
}

/**
 * Maximum-likelihood fit of one candidate model: bounded multi-start quasi-Newton search,
 * standard errors from the observed information (numerical Hessian of the negative
 * log-likelihood, inverted with mathjs) for parameters off their bounds, and confidence
 * intervals by profile likelihood (default) or Wald.
 */
export function fitModel(spec: ModelSpec, options: FitModelOptions = {}): ModelFit {
  const fixed = resolveFixed(spec, options.fix ?? {});
  const objective = searchObjective(spec, fixed);
  const warm = (options.starts ?? []).map((theta) =>
    objective.search(theta.map((v, i) => fixed.get(i) ?? v)),
  );
  let search = searchMaximum(spec, objective, fixed, warm);
  const restarts: number[] = [];
  // A profile that climbs above the maximum proves the search stopped short: restart there.
  for (;;) {
    const fit = fitAt(spec, objective, fixed, search, options);
    if (fit.higher === null || restarts.length >= MAX_RESTARTS)
      return { ...fit.result, restarts, profileProblems: fit.problems, profileEnds: fit.ends };
    restarts.push(fit.higher.logLikelihood - fit.result.logLikelihood);
    search = searchMaximum(spec, objective, fixed, [objective.search(fit.higher.theta)]);
  }
}

/** Restarts from a better profile point before giving up (each one raises ℓ̂). */
const MAX_RESTARTS = 3;

function fitAt(
  spec: ModelSpec,
  objective: SearchObjective,
  fixed: ReadonlyMap<number, number>,
  search: MaximumSearch,
  options: FitModelOptions,
): {
  result: Omit<ModelFit, 'restarts' | 'profileProblems' | 'profileEnds'>;
  higher: ProfileBounds['higher'];
  problems: string[];
  ends: ModelFit['profileEnds'];
} {
  const confidence = options.confidence ?? 0.95;
  const best = search.best;
  const theta = objective.theta(best.x);
  const logLikelihood = -best.value;
  const atBound = objective.free.map((_, f) =>
    best.atLowerBound[f] ? ('lower' as const) : best.atUpperBound[f] ? ('upper' as const) : null,
  );
  const information =
    options.standardErrors === false
      ? { errors: new Map<number, number>(), message: 'standard errors not requested' }
      : standardErrors(spec, objective, theta, atBound);
  const method = options.intervals ?? 'profile';
  let higher: ProfileBounds['higher'] = null;
  const problems: string[] = [];
  const ends: Record<string, { lower: readonly number[] | null; upper: readonly number[] | null }> =
    {};
  const estimates = spec.parameters.map((p, i): ParameterEstimate => {
    const f = objective.free.indexOf(i);
    const value = theta[i] as number;
    const se = f < 0 ? null : (information.errors.get(i) ?? null);
    const base = {
      name: p.name,
      unit: p.unit,
      value,
      standardError: se,
      atBound: f < 0 ? null : (atBound[f] ?? null),
      fixed: f < 0,
      searchLower: p.lower,
      searchUpper: p.upper,
    };
    if (f < 0 || method === 'none' || (method === 'wald' && se === null) || higher !== null) {
      return { ...base, ...NO_INTERVAL };
    }
    if (method === 'wald' && se !== null) {
      const z = normalQuantile(0.5 + confidence / 2);
      const lower = Math.max(p.lower, value - z * se);
      const upper = Math.min(p.upper, value + z * se);
      return {
        ...base,
        lower,
        upper,
        intervalMethod: 'wald',
        lowerOpen: lower === p.lower,
        upperOpen: upper === p.upper,
      };
    }
    const drop = chiSquareQuantile(confidence, 1) / 2;
    const {
      problem,
      higher: above,
      lowerTheta,
      upperTheta,
      ...interval
    } = profileInterval(spec, fixed, i, theta, logLikelihood, drop);
    if (problem !== null) problems.push(problem);
    ends[p.name] = { lower: lowerTheta, upper: upperTheta };
    higher = above;
    return { ...base, ...interval, intervalMethod: 'profile' };
  });
  return {
    result: {
      model: spec.name,
      description: spec.description,
      estimates,
      values: Object.fromEntries(spec.parameters.map((p, i) => [p.name, theta[i] as number])),
      logLikelihood,
      freeParameters: objective.free.length,
      aic: 2 * objective.free.length - 2 * logLikelihood,
      converged: best.converged,
      startValues: search.startValues,
      informationMessage: information.message,
    },
    higher,
    problems,
    ends,
  };
}

function resolveFixed(spec: ModelSpec, fix: Readonly<Record<string, number>>): Map<number, number> {
  const fixed = new Map<number, number>();
  for (const [name, value] of Object.entries(fix)) {
    const i = spec.parameters.findIndex((p) => p.name === name);
    if (i < 0) continue; // a parameter this candidate model does not have
    const p = spec.parameters[i];
    if (p === undefined || !(Number.isFinite(value) && value >= p.lower && value <= p.upper)) {
      throw new RangeError(
        `fix.${name} must be a number in [${p?.lower}, ${p?.upper}], received ${value}`,
      );
    }
    fixed.set(i, value);
  }
  return fixed;
}

/** Standard errors of the free parameters off their bounds, from the observed information. */
function standardErrors(
  spec: ModelSpec,
  objective: SearchObjective,
  theta: readonly number[],
  atBound: readonly ('lower' | 'upper' | null)[],
): { errors: Map<number, number>; message: string } {
  const interior = objective.free.filter((_, f) => atBound[f] === null);
  if (interior.length === 0)
    return { errors: new Map(), message: 'every free parameter is on a bound: no standard errors' };
  if (spec.hessian) {
    const full = spec.hessian(theta);
    const information = interior.map((i) =>
      interior.map((j) => -((full[i] as number[])[j] as number)),
    );
    if (information.every((row) => row.every(Number.isFinite)))
      return fromInformation(information, interior);
  }
  // Differentiate −ℓ on the natural scale over the interior parameters, the others held.
  const held = new Map(spec.parameters.map((_, i) => [i, theta[i] as number]));
  for (const i of interior) held.delete(i);
  const natural = searchObjective(
    {
      ...spec,
      parameters: spec.parameters.map((p) => ({ ...p, scale: 'identity' as const, step: 1 })),
    },
    held,
  );
  const x = interior.map((i) => theta[i] as number);
  try {
    const hessian = hessianFromGradient(natural.gradient, x, {
      bounds: { lower: natural.lower, upper: natural.upper },
    });
    return fromInformation(hessian, interior);
  } catch (error) {
    return {
      errors: new Map(),
      message: `observed information could not be computed: ${(error as Error).message}`,
    };
  }
}

/** Standard errors of the `interior` parameters from their observed information matrix. */
function fromInformation(
  information: number[][],
  interior: readonly number[],
): { errors: Map<number, number>; message: string } {
  const result = covarianceFromHessian(information);
  const errors = new Map<number, number>();
  for (const [f, i] of interior.entries()) {
    const se = result.standardErrors?.[f];
    if (se !== undefined) errors.set(i, se);
  }
  return { errors, message: result.message };
}
