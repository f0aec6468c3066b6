import { fitHawkes } from '../src/hawkes/fitHawkes.js';
import { type StrikeEffectParams, strikeEffects } from '../src/hawkes/fit/strikeEffect.js';
import { STRIKE_TRUTH, strikeCoverageRecord } from './strikeCoverageRecord.js';

/** Where the true effect fell against one record's interval. */
export type EffectOutcome = 'covered' | 'below' | 'above';

/**
 * One strike-coverage record (μ = 0.5, n = 0.3, β = 1, r = −2, δ = 0.5; see
 * strikeCoverageRecord.ts) fitted by fitHawkes as a user would, and where the true mean
 * 7-day effect on that record (the effect at the true parameters, given its history) falls
 * against the reported interval. For the effect-coverage script and slow test.
 */
export function strikeEffectOutcome(
  strikes: number,
  seed: string,
): { truth: number; lower: number; upper: number; outcome: EffectOutcome } {
  const { times, strikeTimes, horizon } = strikeCoverageRecord(strikes, seed);
  const fit = fitHawkes(times, {
    horizon,
    strikes: { times: strikeTimes },
    bootstrap: 0,
    compare: false,
    // The effect's interval is drawn at χ²₁ from the response's χ²₁ profile ends, as when
    // these figures were measured (the response's bootstrap cut-off would only add cost).
    strikeCutoff: 'chiSquare',
  });
  const truth: StrikeEffectParams = {
    baseline: 0.5,
    branchingRatio: 0.3,
    decay: 1,
    strikeResponse: STRIKE_TRUTH,
    strikeResponseDecay: 0.5,
  };
  const effects = strikeEffects(times, horizon, { times: strikeTimes }, truth, 7);
  const mean = effects.reduce((a, b) => a + b, 0) / effects.length;
  const lower = fit.strikeEffect?.lower ?? Number.NEGATIVE_INFINITY;
  const upper = fit.strikeEffect?.upper ?? Number.POSITIVE_INFINITY;
  const outcome = mean < lower ? 'below' : mean > upper ? 'above' : 'covered';
  return { truth: mean, lower, upper, outcome };
}

/** How many of the coverage records `strike-coverage-0` … `records − 1` (50 strikes) the effect's interval covers. */
export function coveredRecords(records: number): number {
  let covered = 0;
  for (let r = 0; r < records; r++)
    if (strikeEffectOutcome(50, `strike-coverage-${r}`).outcome === 'covered') covered++;
  return covered;
}
