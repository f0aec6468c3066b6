import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/hawkes/fit/buildModels.js';
import { fitModel } from '../../src/hawkes/fit/fitModel.js';
import { functionProfileInterval } from '../../src/hawkes/fit/functionProfileInterval.js';
import { searchObjective } from '../../src/hawkes/fit/searchObjective.js';
import { findRoot } from '../../src/optimize/findRoot.js';
import { chiSquareQuantile } from '../../src/stats/chiSquare.js';
import { expectClose } from '../helpers/expectClose.js';
import { nelderMead } from '../helpers/nelderMead.js';
import { meanEffect, record, SHAPE } from './strikeEffectRecord.js';

// Slow (SLOW=1, npm run test:slow; CI): about 45 s on a loaded 2-core machine, nearly all
// of it the independent search (thousands of root solves).
describe('the strike effect’s profile interval against an independent constrained search', () => {
  it('reaches the constrained maximum an independent search finds at each end (Nelder–Mead over the other parameters, r solved from the effect)', () => {
    // The route the multiplier avoids: for the other parameters η, solve g(η, r) = e for r,
    // and maximise ℓ(η, r(η)) by Nelder–Mead from the end's own η and from the maximum's. The
    // effect is not monotone in r here (a huge, brief silence removes fewer attacks than a
    // moderate one), so every root on a grid of brackets is solved and the best one kept.
    // A higher value than the end's would show the end is not on the profile.
    const { times, strikeTimes, horizon } = record(8, 0.5, -2, 'effect-independent');
    const spec = buildModel(times, horizon, SHAPE, { times: strikeTimes });
    const g = meanEffect(times, strikeTimes, horizon);
    const fit = fitModel(spec, { intervals: 'none', standardErrors: false });
    const mle = fit.estimates.map((e) => e.value);
    const chi = chiSquareQuantile(0.95, 1);
    const bounds = functionProfileInterval(spec, new Map(), g, mle, fit.logLikelihood, {
      lower: chi,
      upper: chi,
    });
    const response = spec.parameters[3] as { lower: number; upper: number };
    const held = searchObjective(spec, new Map([[3, 0]]));
    const span = response.upper - response.lower;
    for (const side of ['lower', 'upper'] as const) {
      const e = bounds[side];
      const theta = side === 'lower' ? bounds.lowerTheta : bounds.upperTheta;
      const constrained = (u: readonly number[]) => {
        const at = (r: number) => held.theta(u).map((v, i) => (i === 3 ? r : v));
        const gap = (r: number) => g(at(r)) - e;
        const grid = Array.from({ length: 41 }, (_, k) => response.lower + (k / 40) * span);
        let best = Number.POSITIVE_INFINITY;
        for (let k = 0; k + 1 < grid.length; k++) {
          const [a, b] = [grid[k] as number, grid[k + 1] as number];
          const [ga, gb] = [gap(a), gap(b)];
          const r = Math.abs(ga) < 1e-9 ? a : ga > 0 === gb > 0 ? null : findRoot(gap, a, b).x;
          if (r !== null) best = Math.min(best, -spec.logLikelihood(at(r)));
        }
        return best;
      };
      const ours = spec.logLikelihood(theta);
      const independent = Math.max(
        ...[theta, mle].map(
          (start) =>
            -nelderMead(constrained, held.search(start), held.lower, held.upper, {
              maxEvaluations: 600,
            }).value,
        ),
      );
      expect(independent, side).toBeLessThanOrEqual(ours + 1e-6);
      expectClose(independent, ours, { abs: 1e-4 });
    }
  });
});
