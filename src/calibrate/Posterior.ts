import type { AbcGeneration, AbcStopReason } from './abc/abcTypes.js';
import type { DayWindow } from './prepareCalibration.js';
import type { Prior } from './priors/Prior.js';

/** One parameter's posterior beside its prior. */
export interface ParameterSummary {
  readonly path: string;
  readonly prior: Prior;
  readonly mean: number;
  readonly sd: number;
  readonly median: number;
  /** The 90% credible interval: the 5% and 95% weighted quantiles. */
  readonly q05: number;
  readonly q95: number;
  readonly priorMean: number;
  readonly priorSd: number;
  /**
   * 1 − posterior sd / prior sd: how much the data narrowed the parameter (0: not at all;
   * near 1: the data pin it down). Fixed parameters have none (null).
   */
  readonly narrowing: number | null;
}

/** A statistic's predictive distribution in a window, beside what was observed there. */
export interface PredictedStatistic {
  readonly statistic: string;
  readonly observed: number | null;
  readonly mean: number;
  readonly q05: number;
  readonly q25: number;
  readonly median: number;
  readonly q75: number;
  readonly q95: number;
  /** Predictive probability of [q25, q75]: at least 0.5, more for a discrete statistic. */
  readonly mass50: number;
  /** Predictive probability of [q05, q95]: at least 0.9, more for a discrete statistic. */
  readonly mass90: number;
  /** P(simulated > observed) plus half the ties (mid-p); null when not observed. */
  readonly upperTail: number | null;
  /** P(simulated < observed); null when not observed. */
  readonly lowerTail: number | null;
  /** P(simulated = observed); null when not observed. */
  readonly tieMass: number | null;
}

/** The posterior of a calibration: weighted parameter draws with everything that made them. */
export interface Posterior {
  readonly kind: 'escalation-sim/posterior';
  readonly formatVersion: 1;
  /** Scenario paths; `draws` rows hold values in this order (fixed parameters as constant columns). */
  readonly paths: readonly string[];
  readonly draws: readonly (readonly number[])[];
  /** Normalised importance weights. */
  readonly weights: readonly number[];
  readonly priors: readonly Prior[];
  readonly summary: readonly ParameterSummary[];
  /** Weighted correlations between the free parameters (paths with a prior that is not fixed). */
  readonly correlations: {
    readonly paths: readonly string[];
    readonly matrix: readonly (readonly number[])[];
  };
  readonly statistics: {
    readonly names: readonly string[];
    readonly descriptions: readonly string[];
    readonly observed: readonly number[];
    /** Prior-predictive scales that divide each statistic's difference in the distance. */
    readonly scales: readonly number[];
  };
  /** Prediction windows (days from the scenario's start): the accepted simulations' statistics there. */
  readonly predictions: readonly {
    readonly window: DayWindow;
    readonly statistics: readonly PredictedStatistic[];
  }[];
  readonly diagnostics: {
    readonly method: 'smc' | 'rejection';
    readonly generations: readonly AbcGeneration[];
    readonly stopReason: AbcStopReason;
    readonly simulations: number;
    readonly effectiveSampleSize: number;
    readonly finalTolerance: number;
    /** Share of draws the scenario refused (outside its rules), over all generations. */
    readonly refusedShare: number;
    readonly firstRefusal: string | null;
  };
  /** Plain statements of what the result cannot say (weak identification, stopping early). */
  readonly warnings: readonly string[];
  readonly provenance: {
    readonly library: string;
    readonly scenario: string;
    /** calibrationFingerprint of the scenario: what a posterior may be applied to. */
    readonly fingerprint: string;
    readonly observed: string;
    readonly window: DayWindow;
    readonly mode: 'replay' | 'generative';
    readonly seed: number | string;
    readonly particles: number;
  };
}
