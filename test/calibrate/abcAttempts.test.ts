import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcAttempts } from '../../src/calibrate/abc/abcAttempts.js';
import { abcSmc } from '../../src/calibrate/abc/abcSmc.js';
import type {
  AbcAttemptBlock,
  AbcGenerationPlan,
  AbcSettings,
} from '../../src/calibrate/abc/abcTypes.js';
import { DEFAULT_ABC_SETTINGS, runAbc } from '../../src/calibrate/abc/runAbc.js';
import type { Prior } from '../../src/calibrate/priors/Prior.js';
import { createRng } from '../../src/random/createRng.js';
import { samplePoisson } from '../../src/random/samplePoisson.js';

// Two parameters (a Poisson rate with a log-uniform prior, a share with a beta prior) and
// two counts; the model refuses rates above 6, so every kind of attempt occurs: outside the
// support (a log-uniform's real line is log x, unbounded above: not simulated), refused,
// rejected and kept.
const priors: Prior[] = [
  { type: 'logUniform', min: 0.5, max: 8 },
  { type: 'beta', alpha: 2, beta: 3 },
];
const observed = [9, 4];
const simulate = ([rate, share]: readonly number[], stream: string) => {
  if ((rate as number) > 6) return { refused: `rate ${rate} above 6` };
  const rng = createRng(stream);
  const n = samplePoisson(rng, 3 * (rate as number));
  return { statistics: [n, samplePoisson(rng, n * (share as number))], extra: [n] };
};
const settings = (overrides: Partial<AbcSettings> = {}): AbcSettings => ({
  ...DEFAULT_ABC_SETTINGS,
  particles: 60,
  maxGenerations: 5,
  batchSize: 16,
  seed: 'attempts',
  ...overrides,
});

/** Drive abcSmc with blocks cut at the given sizes, running `ahead` extra blocks each time. */
function driveInBlocks(s: AbcSettings, sizes: readonly number[], ahead: number) {
  const steps = abcSmc(priors, observed, s);
  let step = steps.next();
  let i = 0;
  while (!step.done) {
    const { plan, from } = step.value;
    const run = abcAttempts(plan);
    const blocks: AbcAttemptBlock[] = [];
    for (let k = from, extra = 0; extra <= ahead; extra++) {
      const size = sizes[i++ % sizes.length] as number;
      blocks.push(run(k, size, simulate));
      k += size;
    }
    step = steps.next(blocks);
  }
  return step.value;
}

describe('abcAttempts and the abcSmc protocol', () => {
  const reference = runAbc(priors, observed, settings(), simulate);

  it('meets every kind of attempt in this set-up', () => {
    const rows = reference.generations;
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.some((r) => r.refused > 0)).toBe(true);
    // Attempts outside the support are not simulated.
    expect(rows.some((r) => r.attempts > r.simulations)).toBe(true);
  });

  it('gives the same result, bit for bit, whatever the block sizes and however far ahead blocks run (invariant)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 3 }),
        (sizes, ahead) => {
          const result = driveInBlocks(settings(), sizes, ahead);
          expect(JSON.stringify(result)).toBe(JSON.stringify(reference));
        },
      ),
      { numRuns: 25, seed: 6 },
    );
  });

  it('gives an attempt the same result in any block (invariant)', () => {
    const steps = abcSmc(priors, observed, settings());
    let step = steps.next();
    const plans: AbcGenerationPlan[] = [];
    while (!step.done) {
      if (plans.at(-1) !== step.value.plan) plans.push(step.value.plan);
      step = steps.next([abcAttempts(step.value.plan)(step.value.from, 16, simulate)]);
    }
    for (const plan of plans.slice(0, 3)) {
      const whole = abcAttempts(plan)(0, 90, simulate);
      const run = abcAttempts(plan);
      const pieces = [run(0, 7, simulate), run(7, 1, simulate), run(8, 82, simulate)];
      expect(Array.from(whole.codes)).toEqual(pieces.flatMap((p) => Array.from(p.codes)));
      expect(whole.kept).toEqual(pieces.flatMap((p) => p.kept));
      expect(whole.firstRefusal).toEqual(pieces.find((p) => p.firstRefusal)?.firstRefusal ?? null);
    }
  });

  it('weighs kept particles as Beaumont et al. do: prior density over the kernel mixture', () => {
    // One parameter, previous population {0, 1} with weights {0.25, 0.75}: the kernel is
    // N(·, 2Σ) on the real line of the gamma prior (log), Σ the weighted variance with the
    // reliability-weights correction, 0.1875 / (1 − 0.25² − 0.75²) = 0.5.
    const plan: AbcGenerationPlan = {
      seed: 1,
      generation: 1,
      priors: [{ type: 'gamma', shape: 2, rate: 1 }],
      previous: {
        kernel: 'beaumont',
        reals: [[0], [1]],
        weights: [0.25, 0.75],
        distances: [0, 0],
        tolerance: Infinity,
        observed: [0],
        scales: [1],
      },
    };
    const block = abcAttempts(plan)(0, 20, ([x]) => ({ statistics: [x as number] }));
    expect(block.kept).toHaveLength(20);
    const variance = 2 * 0.5;
    const normal = (x: number, m: number) =>
      Math.exp(-((x - m) ** 2) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
    for (const k of block.kept) {
      const u = k.u[0] as number;
      const x = Math.exp(u);
      // Gamma(2, 1) density of x times the Jacobian e^u.
      const prior = x * Math.exp(-x) * x;
      const expected = Math.log(prior / (0.25 * normal(u, 0) + 0.75 * normal(u, 1)));
      expect(Math.abs(k.logWeight - expected)).toBeLessThan(
        1e-12 * Math.max(1, Math.abs(expected)),
      );
      expect(Math.abs(k.logPrior - Math.log(prior))).toBeLessThan(1e-12);
    }
  });

  it('refuses blocks that do not continue at the attempt asked for', () => {
    const steps = abcSmc(priors, observed, settings());
    const work = steps.next();
    if (work.done) throw new Error('abcSmc finished without work');
    const run = abcAttempts(work.value.plan);
    expect(() => steps.next([run(5, 10, simulate)])).toThrow(
      'blocks must continue at attempt 0, received one from 5 of 10 attempts',
    );
  });

  it('names the plan when it is not one', () => {
    expect(() => abcAttempts(undefined as never)).toThrow(/^plan must be an ABC generation plan/);
    expect(() => abcAttempts({} as never)).toThrow(/^plan\.priors must be an array of priors/);
  });
});
