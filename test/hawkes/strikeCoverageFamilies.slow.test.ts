import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FAMILY,
  type defaultStrikeInterval,
  type StrikeFamily,
} from '../../scripts/strikeCoverageRecord.js';
import { mapOnThreads } from '../helpers/mapOnThreads.js';

// Slow (SLOW=1, npm run test:slow; CI): the default cut-off on a second family of records,
// strikes at random times (scripts/strike-cutoff-coverage.ts --spacing poisson), so the
// default is not checked on evenly spaced strikes only. 100 plain fitHawkes fits over two
// worker threads: 231 s of CPU, about 2 minutes on 2 quiet cores (5.5–8.5 at a load average
// of 10–15). Measured with the strike decay's limit: the default covered 93 of 100; the χ²₁
// intervals it started from covered 83, outside the band, so the test fails with χ²₁ as the
// default (before the limit: 92 and 82).
describe('default profile interval of the strike response, strikes at random times', () => {
  it(
    'covers a deterring response 95% ± 2 SE of the time, where χ²₁ does not',
    async () => {
      // Truth: μ = 0.5, n = 0.3, β = 1, r = −2, δ = 0.5; 50 strikes at uniform random times
      // over 250 days (about 83 attacks a record). Records strike-coverage-0 … 99 of the
      // family; bootstrap seeds strike-coverage-cutoff-0 … 99.
      const family: StrikeFamily = { ...DEFAULT_FAMILY, spacing: 'poisson' };
      const records = 100;
      const rows = await mapOnThreads<
        { strikes: number; index: number; family: StrikeFamily },
        ReturnType<typeof defaultStrikeInterval>
      >(
        fileURLToPath(new URL('./strikeCoverageWorker.ts', import.meta.url)),
        Array.from({ length: records }, (_, index) => ({ strikes: 50, index, family })),
      );
      const truth = family.response;
      const contains = (i: { lower: number; upper: number }) =>
        i.lower <= truth && truth <= i.upper;
      const covered = rows.filter((row) => contains(row.interval)).length;
      const coveredChi = rows.filter((row) => contains(row.chiSquare)).length;
      // Binomial SE of a 95% coverage over 100 records: √(0.95·0.05/100) = 0.0218, so the
      // band 95% ± 2 SE holds 90.6–99.4 of 100.
      const se = Math.sqrt((0.95 * 0.05) / records);
      console.info(
        `strike-response coverage, Poisson strike times, over ${records} records: default ${covered}, χ²₁ ${coveredChi}`,
      );
      expect(rows.every((row) => row.method === 'bootstrap')).toBe(true);
      expect(Math.abs(covered / records - 0.95)).toBeLessThanOrEqual(2 * se);
      expect(Math.abs(coveredChi / records - 0.95)).toBeGreaterThan(2 * se);
    },
    30 * 60_000,
  );
});
