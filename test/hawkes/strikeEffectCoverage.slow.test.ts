import { describe, expect, it } from 'vitest';
import { coveredRecords } from '../../scripts/strikeEffectCoverage.js';

// Slow (SLOW=1, npm run test:slow; CI): 60 strike fits by fitHawkes with the strike effect's
// profile interval, about 2.4 s of CPU each: about 2.5 minutes quiet, 15 minutes with the fast
// suite running beside it on a loaded 2-core machine. The 200-record check is in the long
// suite (strikeEffectCoverage.long.test.ts).
describe('profile-likelihood interval of the strike effect', () => {
  it('covers the true 7-day effect at least 95% − 3 SE of the time on 60 records with 50 strikes', () => {
    // Truth: μ = 0.5, n = 0.3, β = 1; 50 strikes 5 days apart, each with response r = −2
    // spread at δ = 0.5; the true effect is the mean 7-day effect at these values on each
    // record's own history. Seeds strike-coverage-0 … 59 (scripts/strike-effect-coverage.ts
    // --to 60 prints the same count). Measured: 57 of 60 (95%; the truth below the interval
    // twice, above once); on all 200 records 195 (97.5%, strikeEffectCoverage.long.test.ts).
    // Before the strike decay was limited: 54 of 60 and 188 of 200.
    // Before, the effect's range at the strike response's interval's ends held it 103 times in
    // 200 (51%). SE at 95% for 60 records: √(0.95·0.05/60) = 2.8%; 95% − 3 SE = 86.6% is 52
    // records (95% + 3 SE is above 60).
    const covered = coveredRecords(60);
    expect(covered).toBeGreaterThanOrEqual(52);
  });
});
