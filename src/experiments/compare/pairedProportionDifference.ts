import { mcnemarExact } from '../../stats/mcnemarExact.js';
import { wilsonInterval } from '../../stats/wilsonInterval.js';
import type { DifferenceEstimate } from './pairedMeanDifference.js';

/** Counts of a paired binary outcome: both, only the treatment, only the control, neither. */
export interface PairedCounts {
  readonly both: number;
  readonly onlyTreatment: number;
  readonly onlyControl: number;
  readonly neither: number;
}

/**
 * Difference of two paired proportions (treatment − control) with Newcombe's hybrid score
 * interval and the exact McNemar p-value.
 *
 * Why: the normal interval on paired 0/1 differences is [0, 0] when no replicate differs
 * (e.g. neither policy draws an expulsion in 2,000 years), which claims certainty. Newcombe's
 * interval combines the two Wilson intervals with the correlation of the pairs, so it is
 * never degenerate and keeps its coverage near the bounds.
 *
 * Reference: Newcombe, R. G. (1998). Improved confidence intervals for the difference
 * between binomial proportions based on paired data. Statistics in Medicine 17, 2635–2650,
 * method 10: with (l₁, u₁), (l₂, u₂) the Wilson intervals of p₁ and p₂ and φ the phi
 * coefficient of the 2×2 table (0 when a margin is empty),
 * L = D − √((p₁−l₁)² − 2φ(p₁−l₁)(u₂−p₂) + (u₂−p₂)²) and
 * U = D + √((u₁−p₁)² − 2φ(u₁−p₁)(p₂−l₂) + (p₂−l₂)²).
 *
 * @param counts - the 2×2 table of pairs (integers ≥ 0, at least one pair)
 * @param confidence - interval level in (0, 1), default 0.95
 * @returns estimate, interval, two-sided p-value, pairs and method
 * @throws RangeError when the counts are not integers ≥ 0 or there are no pairs
 * @example
 * pairedProportionDifference({ both: 0, onlyTreatment: 0, onlyControl: 0, neither: 2000 }).high.toFixed(4);
 * // => '0.0019'
 */
export function pairedProportionDifference(
  counts: PairedCounts,
  confidence = 0.95,
): DifferenceEstimate {
  const { both: a, onlyTreatment: b, onlyControl: c, neither: d } = counts;
  const n = a + b + c + d;
  if (!(n >= 1)) throw new RangeError(`counts must hold at least one pair, received ${n}`);
  const p1 = (a + b) / n;
  const p2 = (a + c) / n;
  const w1 = wilsonInterval(a + b, n, confidence);
  const w2 = wilsonInterval(a + c, n, confidence);
  const margins = (a + b) * (c + d) * (a + c) * (b + d);
  const phi = margins > 0 ? (a * d - b * c) / Math.sqrt(margins) : 0;
  const estimate = (b - c) / n;
  const lower = (p1 - w1.low) ** 2 - 2 * phi * (p1 - w1.low) * (w2.high - p2) + (w2.high - p2) ** 2;
  const upper = (w1.high - p1) ** 2 - 2 * phi * (w1.high - p1) * (p2 - w2.low) + (p2 - w2.low) ** 2;
  return {
    n,
    estimate,
    low: Math.max(-1, estimate - Math.sqrt(Math.max(0, lower))),
    high: Math.min(1, estimate + Math.sqrt(Math.max(0, upper))),
    pValue: mcnemarExact(b, c),
    method: 'Newcombe paired score interval; exact McNemar p-value',
  };
}
