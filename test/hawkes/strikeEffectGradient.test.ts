import { describe, expect, it } from 'vitest';
import { type StrikeEffectParams, strikeEffects } from '../../src/hawkes/fit/strikeEffect.js';
import {
  EFFECT_GRADIENT_ORDER,
  meanStrikeEffectWithGradient,
} from '../../src/hawkes/fit/strikeEffectGradient.js';
import { createRng } from '../../src/random/createRng.js';
import { expectClose } from '../helpers/expectClose.js';
import { record } from './strikeEffectRecord.js';

// 20 strikes on about 200 attacks; host deaths vary so the per-death response counts.
const { times, strikeTimes, horizon } = record(20, 1, -2, 'effect-gradient');
const strikes = { times: strikeTimes, hostKilled: strikeTimes.map((_, j) => j % 3) };
const mean = (params: Record<string, number>) => {
  const e = strikeEffects(times, horizon, strikes, params as unknown as StrikeEffectParams, 7);
  return e.reduce((a, b) => a + b, 0) / e.length;
};

/**
 * Richardson-extrapolated central difference (steps h and h/2), with a bound on its rounding
 * error: 20·ε·(1 + |g|)/h (each of four values carries ε·|g|, over steps down to h/2, with
 * the extrapolation's weights). Truncation is O(h⁴). The step is 1e-5 of the parameter's
 * scale: the trend's is 1/horizon (e^{γt} over the window), the others' max(1, |x|). At
 * 1e-4 the truncation reached 1e-7 where the intensity nearly touches zero (third
 * derivatives grow there).
 */
function finiteDifference(
  params: Record<string, number>,
  name: string,
): { value: number; rounding: number } {
  const x = params[name] as number;
  const h = 1e-5 * (name === 'trend' ? 1 / horizon : Math.max(1, Math.abs(x)));
  const central = (step: number) =>
    (mean({ ...params, [name]: x + step }) - mean({ ...params, [name]: x - step })) / (2 * step);
  const rounding = (20 * Number.EPSILON * (1 + Math.abs(mean(params)))) / h;
  return { value: (4 * central(h / 2) - central(h)) / 3, rounding };
}

describe('meanStrikeEffectWithGradient', () => {
  it('gives the mean of strikeEffects and its finite-difference gradient to 1e-7, clipped or not (seeded draws)', () => {
    const rng = createRng('effect-gradient-params');
    for (let draw = 0; draw < 12; draw++) {
      // Responses from strongly deterring (the intensity clips for days) to provoking.
      const params = {
        baseline: 0.3 + 2 * rng(),
        trend: (rng() - 0.5) * 0.01,
        branchingRatio: 0.8 * rng(),
        decay: 0.2 + 3 * rng(),
        strikeResponse: -12 + 16 * rng(),
        strikeResponseDecay: 0.1 + 2 * rng(),
        hostDeathResponse: (rng() - 0.5) * 2,
      };
      const got = meanStrikeEffectWithGradient(
        times,
        horizon,
        strikes,
        params as unknown as StrikeEffectParams,
        7,
      );
      expectClose(got.value, mean(params), { abs: 1e-12, rel: 1e-12 });
      EFFECT_GRADIENT_ORDER.forEach((name, k) => {
        const fd = finiteDifference(params, name);
        try {
          expectClose(got.gradient[k] as number, fd.value, { rel: 1e-7, abs: fd.rounding });
        } catch (error) {
          throw new Error(`draw ${draw}, ${name}: ${(error as Error).message}`);
        }
      });
    }
  });

  it('is r(1 − e^{−7δ}) and its derivatives where nothing clips (closed form)', () => {
    // One strike, no excitation, a provoking response: the effect is r(1 − e^{−7δ}).
    const r = 1.5;
    const delta = 0.4;
    const got = meanStrikeEffectWithGradient(
      new Float64Array([1, 2, 8]),
      20,
      { times: [3] },
      { baseline: 0.5, branchingRatio: 0, decay: 1, strikeResponse: r, strikeResponseDecay: delta },
      7,
    );
    const kept = 1 - Math.exp(-7 * delta);
    expectClose(got.value, r * kept, { rel: 1e-14 });
    expectClose(got.gradient[4] as number, kept, { rel: 1e-14 });
    expectClose(got.gradient[5] as number, 7 * r * Math.exp(-7 * delta), { rel: 1e-13 });
    expect(got.gradient[0]).toBe(0);
  });
});
