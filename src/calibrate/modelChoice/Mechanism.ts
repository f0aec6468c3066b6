import type { Prior } from '../priors/Prior.js';

/**
 * A competing mechanism for ABC model choice: a name, priors by scenario path (the same
 * shapes `calibrate` takes) and its prior probability (default: equal across mechanisms).
 *
 * @example
 * const noEffect: Mechanism = {
 *   name: 'no effect',
 *   parameters: { 'militias.0.strikeResponse': { type: 'fixed', value: 0 } },
 * };
 * noEffect.name; // => 'no effect'
 */
export interface Mechanism {
  readonly name: string;
  readonly parameters: Readonly<Record<string, Prior>>;
  /** Prior weight of the mechanism (need not sum to 1 across mechanisms; default 1). */
  readonly prior?: number;
}

/** One mechanism's result. */
export interface MechanismResult {
  readonly name: string;
  /** Prior probability of the mechanism (normalised). */
  readonly prior: number;
  /** Draws of this mechanism simulated, and accepted (distance ≤ tolerance). */
  readonly simulations: number;
  readonly accepted: number;
  /** Draws the scenario refused (outside its rules); they count as rejected. */
  readonly refused: number;
  /** Posterior probability: its share of the accepted draws (the draws come from the joint prior). */
  readonly probability: number;
  /** Monte Carlo standard error of `probability` (multinomial over the accepted draws). */
  readonly standardError: number;
  /** Bayes factor against the reference mechanism; null when no reference draw was accepted. */
  readonly bayesFactor: number | null;
  /** Standard error of log(bayesFactor) (delta method over the accepted counts); null as above. */
  readonly logBayesFactorSe: number | null;
}

/** The result of ABC model choice. */
export interface ModelChoice {
  readonly mechanisms: readonly MechanismResult[];
  /** The mechanism the Bayes factors are against. */
  readonly reference: string;
  /** Accepted: distance ≤ tolerance, the `acceptQuantile` of the distances of draws not refused. */
  readonly tolerance: number;
  readonly accepted: number;
  readonly simulations: number;
  /** Summary statistics (common to all mechanisms) and their pooled prior-predictive scales. */
  readonly statistics: readonly string[];
  readonly scales: readonly number[];
  /** How the Monte Carlo errors were computed. */
  readonly errorMethod: string;
  /** Plain statements of what the result cannot say. */
  readonly warnings: readonly string[];
  readonly seed: number | string;
}
