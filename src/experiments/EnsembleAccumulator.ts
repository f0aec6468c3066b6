import { OUTCOME_NAMES, type OutcomeName, type Outcomes } from '../model/outcomes.js';
import type { EnsembleState } from './EnsembleState.js';
import { Summary, type SummaryOptions } from './summaries/Summary.js';

/** Who made an ensemble: what every part of it must share to be merged. */
export interface EnsembleIdentity {
  /** The scenario's name. */
  readonly scenario: string;
  /** From scenarioFingerprint: the parsed scenario and its policy. */
  readonly fingerprint: string;
  readonly seed: number | string;
}

/**
 * Streams the outcome rows of the replicates [from, to) into one summary per outcome; memory
 * stays flat however many rows are added.
 *
 * Why: the shared inner loop of `runEnsemble` and the worker pool; both emit the same
 * `EnsembleState`, so parts from threads, processes or machines merge exactly.
 *
 * @example
 * const acc = new EnsembleAccumulator({ scenario: 'x', fingerprint: '0', seed: 1 }, 0, 1);
 * acc.add(runReplicate(compileScenario(presets.restraint), 1, 0));
 * acc.toState().outcomes.attacks.n; // => 1
 */
export class EnsembleAccumulator {
  private readonly summaries: Record<OutcomeName, Summary>;

  /**
   * @param identity - scenario name, fingerprint and seed
   * @param from - first replicate index covered
   * @param to - one past the last replicate index covered
   * @param options - summary options (defaults: 2048 distinct values, 1% log buckets)
   */
  constructor(
    readonly identity: EnsembleIdentity,
    readonly from: number,
    readonly to: number,
    options: SummaryOptions = {},
  ) {
    this.summaries = Object.fromEntries(
      OUTCOME_NAMES.map((name) => [name, new Summary(options)]),
    ) as Record<OutcomeName, Summary>;
  }

  /**
   * Count one replicate's outcomes.
   * @param outcomes - the replicate's outcome row
   * @throws RangeError naming the outcome when a value is NaN or infinite
   */
  add(outcomes: Outcomes): void {
    for (const name of OUTCOME_NAMES) {
      const value = outcomes[name];
      if (value !== null && !Number.isFinite(value))
        throw new RangeError(`outcome ${name} must be a finite number or null, received ${value}`);
      this.summaries[name].add(value);
    }
  }

  /** @returns the JSON state of the replicates [from, to) */
  toState(): EnsembleState {
    return {
      format: 'escalation-sim/ensemble-state',
      version: 1,
      ...this.identity,
      ranges: this.to > this.from ? [[this.from, this.to]] : [],
      outcomes: Object.fromEntries(
        OUTCOME_NAMES.map((name) => [name, this.summaries[name].toState()]),
      ) as EnsembleState['outcomes'],
    };
  }
}
