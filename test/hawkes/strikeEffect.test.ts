import { describe, expect, it } from 'vitest';
import { strikeEffects } from '../../src/hawkes/fit/strikeEffect.js';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { createRng } from '../../src/random/createRng.js';
import { expectClose } from '../helpers/expectClose.js';
import { bruteIntensity } from './bruteForce.js';

/** ∫_s^{end} (λ_with − λ_without) by the midpoint rule on cells that never straddle an event. */
function bruteEffect(
  times: number[],
  strikeTimes: number[],
  responses: number[],
  j: number,
  p: { baseline: number; branchingRatio: number; decay: number; responseDecay: number },
  end: number,
  cellsPerDay: number,
): number {
  const process = {
    baseline: [p.baseline],
    branchingRatio: [[p.branchingRatio]],
    decay: [p.decay],
  };
  const shocks = (without: boolean) => ({
    times: strikeTimes,
    response: responses.map((r, k) => [without && k === j ? 0 : r]),
    decay: [p.responseDecay],
  });
  const s = strikeTimes[j] as number;
  const breaks = [
    s,
    ...times.filter((t) => t > s && t < end),
    ...strikeTimes.filter((t) => t > s && t < end),
    end,
  ].sort((a, b) => a - b);
  let total = 0;
  for (let b = 0; b + 1 < breaks.length; b++) {
    const a = breaks[b] as number;
    const length = (breaks[b + 1] as number) - a;
    const cells = Math.max(1, Math.ceil(length * cellsPerDay));
    const h = length / cells;
    for (let i = 0; i < cells; i++) {
      const t = a + (i + 0.5) * h;
      total +=
        (bruteIntensity(t, [times], process, 0, shocks(false)) -
          bruteIntensity(t, [times], process, 0, shocks(true))) *
        h;
    }
  }
  return total;
}

describe('strikeEffects', () => {
  it('matches the closed form for a strike that silences a Poisson process', () => {
    // λ = max(0, 0.5 − 100e^{−u}) after the strike: zero until u₀ = ln 200, so the effect over
    // 7 days is −0.5·ln 200 − 100(e^{−u₀} − e^{−7}).
    const effect = strikeEffects(
      Float64Array.from([1, 2, 8]),
      10,
      { times: [3] },
      {
        baseline: 0.5,
        branchingRatio: 0,
        decay: 1,
        strikeResponse: -100,
        strikeResponseDecay: 1,
      },
      7,
    );
    const u0 = Math.log(200);
    expectClose(effect[0] as number, -0.5 * u0 - 100 * (Math.exp(-u0) - Math.exp(-7)), {
      abs: 1e-12,
    });
  });

  it('matches a brute-force midpoint integral on random histories, responses from −4 (clipped) to +2', () => {
    // Seeded loop. The midpoint rule with h = 1/2000 day errs by about L·h²·max|f''|/24 ≈ 1e-6
    // here (L = 5 days, |f''| ≲ 20); the integrand is continuous at the clipping kinks.
    for (let trial = 0; trial < 5; trial++) {
      const rng = createRng(`effect-${trial}`);
      const horizon = 30;
      const times = Array.from({ length: 12 }, () => rng() * horizon).sort((a, b) => a - b);
      const strikeTimes = Array.from({ length: 3 }, () => rng() * horizon).sort((a, b) => a - b);
      const responses = strikeTimes.map(() => 6 * rng() - 4);
      const p = { baseline: 0.4, branchingRatio: 0.4, decay: 1.5, responseDecay: 0.8 };
      const effects = strikeEffects(
        Float64Array.from(times),
        horizon,
        { times: strikeTimes, hostKilled: [0, 1, 2] },
        {
          baseline: p.baseline,
          branchingRatio: p.branchingRatio,
          decay: p.decay,
          strikeResponse: 0,
          hostDeathResponse: 0,
          strikeResponseDecay: p.responseDecay,
        },
        5,
      );
      expect(effects.every((e) => e === 0)).toBe(true);
      const fitted = strikeEffects(
        Float64Array.from(times),
        horizon,
        { times: strikeTimes },
        {
          baseline: p.baseline,
          branchingRatio: p.branchingRatio,
          decay: p.decay,
          strikeResponse: responses[0] as number,
          strikeResponseDecay: p.responseDecay,
        },
        5,
      );
      const same = strikeTimes.map(() => responses[0] as number);
      fitted.forEach((e, j) => {
        const end = Math.min(horizon, (strikeTimes[j] as number) + 5);
        const brute = bruteEffect(times, strikeTimes, same, j, p, end, 2000);
        expectClose(e, brute, { abs: 1e-5 });
      });
    }
  });
});

describe('fitHawkes strike effect', () => {
  it('says plainly that one strike does not identify the effect', () => {
    const times = [1, 2.5, 4, 9, 11, 11.6, 15, 18, 22, 23, 27];
    const fit = fitHawkes(times, {
      horizon: 30,
      strikes: { times: [10] },
      bootstrap: 0,
      compare: false,
      intervals: 'none',
    });
    expect(fit.strikeEffect?.identified).toBe(false);
    expect(fit.strikeEffect?.message).toMatch(/^not identified: with one strike/);
    expect(fit.strikeEffect?.window).toBe(7);
  });
});
