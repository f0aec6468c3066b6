import { describe, expect, it } from 'vitest';
import { LEWIS_2012_BRANCHING_PRIOR } from '../../src/calibrate/priors/defaultPriors.js';
import { priorLogDensity } from '../../src/calibrate/priors/priorLogDensity.js';
import {
  NAMED_PRIORS,
  type ParameterPrior,
  priorTerms,
} from '../../src/hawkes/fit/parameterPrior.js';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { simulateHawkes } from '../../src/hawkes/simulateHawkes.js';
import { expectClose } from '../helpers/expectClose.js';
import { bruteHawkesLogLikelihood } from './bruteForce.js';

const { times } = simulateHawkes(
  { baseline: 0.3, branchingRatio: 0.4, decay: 1 },
  { horizon: 100, seed: 'priors' },
);
const base = { horizon: 100, bootstrap: 0, compare: false, intervals: 'none' } as const;

describe('fitHawkes with priors (MAP)', () => {
  it('matches the closed-form posterior mode and Laplace error of a Poisson rate with a gamma prior', () => {
    // n fixed at 0: ℓ = N log μ − μT; with Gamma(a, b) the mode is (N + a − 1)/(T + b) and the
    // curvature there gives the Laplace standard error √(N + a − 1)/(T + b).
    const a = 3;
    const b = 20;
    const fit = fitHawkes(times, {
      ...base,
      fix: { branchingRatio: 0, decay: 1 },
      priors: { baseline: { type: 'gamma', shape: a, rate: b } },
    });
    const n = times.length;
    const mu = fit.estimates[0];
    expectClose(mu?.value as number, (n + a - 1) / (100 + b), { rel: 1e-7 });
    expectClose(mu?.standardError as number, Math.sqrt(n + a - 1) / (100 + b), { rel: 1e-5 });
    expectClose(
      fit.logLikelihood,
      n * Math.log(mu?.value as number) - (mu?.value as number) * 100,
      {
        abs: 1e-9,
      },
    );
    expect(fit.logPosterior as number).toBeLessThan(fit.logLikelihood + 10);
  });

  it('finds the brute-force posterior mode of the branching ratio under the lewis2012 prior', () => {
    const fix = { baseline: 0.3, decay: 1 };
    const fit = fitHawkes(times, { ...base, fix, priors: { branchingRatio: 'lewis2012' } });
    const prior = NAMED_PRIORS.lewis2012;
    const post = (x: number) =>
      bruteHawkesLogLikelihood(Array.from(times), 0.3, x, 1, 100) + priorTerms(prior, x).value;
    // Nested grids: step 1e-3 over (0, 1), then steps 1e-5, 1e-7, 1e-9 around each best point.
    let best = 0.5;
    for (let x = 1e-3; x < 1; x += 1e-3) if (post(x) > post(best)) best = x;
    for (const step of [1e-5, 1e-7, 1e-9]) {
      const centre = best;
      for (let k = -100; k <= 100; k++) {
        const x = centre + k * step;
        if (post(x) > post(best)) best = x;
      }
    }
    expectClose(fit.params.branchingRatio, best, { abs: 1e-7 });
    expectClose(fit.logPosterior as number, post(best), { abs: 1e-9 });
    expect(fit.priors?.branchingRatio).toEqual(prior);
  });

  it("uses the calibration's branching-ratio prior for lewis2012, with its central 90% in 0.19–0.69", () => {
    expect(NAMED_PRIORS.lewis2012).toBe(LEWIS_2012_BRANCHING_PRIOR);
    // Midpoint rule, step 1e-5: the Beta(4.3, 5.6) mass between its documented 5% and 95%
    // points (0.19 and 0.69 to two decimals) is 0.90 to within the rounding of those points.
    let mass = 0;
    const h = 1e-5;
    for (let x = 0.19 + h / 2; x < 0.69; x += h)
      mass += Math.exp(priorTerms(NAMED_PRIORS.lewis2012, x).value) * h;
    expect(mass).toBeGreaterThan(0.89);
    expect(mass).toBeLessThan(0.91);
  });

  it("gives the calibration's log density and the closed-form derivatives for every prior shape", () => {
    const priors: ParameterPrior[] = [
      { type: 'uniform', min: -1, max: 3 },
      { type: 'logUniform', min: 0.1, max: 10 },
      { type: 'normal', mean: 0.5, sd: 2 },
      { type: 'truncatedNormal', mean: 1, sd: 0.5, min: 0 },
      { type: 'beta', alpha: 4.3, beta: 5.6 },
      { type: 'gamma', shape: 3, rate: 2 },
    ];
    for (const prior of priors)
      for (const x of [0.2, 0.45, 0.9]) {
        const terms = priorTerms(prior, x);
        expect(terms.value).toBe(priorLogDensity(prior, x));
        // Central differences, step 1e-5: truncation error h²/6 times the next derivative
        // (relative to the value, under 1e-8 for these smooth densities at x ≥ 0.2), rounding
        // about 1e-16·|f|/1e-5.
        const h = 1e-5;
        const at = (y: number) => priorTerms(prior, y);
        expectClose(terms.first, (at(x + h).value - at(x - h).value) / (2 * h), {
          abs: 1e-6,
          rel: 1e-7,
        });
        expectClose(terms.second, (at(x + h).first - at(x - h).first) / (2 * h), {
          abs: 1e-6,
          rel: 1e-7,
        });
      }
    expect(priorTerms({ type: 'logUniform', min: 0.1, max: 10 }, 20).value).toBe(
      Number.NEGATIVE_INFINITY,
    );
  });

  it('refuses unknown parameters, names and impossible prior parameters, naming the field', () => {
    expect(() => fitHawkes(times, { ...base, priors: { decya: 'lewis2012' } })).toThrow(
      /^priors\.decya is not a parameter of this model; valid names: baseline, branchingRatio, decay/,
    );
    expect(() =>
      fitHawkes(times, { ...base, priors: { branchingRatio: 'lewis' as never } }),
    ).toThrow(/^priors\.branchingRatio must be a prior object or one of lewis2012/);
    expect(() =>
      fitHawkes(times, { ...base, priors: { decay: { type: 'gamma', shape: 2, rate: -1 } } }),
    ).toThrow(/^priors\.decay\.rate: must be > 0/);
    expect(() =>
      fitHawkes(times, { ...base, priors: { decay: { type: 'uniform', min: 2, max: 1 } } }),
    ).toThrow(/^priors\.decay\.max: min must be < max/);
    expect(() =>
      fitHawkes(times, { ...base, priors: { decay: { type: 'logNormal' } as never } }),
    ).toThrow(/^priors\.decay\.type: .*uniform, logUniform, normal, truncatedNormal, beta, gamma/);
    expect(() =>
      fitHawkes(times, { ...base, priors: { decay: { type: 'fixed', value: 1 } as never } }),
    ).toThrow(
      /^priors\.decay: a fixed prior has no density to fit with; hold the parameter with fix: \{ decay: 1 \}/,
    );
  });
});
