import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/hawkes/fit/buildModels.js';
import { trendIntegral, trendLogLikelihood } from '../../src/hawkes/fit/trendLogLikelihood.js';
import { mergeStreams } from '../../src/hawkes/markedEvents.js';
import { walkIntensity } from '../../src/hawkes/walkIntensity.js';
import { createRng } from '../../src/random/createRng.js';
import { expectClose } from '../helpers/expectClose.js';

/** The general clipped-intensity walk, an independent computation of the same likelihood. */
function walked(
  times: Float64Array,
  [mu, gamma, n, beta]: readonly number[],
  horizon: number,
): number {
  const walk = walkIntensity(
    mergeStreams([times], horizon),
    {
      baseline: [mu as number],
      branchingRatio: [[n as number]],
      decay: [beta as number],
      trend: [gamma as number],
    },
    undefined,
    horizon,
    false,
  );
  return walk.logIntensitySum - (walk.integrals[0] as number);
}

function sortedTimes(seed: string, count: number, horizon: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: count }, () => rng() * horizon).sort();
}

// Parameters in the ranges a fit searches: rates around the event rate, trends within ±20/T.
const parameters = fc.record({
  seed: fc.integer({ min: 0, max: 1e6 }),
  count: fc.integer({ min: 2, max: 80 }),
  horizon: fc.double({ min: 5, max: 200, noNaN: true }),
  mu: fc.double({ min: 0.05, max: 3, noNaN: true }),
  // Subnormal trends are left out: the reference walk's e^{γt} integral loses its digits there.
  trendScale: fc.double({ min: -5, max: 5, noNaN: true }).map((x) => (Math.abs(x) < 1e-9 ? 0 : x)),
  n: fc.double({ min: 0, max: 0.95, noNaN: true }),
  beta: fc.double({ min: 0.05, max: 5, noNaN: true }),
  excitation: fc.boolean(),
});

describe('trendLogLikelihood', () => {
  it('equals the general intensity walk (fast-check, 200 cases)', () => {
    fc.assert(
      fc.property(parameters, (p) => {
        const times = sortedTimes(`trend-${p.seed}`, p.count, p.horizon);
        const gamma = p.trendScale / p.horizon;
        const n = p.excitation ? p.n : 0;
        const out = new Float64Array(4);
        const value = trendLogLikelihood(
          times,
          p.mu,
          gamma,
          n,
          p.beta,
          p.horizon,
          p.excitation,
          out,
        );
        const reference = walked(times, [p.mu, gamma, n, p.beta], p.horizon);
        // Both sum the same O(n) terms in a different order: rounding, relative to the terms' size.
        expect(Math.abs(value - reference)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(reference)));
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('has the gradient of central finite differences (fast-check, 200 cases)', () => {
    fc.assert(
      fc.property(parameters, (p) => {
        const times = sortedTimes(`trend-${p.seed}`, p.count, p.horizon);
        const theta = [p.mu, p.trendScale / p.horizon, p.n, p.beta];
        const out = new Float64Array(4);
        const f = (x: readonly number[]) =>
          trendLogLikelihood(
            times,
            x[0] as number,
            x[1] as number,
            x[2] as number,
            x[3] as number,
            p.horizon,
            p.excitation,
            new Float64Array(4),
          );
        const value = trendLogLikelihood(
          times,
          p.mu,
          theta[1] as number,
          p.n,
          p.beta,
          p.horizon,
          p.excitation,
          out,
        );
        // The trend's natural step is 1/T; the others are scaled by their own size.
        const scales = [p.mu, 1 / p.horizon, Math.max(p.n, 0.05), p.beta];
        for (let k = 0; k < 4; k++) {
          const h = 1e-5 * (scales[k] as number);
          const up = [...theta];
          const down = [...theta];
          up[k] = (up[k] as number) + h;
          down[k] = (down[k] as number) - h;
          const difference = (f(up) - f(down)) / (2 * h);
          // Central differences: truncation O(h²) relative to the curvature scale, rounding
          // ε|ℓ|/h; 1e-5 relative to the gradient and to |ℓ|/scale bounds both.
          const slack =
            1e-5 * (Math.abs(out[k] as number) + (1 + Math.abs(value)) / (scales[k] as number));
          expect(Math.abs((out[k] as number) - difference)).toBeLessThanOrEqual(slack);
        }
        if (!p.excitation) expect([out[2], out[3]]).toEqual([0, 0]);
      }),
      { numRuns: 200, seed: 12 },
    );
  });

  it('integrates e^{γt} by its series near γ = 0 and in closed form elsewhere, continuously', () => {
    const horizon = 50;
    for (const x of [1e-3 * (1 - 1e-9), 1e-3 * (1 + 1e-9), -1e-3 * (1 - 1e-9)]) {
      const gamma = x / horizon;
      const below = trendIntegral(gamma, horizon);
      // Closed forms in long double would agree to ~1e-16; the series' truncation is x⁴/120.
      const exactIntegral = Math.expm1(x) / gamma;
      const exactSlope = (horizon * Math.exp(x) - exactIntegral) / gamma;
      expectClose(below.integral, exactIntegral, { rel: 1e-12 });
      expectClose(below.slope, exactSlope, { rel: 1e-9 });
    }
    expect(trendIntegral(0, horizon)).toEqual({
      integral: horizon,
      slope: (horizon * horizon) / 2,
    });
  });

  it('gives the trend models of a fit their exact gradient', () => {
    const times = sortedTimes('trend-models', 40, 60);
    for (const shape of [
      { excitation: false, trend: false, strikes: 'none' as const },
      { excitation: false, trend: true, strikes: 'none' as const },
      { excitation: true, trend: true, strikes: 'none' as const },
    ]) {
      const spec = buildModel(times, 60, shape, undefined);
      expect(spec.withGradient).toBeDefined();
      const theta = spec.parameters.map((p) =>
        p.name === 'trend' ? 0.01 : p.name === 'branchingRatio' ? 0.3 : 0.5,
      );
      const both = spec.withGradient?.(theta);
      expect(both?.value).toBe(spec.logLikelihood(theta));
      expect(both?.gradient).toHaveLength(spec.parameters.length);
    }
    const withStrikes = buildModel(
      times,
      60,
      { excitation: true, trend: true, strikes: 'response' },
      { times: [10, 30] },
    );
    // The strike models have theirs too (strikeLogLikelihood, checked in its own tests).
    expect(withStrikes.withGradient).toBeDefined();
  });
});
