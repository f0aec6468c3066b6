import { OUTCOME_NAMES, type OutcomeName } from '../model/outcomes.js';
import type { EnsembleState } from './EnsembleState.js';
import { Summary, type SummaryState } from './summaries/Summary.js';

/**
 * Folds states of disjoint parts of one ensemble into the state of the whole, one part at a
 * time (memory of one state, not of all parts): used by mergeEnsembleStates and the worker
 * pool. Exact, so the result does not depend on the order in which parts arrive.
 *
 * @example
 * const merger = new EnsembleMerger();
 * merger.add(runEnsemble(presets.restraint, { seed: 1, replicates: 3, from: 3 }).state);
 * merger.add(runEnsemble(presets.restraint, { seed: 1, replicates: 3 }).state);
 * merger.toState().ranges; // => [[0, 6]]
 */
export class EnsembleMerger {
  private first: EnsembleState | undefined;
  private summaries: Record<OutcomeName, Summary> | undefined;
  private readonly ranges: [number, number][] = [];

  /**
   * Add one part.
   * @param state - an ensemble state of the same scenario (fingerprint) and seed as the others
   * @throws RangeError when the state is not an ensemble state, or is of another scenario or seed
   */
  add(state: EnsembleState): void {
    if (state.format !== 'escalation-sim/ensemble-state' || state.version !== 1)
      throw new RangeError(
        `state must be an escalation-sim ensemble state (version 1), received format ${JSON.stringify(state.format)} version ${JSON.stringify(state.version)}`,
      );
    const first = this.first ?? state;
    if (state.fingerprint !== first.fingerprint || String(state.seed) !== String(first.seed))
      throw new RangeError(
        `states must come from the same scenario and seed, received "${first.scenario}" (${first.fingerprint}, seed ${first.seed}) and "${state.scenario}" (${state.fingerprint}, seed ${state.seed})`,
      );
    const parts = OUTCOME_NAMES.map((name) => Summary.fromState(outcomeOf(state, name)));
    if (this.summaries === undefined) {
      this.summaries = Object.fromEntries(
        OUTCOME_NAMES.map((name, i) => [name, parts[i]]),
      ) as Record<OutcomeName, Summary>;
    } else {
      const summaries = this.summaries;
      OUTCOME_NAMES.forEach((name, i) => {
        summaries[name].merge(parts[i] as Summary);
      });
    }
    this.first = first;
    for (const [from, to] of state.ranges) this.ranges.push([from, to]);
  }

  /**
   * @returns the merged state
   * @throws RangeError when no part was added or replicate ranges overlap
   */
  toState(): EnsembleState {
    const { first, summaries } = this;
    if (first === undefined || summaries === undefined)
      throw new RangeError('states must hold at least one ensemble state, received none');
    return {
      format: first.format,
      version: first.version,
      scenario: first.scenario,
      fingerprint: first.fingerprint,
      seed: first.seed,
      ranges: unionOfRanges(this.ranges),
      outcomes: Object.fromEntries(
        OUTCOME_NAMES.map((name) => [name, summaries[name].toState()]),
      ) as EnsembleState['outcomes'],
    };
  }
}

function outcomeOf(state: EnsembleState, name: OutcomeName): SummaryState {
  const summary = (state.outcomes as Partial<EnsembleState['outcomes']>)[name];
  if (summary === undefined)
    throw new RangeError(`state must summarise every outcome; "${name}" is missing`);
  return summary;
}

function unionOfRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const union: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = union[union.length - 1];
    if (last !== undefined && from < last[1])
      throw new RangeError(
        `replicate ranges must not overlap, received [${last[0]}, ${last[1]}) and [${from}, ${to})`,
      );
    if (last !== undefined && from === last[1]) last[1] = to;
    else union.push([from, to]);
  }
  return union;
}
