import type { Prior } from '../priors/Prior.js';

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
  /** SMC's perturbation kernel: `beaumont` (default, 2× the population's covariance), `olcm` (a local covariance per particle, Filippi et al. 2013) or `optimal` (one optimal covariance, Filippi et al. 2013; see perturbationKernel). */
  readonly kernel?: 'beaumont' | 'olcm' | 'optimal';
  readonly seed: number | string;
}

/**
 * What one generation's attempts need, as plain data (it crosses into worker threads): the
 * seed, the generation, the priors and, after the prior's generation, the previous
 * population on the real line with the kernel's name, the tolerance and the distance's
 * observed values and scales. Attempt k's result depends only on the plan and k.
 */
export interface AbcGenerationPlan {
  readonly seed: number | string;
  readonly generation: number;
  readonly priors: readonly Prior[];
  /** Absent for generation 0, whose attempts draw from the prior and are not judged. */
  readonly previous?: {
    readonly kernel: 'beaumont' | 'olcm' | 'optimal';
    readonly reals: readonly (readonly number[])[];
    readonly weights: readonly number[];
    readonly distances: readonly number[];
    readonly tolerance: number;
    readonly observed: readonly number[];
    readonly scales: readonly number[];
  };
}

/** Work for a driver: the attempts of `plan` from `from` on. */
export interface AbcWork {
  readonly plan: AbcGenerationPlan;
  readonly from: number;
  /** About how many attempts the generation still needs (a hint for work done ahead; ≥ 1). */
  readonly expected: number;
}

/** What an attempt's code says (AbcAttemptBlock.codes). */
export const ATTEMPT_OUTSIDE = 0;
/** The model refused the parameter set. */
export const ATTEMPT_REFUSED = 1;
/** Simulated and not accepted. */
export const ATTEMPT_REJECTED = 2;
/** Simulated and kept (generation 0: every draw the model accepts). */
export const ATTEMPT_KEPT = 3;

/** A kept attempt: its parameters on the real line and what the generation records of it. */
export interface AbcKept {
  readonly u: readonly number[];
  readonly logPrior: number;
  readonly statistics: readonly number[];
  readonly extra: readonly number[];
  /** Its distance (NaN in generation 0, where the scales are not yet known). */
  readonly distance: number;
  /** Its unnormalised log importance weight (0 in generation 0). */
  readonly logWeight: number;
}

/** The results of consecutive attempts of one plan. */
export interface AbcAttemptBlock {
  readonly from: number;
  /**
   * One code per attempt: ATTEMPT_OUTSIDE (the proposal has no prior density: not
   * simulated), ATTEMPT_REFUSED, ATTEMPT_REJECTED or ATTEMPT_KEPT.
   */
  readonly codes: Uint8Array;
  /** The first refusal in the block, with its attempt index. */
  readonly firstRefusal: { readonly attempt: number; readonly reason: string } | null;
  /** The kept attempts, in order. */
  readonly kept: readonly AbcKept[];
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
