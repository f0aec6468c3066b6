import type { ParameterDraws } from '../../calibrate/ParameterDraws.js';
import type { Scenario, ScenarioInput } from '../../scenario/Scenario.js';
import type { PolicyChoice } from '../compare/policyChoice.js';
import type { Direction } from './signFlipTest.js';

/** What a window of days is measured from: the start, or a strike in the treatment run. */
export type WindowAnchor = 'start' | 'firstStrike' | 'firstStrikeKillingHost';

/** Days (from, to] after the anchor; negative values reach before it. */
export interface HypothesisWindow {
  readonly from: number;
  readonly to: number;
  /** Default `start`. A strike anchor leaves out replicates without such a strike. */
  readonly anchor?: WindowAnchor;
}

/**
 * The control of a hypothesis test: another policy on the same replicates, `'withheld'` —
 * the same replicate with the anchor strike withheld (a counterfactual) — or `'same-run'`,
 * the treatment run itself over `controlWindow` (e.g. before the strike against after it).
 */
export type HypothesisControl = PolicyChoice | 'withheld' | 'same-run';

/** A hypothesis to test: treatment against control on a metric, in a window, in a direction. */
export interface HypothesisSpec {
  /** A short name, e.g. `H1 provocation`. */
  readonly name?: string;
  /** The question in plain words, quoted in the verdict. */
  readonly question?: string;
  /** What in the model drives the answer, quoted in the verdict. */
  readonly drivers?: string;
  readonly scenario: Scenario | ScenarioInput;
  /** Default: the scenario's own policy. */
  readonly treatment?: PolicyChoice;
  readonly control: HypothesisControl;
  /** An outcome name, or with a window one of WINDOW_METRICS. */
  readonly metric: string;
  /** Measure the metric over this window (default: the whole run's outcome). */
  readonly window?: HypothesisWindow;
  /** The control's window (default `window`); required for `'same-run'`. */
  readonly controlWindow?: HypothesisWindow;
  /** The effect the hypothesis claims: treatment − control `greater` or `less` than 0, or `two-sided`. */
  readonly direction: Direction;
  readonly replicates: number;
  readonly seed: number | string;
  /** First replicate index (default 0). */
  readonly from?: number;
  /** Level of the test (default 0.05). */
  readonly alpha?: number;
  /** Interval level (default 0.95). */
  readonly confidence?: number;
  /** Random sign flips of the permutation test (default 1999). */
  readonly permutations?: number;
  /** Integrate over parameter draws (a posterior); see HypothesisOutcome.posterior. */
  readonly posterior?: ParameterDraws;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Every key of HypothesisSpec, for refusing misspelt ones. */
export const HYPOTHESIS_KEYS = Object.freeze([
  'name',
  'question',
  'drivers',
  'scenario',
  'treatment',
  'control',
  'metric',
  'window',
  'controlWindow',
  'direction',
  'replicates',
  'seed',
  'from',
  'alpha',
  'confidence',
  'permutations',
  'posterior',
  'onProgress',
] as const satisfies readonly (keyof HypothesisSpec)[]);
