import { describe, expect, it } from 'vitest';
import { hawkesLogLikelihood } from '../../src/hawkes/hawkesLogLikelihood.js';
import {
  multivariateHawkesCompensator,
  multivariateHawkesLogLikelihood,
} from '../../src/hawkes/multivariateHawkesLogLikelihood.js';
import { spectralRadius } from '../../src/hawkes/spectralRadius.js';
import { createRng } from '../../src/random/createRng.js';
import { expectClose } from '../helpers/expectClose.js';
import { bruteLogLikelihood } from './bruteForce.js';

const golden = [1, 2, 3.5, 7, 7.2];

describe('multivariateHawkesLogLikelihood', () => {
  it('reduces to the univariate Ozaki recursion in one dimension', () => {
    const value = multivariateHawkesLogLikelihood(
      [golden],
      { baseline: [0.5], branchingRatio: [[2 / 3]], decay: [1.2] },
      10,
    );
    expectClose(value, -10.214693667741852, { abs: 1e-12 });
  });

  it('matches direct sums and a fine midpoint integral with cross-excitation, a trend and shocks', () => {
    const rng = createRng('mv-brute');
    const horizon = 30;
    const times = [0, 1].map(() =>
      Array.from({ length: 12 }, () => rng() * horizon).sort((a, b) => a - b),
    );
    const params = {
      baseline: [0.4, 0.6],
      branchingRatio: [
        [0.3, 0.2],
        [0.1, 0.4],
      ],
      decay: [1, 2],
      trend: [0.01, -0.02],
    };
    // Mild shocks that keep every intensity positive, so the midpoint rule sees no kink.
    const shocks = {
      times: [4, 15],
      response: [
        [0.5, -0.05],
        [-0.05, 1],
      ],
      decay: [0.7, 0.3],
    };
    const exact = multivariateHawkesLogLikelihood(times, params, horizon, shocks);
    // Midpoint error ≈ h²/24·∫|λ''| with h = 3e-4 and ∫|λ''| of order 10: about 1e-7.
    expectClose(exact, bruteLogLikelihood(times, params, horizon, shocks, 100_000), { abs: 1e-6 });
  });

  it('integrates a clipped intensity exactly where a strike deters below zero', () => {
    // One militia, strike at day 3 with response −4 (δ = 1): λ is 0 for a while after it.
    const params = { baseline: [0.5], branchingRatio: [[0.4]], decay: [1.5] };
    const shocks = { times: [3], response: [[-4]], decay: [1] };
    const times = [[0.5, 1.2, 2.0, 8.0, 9.5]];
    const exact = multivariateHawkesLogLikelihood(times, params, 12, shocks);
    // Midpoint rule with h = 6e-5: O(h²) error on smooth pieces and at the two kinks, about 1e-9.
    expectClose(exact, bruteLogLikelihood(times, params, 12, shocks, 200_000), { abs: 1e-8 });
    // Clipping matters: without it the compensator would be smaller by the negative area.
    const unclipped =
      hawkesLogLikelihood(
        times[0] as number[],
        { baseline: 0.5, branchingRatio: 0.4, decay: 1.5 },
        12,
      ) +
      4 * (1 - Math.exp(-9));
    expect(exact).toBeLessThan(unclipped - 0.1);
  });

  it('is −Infinity when an event falls where the intensity is clipped to zero', () => {
    const value = multivariateHawkesLogLikelihood(
      [[1, 3.1]],
      { baseline: [0.2], branchingRatio: [[0]], decay: [1] },
      10,
      { times: [3], response: [[-10]], decay: [1] },
    );
    expect(value).toBe(Number.NEGATIVE_INFINITY);
  });

  it('gives compensators per dimension that end at the integral', () => {
    const params = {
      baseline: [0.5, 0.1],
      branchingRatio: [
        [0.5, 0],
        [0.2, 0.1],
      ],
      decay: [1, 1],
    };
    const [a, b] = multivariateHawkesCompensator([[1, 2], [1.5]], params, 3);
    // Dimension 0 is a univariate Hawkes process (row [0.5, 0]): Λ(1) = 0.5, Λ(2) = 1 + 0.5(1 − e^{−1}).
    expectClose(a?.atEvents[1] as number, 1 + 0.5 * (1 - Math.exp(-1)), { abs: 1e-14 });
    // Dimension 1 at 1.5: 0.1·1.5 + 0.2·(1 − e^{−0.5}).
    expectClose(b?.atEvents[0] as number, 0.15 + 0.2 * (1 - Math.exp(-0.5)), { abs: 1e-14 });
  });

  it('refuses mismatched shapes, naming the field', () => {
    const params = {
      baseline: [0.5, 0.1],
      branchingRatio: [
        [0.5, 0],
        [0.2, 0.1],
      ],
      decay: [1, 1],
    };
    expect(() =>
      multivariateHawkesLogLikelihood([[1]], params, 3),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: times must have one list per dimension (2), received 1]`,
    );
    expect(() =>
      multivariateHawkesLogLikelihood([[1], [2]], params, 3, {
        times: [1],
        response: [[1]],
        decay: [1, 1],
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: shocks.response[0] must have 2 entries, received 1]`,
    );
    expect(() => multivariateHawkesLogLikelihood([[1], [2, 2]], params, 3)).toThrow(
      /^times\[1\]\[1\] ties/,
    );
  });
});

describe('spectralRadius', () => {
  it('is the Perron root of a symmetric, a periodic and a triangular matrix', () => {
    expectClose(
      spectralRadius([
        [0.5, 0.2],
        [0.2, 0.5],
      ]),
      0.7,
      { abs: 1e-12 },
    );
    expectClose(
      spectralRadius([
        [0, 1],
        [1, 0],
      ]),
      1,
      { abs: 1e-12 },
    );
    expectClose(
      spectralRadius([
        [0.3, 0.1],
        [0, 0.2],
      ]),
      0.3,
      { abs: 1e-12 },
    );
  });
});
