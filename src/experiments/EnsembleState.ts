import type { OutcomeName } from '../model/outcomes.js';
import { requireArrayLike } from '../util/requireArgument.js';
import { EnsembleMerger } from './EnsembleMerger.js';
import type { SummaryState } from './summaries/Summary.js';

/**
 * The mergeable JSON state of an ensemble or of a part of one (a worker's chunk, a shard):
 * what made it, which replicates it covers, and one summary state per outcome. Parts with
 * the same fingerprint and seed over disjoint ranges merge exactly (mergeEnsembleStates).
 */
export interface EnsembleState {
  readonly format: 'escalation-sim/ensemble-state';
  readonly version: 1;
  /** The scenario's name. */
  readonly scenario: string;
  /** Hash of the parsed scenario and its policy (scenarioFingerprint). */
  readonly fingerprint: string;
  readonly seed: number | string;
  /** Replicate index ranges [from, to) covered: sorted, disjoint, adjacent ones joined. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly outcomes: { readonly [K in OutcomeName]: SummaryState };
}

/**
 * Merge the states of disjoint parts of one ensemble (workers' chunks, shards, replicate
 * ranges) into the state of the whole.
 *
 * Why: large experiments are spread over threads, processes and machines; the merge is
 * exact, so the result is bit-identical to running every replicate in one loop, whatever
 * the split and the order of the parts.
 *
 * Cost: O(total size of the states).
 *
 * @param states - at least one state, all of the same scenario (fingerprint) and seed
 * @returns the merged state
 * @throws RangeError when there is no state, the scenario or seed differ, ranges overlap,
 *   or a state is malformed
 * @example
 * const a = runEnsemble(presets.restraint, { seed: 1, replicates: 5 }).state;
 * const b = runEnsemble(presets.restraint, { seed: 1, replicates: 5, from: 5 }).state;
 * mergeEnsembleStates([b, a]).ranges; // => [[0, 10]]
 */
export function mergeEnsembleStates(states: readonly EnsembleState[]): EnsembleState {
  requireArrayLike('states', states, 'an array of ensemble states');
  const merger = new EnsembleMerger();
  for (const state of states) merger.add(state);
  return merger.toState();
}
