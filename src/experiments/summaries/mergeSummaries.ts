import { requireArrayLike } from '../../util/requireArgument.js';
import { Summary, type SummaryState } from './Summary.js';

/**
 * Merge summary states of disjoint parts of one sample into the state of the whole.
 *
 * Why: shards and workers each summarise their replicates; the merge is exact (integer
 * counts, exact sums, exact min and max) and gives the same JSON for any order and any
 * grouping of the parts — bit-identical to summarising all values in one pass.
 *
 * Cost: O(total size of the states).
 *
 * @param states - the parts' states (at least one), all made with the same options
 * @returns the state of the union
 * @throws RangeError when there is no state, the options differ or a state is malformed
 * @example
 * const a = new Summary(); a.add(1);
 * const b = new Summary(); b.add(2); b.add(null);
 * mergeSummaries([a.toState(), b.toState()]).sum; // => '3'
 */
export function mergeSummaries(states: readonly SummaryState[]): SummaryState {
  requireArrayLike('states', states, 'an array of summary states');
  const [first, ...rest] = states;
  if (first === undefined)
    throw new RangeError('states must hold at least one summary state, received none');
  const merged = Summary.fromState(first);
  for (const state of rest) merged.merge(Summary.fromState(state));
  return merged.toState();
}
