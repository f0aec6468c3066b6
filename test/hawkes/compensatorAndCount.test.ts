import { describe, expect, it } from 'vitest';
import { hawkesCompensator } from '../../src/hawkes/hawkesCompensator.js';
import { hawkesExpectedCount } from '../../src/hawkes/hawkesExpectedCount.js';
import { multivariateHawkesExpectedCount } from '../../src/hawkes/multivariateHawkesExpectedCount.js';
import { createRng } from '../../src/random/createRng.js';
import { expectClose } from '../helpers/expectClose.js';

describe('hawkesCompensator', () => {
  it('equals μt + n Σ (1 − e^{−β(t − t_i)}) summed directly at every event and the horizon', () => {
    const rng = createRng('compensator');
    const horizon = 40;
    const times = Array.from({ length: 30 }, () => rng() * horizon).sort((a, b) => a - b);
    const p = { baseline: 0.3, branchingRatio: 0.6, decay: 0.8 };
    const direct = (t: number) =>
      p.baseline * t +
      p.branchingRatio *
        times.filter((s) => s < t).reduce((acc, s) => acc + 1 - Math.exp(-p.decay * (t - s)), 0);
    const { atEvents, atHorizon } = hawkesCompensator(times, p, horizon);
    for (const [i, t] of times.entries()) {
      expectClose(atEvents[i] as number, direct(t), { abs: 1e-12, rel: 1e-12 });
    }
    expectClose(atHorizon, direct(horizon), { abs: 1e-12, rel: 1e-12 });
  });
});

describe('hawkesExpectedCount', () => {
  it('matches the golden E[N(20)] for (0.5, 2/3, 1.2)', () => {
    // Golden value given in the foundation issue.
    expectClose(
      hawkesExpectedCount({ baseline: 0.5, branchingRatio: 2 / 3, decay: 1.2 }, 20),
      27.500838656569762,
      {
        rel: 1e-14,
      },
    );
  });

  it('is μT without excitation and tends to μT/(1 − n) over long horizons', () => {
    expectClose(hawkesExpectedCount({ baseline: 0.4, branchingRatio: 0, decay: 2 }, 50), 20, {
      rel: 1e-15,
    });
    // E[N(T)] − μT/(1−n) → −μn/(β(1−n)²) as T → ∞ (the transient from an empty start).
    const p = { baseline: 0.2, branchingRatio: 0.5, decay: 1 };
    expectClose(hawkesExpectedCount(p, 1e4), (0.2 * 1e4) / 0.5 - (0.2 * 0.5) / (1 * 0.25), {
      rel: 1e-13,
    });
  });

  it('is continuous through n = 1, where it equals μT + μβT²/2', () => {
    const at = (n: number) =>
      hawkesExpectedCount({ baseline: 0.5, branchingRatio: n, decay: 1.2 }, 20);
    expectClose(at(1), 0.5 * 20 + (0.5 * 1.2 * 400) / 2, { rel: 1e-14 });
    expectClose(at(1 - 1e-9), at(1), { rel: 1e-7 });
    expectClose(at(1 + 1e-9), at(1), { rel: 1e-7 });
  });

  it('agrees with the multivariate matrix-exponential form', () => {
    const scalar = hawkesExpectedCount({ baseline: 0.5, branchingRatio: 2 / 3, decay: 1.2 }, 20);
    const [vector] = multivariateHawkesExpectedCount(
      { baseline: [0.5], branchingRatio: [[2 / 3]], decay: [1.2] },
      20,
    );
    expectClose(vector as number, scalar, { rel: 1e-12 });
  });
});

describe('multivariateHawkesExpectedCount', () => {
  it('approaches the stationary rates (I − N)⁻¹μ·T over long horizons', () => {
    // (I − N)⁻¹μ for N = [[0.3, 0.2], [0.1, 0.4]], μ = (0.1, 0.2) is (0.25, 0.375) by hand.
    const p = {
      baseline: [0.1, 0.2],
      branchingRatio: [
        [0.3, 0.2],
        [0.1, 0.4],
      ],
      decay: [1, 2],
    };
    const [a, b] = multivariateHawkesExpectedCount(p, 1e5);
    expectClose((a as number) / 1e5, 0.25, { rel: 1e-4 });
    expectClose((b as number) / 1e5, 0.375, { rel: 1e-4 });
  });

  it('splits into independent univariate counts when the matrix is diagonal', () => {
    const p = {
      baseline: [0.1, 0.7],
      branchingRatio: [
        [0.3, 0],
        [0, 0.8],
      ],
      decay: [0.5, 3],
    };
    const [a, b] = multivariateHawkesExpectedCount(p, 30);
    expectClose(
      a as number,
      hawkesExpectedCount({ baseline: 0.1, branchingRatio: 0.3, decay: 0.5 }, 30),
      { rel: 1e-12 },
    );
    expectClose(
      b as number,
      hawkesExpectedCount({ baseline: 0.7, branchingRatio: 0.8, decay: 3 }, 30),
      { rel: 1e-12 },
    );
  });

  it('refuses a non-square matrix, naming it', () => {
    expect(() =>
      multivariateHawkesExpectedCount(
        { baseline: [0.1, 0.2], branchingRatio: [[0.3, 0.2]], decay: [1, 2] },
        10,
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: branchingRatio must be a 2×2 matrix, received 1 rows]`,
    );
  });
});
