/** The cut-offs a strike response's profile interval can be drawn with, as asked for. */
export type StrikeCutoffOption = 'auto' | 'bootstrap' | 'chiSquare';

/**
 * Records with more events than this keep the χ²₁ cut-off under `strikeCutoff: 'auto'`.
 *
 * Why this size: on the strike-coverage records (μ 0.5, n 0.3, β 1, r −2, δ 0.5, a strike
 * every 5 days) χ²₁'s 95% intervals covered 182/200 at 50 strikes (about 60 events), where
 * the bootstrap covered 190/200, and 196/200 at 200 strikes (about 240 events): the signed
 * root's skew fades as events accumulate. The bootstrap's cost grows with the record (about
 * 200 refits of it): 2.4 s of CPU at 60 events, about 25 s at 500, over 2 minutes at 2,000
 * (scripts/strike-cutoff-coverage.ts; test/hawkes/strikeCoverage.slow.test.ts). Up to 500
 * events it corrects a real shortfall at a bounded cost; beyond it χ²₁ is adequate and cheap.
 */
export const AUTO_BOOTSTRAP_EVENTS = 500;

/**
 * Which cut-off the strike response's profile interval is drawn with, and why: `requested`
 * as given, or for 'auto' the parametric-bootstrap cut-off when the record is small enough
 * that χ²₁ under-covers and the bootstrap's cost stays bounded, with at least two strikes
 * (one strike does not identify the response: its χ²₁ interval runs to the search range,
 * and a calibrated cut-off cannot bound it), and without priors (the bootstrap calibrates a
 * likelihood ratio, not a penalised one); else Wilks' χ²₁.
 *
 * @example
 * chooseStrikeCutoff('auto', { events: 60, strikes: 50, priors: false }).method;
 * // => 'bootstrap'
 */
export function chooseStrikeCutoff(
  requested: StrikeCutoffOption,
  record: { readonly events: number; readonly strikes: number; readonly priors: boolean },
): { readonly method: 'bootstrap' | 'chiSquare'; readonly reason: string } {
  if (record.priors)
    return {
      method: 'chiSquare',
      reason:
        requested === 'chiSquare'
          ? 'asked for (strikeCutoff: chiSquare)'
          : 'a fit with priors: the bootstrap calibration is not made for a penalised likelihood',
    };
  if (requested === 'chiSquare')
    return { method: 'chiSquare', reason: 'asked for (strikeCutoff: chiSquare)' };
  if (requested === 'bootstrap')
    return { method: 'bootstrap', reason: 'asked for (strikeCutoff: bootstrap)' };
  if (record.strikes < 2)
    return {
      method: 'chiSquare',
      reason:
        'automatic: one strike does not identify its response, and a calibrated cut-off cannot bound an interval that runs to the search range',
    };
  if (record.events > AUTO_BOOTSTRAP_EVENTS)
    return {
      method: 'chiSquare',
      reason: `automatic: ${record.events} events (over ${AUTO_BOOTSTRAP_EVENTS}), where χ²₁ covers as stated and the bootstrap would refit about 100 records of this size`,
    };
  return {
    method: 'bootstrap',
    reason: `automatic: ${record.events} events (up to ${AUTO_BOOTSTRAP_EVENTS}), where χ²₁ intervals cover less than stated`,
  };
}
