/** Settings of ABC (rejection or SMC). */
export interface AbcSettings {
  /** Particles in each population (N). */
  readonly particles: number;
  /** `smc` (default) or `rejection` (one generation from the prior, the closest kept). */
  readonly method: 'smc' | 'rejection';
  /** SMC: each tolerance is this quantile of the previous population's distances (default 0.5). */
  readonly quantile: number;
  /** Rejection: the share of prior simulations kept (default 0.1: 10·N simulations). */
  readonly rejectionQuantile: number;
  /** Stop once a generation's tolerance is at or below this (default 0). */
  readonly targetTolerance: number;
  /** Stop after a generation whose acceptance rate falls below this (default 0.02). */
  readonly minAcceptanceRate: number;
  /** At most this many generations, the prior's included (default 12). */
  readonly maxGenerations: number;
  /** At most this many simulations in all (default 200·N); the last complete generation is returned. */
  readonly simulationBudget: number;
  /** Attempts handed out at once (a unit of work; results do not depend on it). */
  readonly batchSize: number;
  /** SMC's perturbation kernel: `beaumont` (default, 2× the population's covariance) or `olcm` (a local covariance per particle, Filippi et al. 2013). */
  readonly kernel?: 'beaumont' | 'olcm';
  readonly seed: number | string;
}

/** A batch of parameter sets to simulate; `streams[i]` names the random stream of `thetas[i]`. */
export interface AbcBatch {
  readonly thetas: readonly (readonly number[])[];
  readonly streams: readonly string[];
}

/** What one simulation returns: its statistics, and extra numbers to keep with the particle. */
export interface AbcSimulation {
  readonly statistics: readonly number[];
  readonly extra?: readonly number[];
}

/** One simulation's outcome: null when the model refused the parameter set (outside its domain). */
export type AbcOutcome = AbcSimulation | { readonly refused: string };

/** What a finished generation looked like. */
export interface AbcGeneration {
  readonly generation: number;
  /** Accepted when distance ≤ tolerance (Infinity for generation 0 of SMC: the prior). */
  readonly tolerance: number;
  readonly attempts: number;
  readonly simulations: number;
  /** Parameter sets the model refused (counted as outside the prior's support). */
  readonly refused: number;
  readonly acceptanceRate: number;
  readonly effectiveSampleSize: number;
}

/** Weighted particles with their distances, statistics and extras. */
export interface AbcPopulation {
  readonly thetas: readonly (readonly number[])[];
  readonly weights: readonly number[];
  readonly distances: readonly number[];
  readonly statistics: readonly (readonly number[])[];
  readonly extras: readonly (readonly number[])[];
}

/** Why the algorithm stopped. */
export type AbcStopReason =
  | 'tolerance'
  | 'acceptance'
  | 'generations'
  | 'budget'
  | 'converged'
  | 'rejection';

/** The result of ABC. */
export interface AbcResult {
  readonly population: AbcPopulation;
  readonly generations: readonly AbcGeneration[];
  readonly scales: readonly number[];
  readonly stopReason: AbcStopReason;
  readonly simulations: number;
  /** The first reason the model gave for refusing a parameter set, if any. */
  readonly firstRefusal: string | null;
}

/** Progress of a run: reported after each batch. */
export interface AbcProgress {
  readonly generation: number;
  readonly accepted: number;
  readonly particles: number;
  readonly simulations: number;
  readonly tolerance: number;
}
