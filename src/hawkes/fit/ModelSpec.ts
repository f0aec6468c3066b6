/**
 * A point-process model prepared for maximum likelihood: its parameters (natural scale,
 * with bounds and the scale the optimiser searches on), its log-likelihood for the data it
 * was built on, and starting points.
 */
export interface ParameterSpec {
  readonly name: string;
  /** Unit, for tables: "per day", "unitless", "events". */
  readonly unit: string;
  readonly lower: number;
  readonly upper: number;
  /** 'log' for strictly positive rates searched on a log scale; 'identity' otherwise. */
  readonly scale: 'log' | 'identity';
  /**
   * For an 'identity' parameter, the change one unit of the search coordinate makes
   * (default 1): a trend of ±20/T per day is searched as γT, beside coordinates of size 1,
   * so the quasi-Newton search is not badly scaled when the window is long.
   */
  readonly step?: number;
}

export interface ModelSpec {
  /** Stable name, e.g. 'hawkes', 'poissonTrend+strikes'. */
  readonly name: string;
  readonly description: string;
  /** Number of events the likelihood is built on. */
  readonly events: number;
  readonly parameters: readonly ParameterSpec[];
  /** Log-likelihood at natural-scale parameters; −Infinity (never NaN) where undefined. */
  logLikelihood(theta: readonly number[]): number;
  /** Log-likelihood and its exact gradient in natural parameters, in one pass, where the model has one. */
  readonly withGradient?: (theta: readonly number[]) => { value: number; gradient: number[] };
  /** Exact Hessian of the log-likelihood in natural parameters, where the model has one. */
  readonly hessian?: (theta: readonly number[]) => number[][];
  /** Compensator Λ(t_i) at each event, for time rescaling. */
  compensator(theta: readonly number[]): Float64Array;
  /** Natural-scale starting points for the multi-start search. */
  starts(): number[][];
  /**
   * A wider natural-scale grid, screened by likelihood alone: its best points join the
   * starts, so a maximum in a corner of the range (a strike that silences attacks for a
   * few days) is not missed.
   */
  candidates(): number[][];
  /**
   * Natural-scale starts for a profile with parameter `index` held at `value`, moved from
   * `theta` along the likelihood's ridge (for the strike response: the baseline raised to
   * keep the expected count, the strike decay spread), or none. A held value far from
   * `theta`'s makes `theta` itself infeasible when an observed attack then falls where the
   * clipped intensity is zero.
   */
  readonly ridgeStarts?: (theta: readonly number[], index: number, value: number) => number[][];
}

/** Map natural parameters to the optimiser's scale. */
export function toSearchScale(spec: readonly ParameterSpec[], theta: readonly number[]): number[] {
  return theta.map((v, i) => {
    const p = spec[i] as ParameterSpec;
    return p.scale === 'log' ? Math.log(v) : v / (p.step ?? 1);
  });
}

/** Map the optimiser's coordinates back to natural parameters. */
export function fromSearchScale(spec: readonly ParameterSpec[], u: readonly number[]): number[] {
  return u.map((v, i) => {
    const p = spec[i] as ParameterSpec;
    return p.scale === 'log' ? Math.exp(v) : v * (p.step ?? 1);
  });
}
