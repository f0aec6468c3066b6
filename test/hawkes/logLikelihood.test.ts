import { describe, expect, it } from 'vitest';
import { hawkesLogLikelihood } from '../../src/hawkes/hawkesLogLikelihood.js';
import { hawkesLogLikelihoodGradient } from '../../src/hawkes/hawkesLogLikelihoodGradient.js';
import { hawkesLogLikelihoodHessian } from '../../src/hawkes/hawkesLogLikelihoodHessian.js';
import { createRng } from '../../src/random/createRng.js';
import { expectClose } from '../helpers/expectClose.js';
import { bruteHawkesLogLikelihood } from './bruteForce.js';

const golden = [1, 2, 3.5, 7, 7.2];
const params = { baseline: 0.5, branchingRatio: 2 / 3, decay: 1.2 };

describe('hawkesLogLikelihood', () => {
  it('matches the golden value for events [1, 2, 3.5, 7, 7.2] on [0, 10]', () => {
    // Golden value given in the project's foundation issue, computed independently.
    expectClose(hawkesLogLikelihood(golden, params, 10), -10.214693667741852, { abs: 1e-12 });
  });

  it('agrees with the O(n²) sum on random sequences', () => {
    const rng = createRng('loglik-brute');
    for (let trial = 0; trial < 20; trial++) {
      const count = 1 + Math.floor(rng() * 60);
      const horizon = 5 + rng() * 100;
      const times = Array.from({ length: count }, () => rng() * horizon).sort((a, b) => a - b);
      const mu = 0.01 + rng();
      const n = rng() * 0.99;
      const beta = 0.05 + 5 * rng();
      const fast = hawkesLogLikelihood(
        times,
        { baseline: mu, branchingRatio: n, decay: beta },
        horizon,
      );
      expectClose(fast, bruteHawkesLogLikelihood(times, mu, n, beta, horizon), {
        abs: 1e-9,
        rel: 1e-12,
      });
    }
  });

  it('is the Poisson log-likelihood when the branching ratio is 0', () => {
    // N log μ − μT for a homogeneous Poisson process.
    expectClose(
      hawkesLogLikelihood(golden, { ...params, branchingRatio: 0 }, 10),
      5 * Math.log(0.5) - 5,
      {
        abs: 1e-12,
      },
    );
  });

  it('refuses bad times and parameters, naming the field', () => {
    expect(() => hawkesLogLikelihood([1, 1, 2], params, 10)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: times[1] ties with times[0] at 1: event times must be strictly increasing (for day-precision dates, place them apart within their day with spreadWithinDay or the loaders' dayPrecision: 'spread')]`,
    );
    expect(() => hawkesLogLikelihood([2, 1], params, 10)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: times[1] must not be before times[0] (2), received 1]`,
    );
    expect(() => hawkesLogLikelihood([1, 11], params, 10)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: times[1] must not be past the horizon 10, received 11]`,
    );
    expect(() => hawkesLogLikelihood([Number.NaN], params, 10)).toThrow(
      /times\[0\] must be a finite number >= 0/,
    );
    expect(() =>
      hawkesLogLikelihood(golden, { ...params, decay: 0 }, 10),
    ).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: decay must be a finite number > 0 (per day), received 0]`,
    );
    expect(() => hawkesLogLikelihood(golden, { ...params, baseline: -1 }, 10)).toThrow(
      /^baseline must be/,
    );
    expect(() => hawkesLogLikelihood(golden, params, 0)).toThrow(/^horizon must be/);
  });
});

describe('hawkesLogLikelihoodGradient', () => {
  it('matches the golden gradient', () => {
    // Golden values given in the foundation issue, computed independently.
    const { value, gradient } = hawkesLogLikelihoodGradient(golden, params, 10);
    expectClose(value, -10.214693667741852, { abs: 1e-12 });
    expectClose(gradient[0], -2.34250145, { abs: 1e-8 });
    expectClose(gradient[1], -3.18056707, { abs: 1e-8 });
    expectClose(gradient[2], -0.17263576, { abs: 1e-8 });
  });

  it('agrees with central differences of the log-likelihood on random inputs', () => {
    const rng = createRng('gradient-fd');
    for (let trial = 0; trial < 20; trial++) {
      const horizon = 10 + 50 * rng();
      const times = Array.from({ length: 2 + Math.floor(rng() * 40) }, () => rng() * horizon).sort(
        (a, b) => a - b,
      );
      const p = {
        baseline: 0.05 + rng(),
        branchingRatio: 0.05 + 0.9 * rng(),
        decay: 0.1 + 3 * rng(),
      };
      const { gradient } = hawkesLogLikelihoodGradient(times, p, horizon);
      const keys = ['baseline', 'branchingRatio', 'decay'] as const;
      keys.forEach((key, i) => {
        // Central difference error is O(h²·f'''), about 1e-10 here; rounding adds ε·|ℓ|/h.
        const h = 1e-5 * p[key];
        const up = hawkesLogLikelihood(times, { ...p, [key]: p[key] + h }, horizon);
        const down = hawkesLogLikelihood(times, { ...p, [key]: p[key] - h }, horizon);
        expectClose(gradient[i] as number, (up - down) / (2 * h), { abs: 1e-5, rel: 1e-6 });
      });
    }
  });
});

describe('hawkesLogLikelihoodHessian', () => {
  it('agrees with central differences of the exact gradient on random inputs', () => {
    const rng = createRng('hessian-fd');
    for (let trial = 0; trial < 20; trial++) {
      const horizon = 10 + 50 * rng();
      const times = Array.from({ length: 2 + Math.floor(rng() * 40) }, () => rng() * horizon).sort(
        (a, b) => a - b,
      );
      const p = {
        baseline: 0.05 + rng(),
        branchingRatio: 0.05 + 0.9 * rng(),
        decay: 0.1 + 3 * rng(),
      };
      const hessian = hawkesLogLikelihoodHessian(times, p, horizon);
      const keys = ['baseline', 'branchingRatio', 'decay'] as const;
      keys.forEach((key, j) => {
        const h = 1e-5 * p[key];
        const up = hawkesLogLikelihoodGradient(
          times,
          { ...p, [key]: p[key] + h },
          horizon,
        ).gradient;
        const down = hawkesLogLikelihoodGradient(
          times,
          { ...p, [key]: p[key] - h },
          horizon,
        ).gradient;
        // Central differences of an exact gradient: O(h²) truncation, about 1e-8 relative here.
        for (const [i, g] of up.entries()) {
          expectClose(hessian[i]?.[j] as number, (g - (down[i] as number)) / (2 * h), {
            abs: 1e-5,
            rel: 1e-5,
          });
        }
      });
    }
  });

  it('is symmetric and gives −Σ 1/λ_i² for the baseline', () => {
    const hessian = hawkesLogLikelihoodHessian(golden, params, 10);
    expect(hessian[0]?.[1]).toBe(hessian[1]?.[0]);
    let expected = 0;
    golden.forEach((t, i) => {
      let lambda = params.baseline;
      for (let j = 0; j < i; j++)
        lambda +=
          params.branchingRatio *
          params.decay *
          Math.exp(-params.decay * (t - (golden[j] as number)));
      expected -= 1 / lambda ** 2;
    });
    expectClose(hessian[0]?.[0] as number, expected, { rel: 1e-13 });
  });
});
