import { describe, expect, it } from 'vitest';
import type { ModelShape } from '../../src/hawkes/fit/buildModels.js';
import { buildModel } from '../../src/hawkes/fit/buildModels.js';
import { fitModel } from '../../src/hawkes/fit/fitModel.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';

// The fit of the strike models with the exact gradient against the same fit differentiated
// numerically (the model without `withGradient`, as before the exact gradient): both
// searches are local quasi-Newton searches from the same starts to a projected gradient
// below 1e-6, so their maxima agree to far below 1e-4 in log-likelihood unless one of them
// lands on another local maximum.
describe('strike models fitted with the exact gradient', () => {
  const shapes: ModelShape[] = [
    { excitation: true, trend: false, strikes: 'response' },
    { excitation: false, trend: true, strikes: 'response' },
    { excitation: true, trend: false, strikes: 'responseAndHostDeaths' },
  ];
  for (const [k, shape] of shapes.entries()) {
    it(`reach the numerically differentiated fit's maximum (${JSON.stringify(shape)}, 2 data sets)`, () => {
      for (let r = 0; r < 2; r++) {
        const horizon = 60;
        const strikeTimes = [8, 20, 31, 44, 52];
        const hostKilled = [0, 3, 1, 0, 2];
        const [times] = simulateMultivariateHawkes(
          { baseline: [0.6], branchingRatio: [[0.3]], decay: [1] },
          {
            horizon,
            seed: `strike-fit-gradient-${k}-${r}`,
            shocks: {
              times: strikeTimes,
              response: hostKilled.map((h) => [-2 + 0.5 * h]),
              decay: [0.4],
            },
          },
        ).times as [Float64Array];
        const spec = buildModel(times, horizon, shape, { times: strikeTimes, hostKilled });
        const { withGradient: _, ...numerical } = spec;
        expect(spec.withGradient).toBeDefined();
        const options = { intervals: 'none', standardErrors: false } as const;
        const exact = fitModel(spec, options);
        const numeric = fitModel(numerical, options);
        expect(Math.abs(exact.logLikelihood - numeric.logLikelihood)).toBeLessThan(1e-4);
        // The exact search never ends below the numerical one.
        expect(exact.logLikelihood).toBeGreaterThan(numeric.logLikelihood - 1e-6);
      }
    });
  }
});
