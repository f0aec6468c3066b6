import { describe, expect, it } from 'vitest';
import { NAMED_PRIORS, priorTerms } from '../../src/hawkes/fit/parameterPrior.js';
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

  it('documents lewis2012 as mass mostly in 0.3–0.6 (numerical integral of its density)', () => {
    let mass = 0;
    const h = 1e-5;
    for (let x = 0.3 + h / 2; x < 0.6; x += h)
      mass += Math.exp(priorTerms(NAMED_PRIORS.lewis2012, x).value) * h;
    expect(mass).toBeGreaterThan(0.9);
    expect(mass).toBeLessThan(0.92);
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
    ).toThrow(/^priors\.decay\.rate must be a number > 0, received -1/);
    expect(() =>
      fitHawkes(times, { ...base, priors: { decay: { type: 'uniform', lower: 2, upper: 1 } } }),
    ).toThrow(/^priors\.decay\.upper must be above priors\.decay\.lower/);
  });
});
