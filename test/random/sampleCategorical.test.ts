import { describe, expect, it } from 'vitest';
import { createCategoricalSampler } from '../../src/random/createCategoricalSampler.js';
import { createRng } from '../../src/random/createRng.js';
import { sampleCategorical } from '../../src/random/sampleCategorical.js';
import { chiSquareGoodnessOfFit, draws } from './statistics.js';

// Monte Carlo: N = 100,000 draws, seeds 'categorical/once' and 'categorical/sampler';
// frequencies by Pearson chi-square against w/Σw, failing when p < 0.001.
const N = 100_000;
const weights = [1, 0, 3, 0.5, 0, 5.5];
const total = 10;
const expectedPmf = (i: number) => (weights[i] as number) / total;

describe('sampleCategorical and createCategoricalSampler', () => {
  it.each([
    ['sampleCategorical', (rng: () => number) => sampleCategorical(rng, weights)],
    ['createCategoricalSampler', createCategoricalSampler(weights)],
  ])('%s: frequencies fit the weights, zero weights never drawn', (name, draw) => {
    const rng = createRng(`categorical/${name}`);
    const xs = draws(N, () => draw(rng));
    const counts = [0, 0, 0, 0, 0, 0];
    for (const x of xs) counts[x] = (counts[x] as number) + 1;
    expect(counts[1]).toBe(0);
    expect(counts[4]).toBe(0);
    const fit = chiSquareGoodnessOfFit(xs, expectedPmf, weights.length - 1);
    expect(fit.pValue, `X² = ${fit.statistic} on ${fit.df} df`).toBeGreaterThan(0.001);
  });

  it('the precomputed sampler returns the same index as the one-shot draw', () => {
    const sampler = createCategoricalSampler(weights);
    const a = createRng('categorical/same');
    const b = createRng('categorical/same');
    for (let i = 0; i < 10_000; i++) expect(sampler(a)).toBe(sampleCategorical(b, weights));
  });

  it('never returns a zero weight at the extreme uniforms', () => {
    const padded = [0, 0, 2, 7, 0, 0];
    const sampler = createCategoricalSampler(padded);
    for (const [u, index] of [
      [0, 2],
      [1 - 2 ** -53, 3],
      [1 - 2 ** -32, 3],
    ] as const) {
      expect(sampleCategorical(() => u, padded)).toBe(index);
      expect(sampler(() => u)).toBe(index);
    }
  });

  it('copies the weights: later changes to the array do not change the sampler', () => {
    const w = [1, 1];
    const sampler = createCategoricalSampler(w);
    w[0] = 0;
    expect(sampler(() => 0)).toBe(0);
  });

  it('accepts typed arrays and a single category', () => {
    expect(sampleCategorical(createRng(1), Float64Array.of(0, 4))).toBe(1);
    expect(createCategoricalSampler([3])(createRng(1))).toBe(0);
  });

  it('rejects empty, negative, non-finite or all-zero weights', () => {
    const rng = createRng(1);
    expect(() => sampleCategorical(rng, [])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: weights must have at least one entry, received []]`,
    );
    expect(() => sampleCategorical(rng, [1, -2])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: weights[1] must be a finite number >= 0, received -2]`,
    );
    expect(() => sampleCategorical(rng, [1, Number.NaN])).toThrow(RangeError);
    expect(() => createCategoricalSampler([0, 0])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: weights must have a positive sum, received [0, 0]]`,
    );
    expect(() => createCategoricalSampler([Number.MAX_VALUE, Number.MAX_VALUE])).toThrow(
      RangeError,
    );
  });

  it('the guide table gives the search’s answer at every cell edge and its neighbours (exact)', () => {
    // Weights whose cumulative sums fall on cell edges, between them, and repeat (zeros).
    const lists = [
      [1, 1, 1, 1],
      [1, 0, 3, 0.5, 0, 5.5],
      [0, 0, 2],
      [1e-9, 1, 1e9],
      [3, 0, 0, 0, 0, 0, 0, 1],
    ];
    const TWO_POW_MINUS_32 = 2 ** -32;
    for (const w of lists) {
      const sampler = createCategoricalSampler(w);
      for (let j = 0; j <= 64; j++) {
        for (const step of [-1, 0, 1]) {
          const u = j / 64 + step * TWO_POW_MINUS_32;
          if (u < 0 || u >= 1) continue;
          expect(sampler(() => u)).toBe(sampleCategorical(() => u, w));
        }
      }
    }
  });
});
