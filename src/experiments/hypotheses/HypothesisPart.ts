import type { HypothesisOutcome } from './HypothesisOutcome.js';

/** What a hypothesis test needs besides its pairs: its settings and the verdict's words. */
export interface HypothesisHeader
  extends Omit<
    HypothesisOutcome,
    | 'pairs'
    | 'excluded'
    | 'treatmentMean'
    | 'controlMean'
    | 'estimate'
    | 'low'
    | 'high'
    | 'method'
    | 'pValue'
    | 'verdict'
    | 'posterior'
    | 'text'
  > {
  readonly from: number;
  readonly permutations: number;
  /** Whether the metric is a 0/1 outcome (Newcombe's interval). */
  readonly proportion: boolean;
  /** Whether parameters were drawn from a posterior (then the share of draws is reported). */
  readonly withPosterior: boolean;
}

/**
 * The paired values of a hypothesis test over a replicate range, in replicate order:
 * [treatment, control, posterior draw (−1 without)] per replicate that entered the test.
 */
export interface HypothesisPart {
  readonly pairs: readonly (readonly [number, number, number])[];
  readonly excluded: number;
}

/**
 * Concatenate the parts of consecutive replicate ranges, in order.
 *
 * @param parts - parts in the order of their ranges
 * @returns the part of their union
 * @example
 * mergeHypothesisParts([{ pairs: [[1, 0, -1]], excluded: 0 }, { pairs: [], excluded: 2 }]).excluded; // => 2
 */
export function mergeHypothesisParts(parts: readonly HypothesisPart[]): HypothesisPart {
  return {
    pairs: parts.flatMap((p) => p.pairs),
    excluded: parts.reduce((a, p) => a + p.excluded, 0),
  };
}
