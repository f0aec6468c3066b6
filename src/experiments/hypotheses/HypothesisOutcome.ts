import type { LIBRARY } from '../../version.js';
import type { PolicyDescription } from '../compare/policyChoice.js';
import type { HypothesisWindow } from './HypothesisSpec.js';
import type { Direction } from './signFlipTest.js';

/** The result of a hypothesis test, with its verdict in plain words. */
export interface HypothesisOutcome {
  readonly library: typeof LIBRARY;
  readonly name: string;
  readonly question: string;
  readonly scenario: string;
  readonly fingerprint: string;
  readonly seed: number | string;
  readonly replicates: number;
  readonly treatment: PolicyDescription;
  readonly treatmentLabel: string;
  /** The control policy, or 'withheld' / 'same-run'. */
  readonly control: PolicyDescription | 'withheld' | 'same-run';
  readonly controlLabel: string;
  readonly metric: string;
  readonly window?: HypothesisWindow;
  readonly controlWindow?: HypothesisWindow;
  readonly direction: Direction;
  /** Replicates that entered the test. */
  readonly pairs: number;
  /** Replicates left out, and why (no anchor strike, window past the horizon, metric null). */
  readonly excluded: number;
  readonly excludedReason: string;
  readonly treatmentMean: number | null;
  readonly controlMean: number | null;
  /** Mean paired difference treatment − control. */
  readonly estimate: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly confidence: number;
  readonly method: string;
  /** Permutation p-value in the hypothesis's direction. */
  readonly pValue: number | null;
  readonly testMethod: string;
  readonly alpha: number;
  readonly verdict: 'supported' | 'contradicted' | 'inconclusive';
  readonly conditions: string;
  readonly drivers: string;
  /**
   * With a posterior: the share of posterior draws in which the effect holds. Replicate r ran
   * with draw j(r) (chosen by weight from the seed and r, as runEnsemble does); for each draw
   * used, the mean paired difference over its replicates is in the hypothesis's direction
   * (> 0 for greater, < 0 for less, the sign of the overall estimate for two-sided) or not;
   * `share` is the fraction of paired replicates whose draw has the effect, i.e. the draws
   * weighted by how often the posterior picked them. With few replicates per draw, replicate
   * noise enters each draw's mean and pulls the share towards 1/2: read it with
   * `replicatesPerDraw`.
   */
  readonly posterior?: {
    readonly share: number;
    readonly drawsUsed: number;
    readonly replicatesPerDraw: number;
  };
  /** The verdict as one paragraph. */
  readonly text: string;
}
