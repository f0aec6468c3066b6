import { describe, expect, it } from 'vitest';
import {
  comparePolicies,
  customPolicy,
  policies,
  presets,
  testHypothesis,
} from '../../../src/index.js';

// The size of the tests under a true null, by simulation through the model (about 60 s).
//
// A policy against itself on common random numbers differs by exactly 0, which tests
// nothing. So the null here is a stochastic policy against its mirror image: generousTitForTat
// (forgiveness 0.5: strike when u ≥ 0.5) and the same rule fed 1 − u. Both have the same
// outcome distribution and, since u and 1 − u are equally likely, the pair (treatment,
// control) is exchangeable replicate by replicate — the null the paired tests assume —
// while the two runs differ at every decision. At α = 0.05 over M experiments the rejection
// rate must not exceed α by more than 3 binomial standard errors (an exact test may be
// conservative, so it may fall below; we also require it is not vacuous, ≥ 0.01).
const inner = policies.generousTitForTat.create({ forgiveness: 0.5 });
const mirror = customPolicy((o, rng) => inner.decide(o, () => 1 - rng()), {
  name: 'mirroredGenerousTitForTat',
  stochastic: true,
  reads: inner.meta.reads,
});
const scenario = presets['iraq-2020'];
const alpha = 0.05;

function expectSize(rejections: number, m: number): void {
  const se = Math.sqrt((alpha * (1 - alpha)) / m);
  const rate = rejections / m;
  expect(rate, `rejection rate ${rate} over ${m} (alpha ${alpha}, SE ${se})`).toBeLessThanOrEqual(
    alpha + 3 * se,
  );
  expect(rate).toBeGreaterThanOrEqual(0.01);
}

describe('size of the tests under a true null (slow)', () => {
  it('testHypothesis: the sign-flip permutation test rejects at most α (M = 400, 40 replicates each)', () => {
    const m = 400;
    let rejected = 0;
    for (let k = 0; k < m; k++) {
      const h = testHypothesis({
        scenario,
        treatment: { name: 'generousTitForTat', params: { forgiveness: 0.5 } },
        control: mirror,
        metric: 'attacks',
        direction: 'greater',
        replicates: 40,
        seed: `size-${k}`,
        permutations: 199,
      });
      if ((h.pValue as number) < alpha) rejected++;
    }
    expectSize(rejected, m);
  });

  it('comparePolicies: the paired t-test and exact McNemar reject at most α (M = 400, 60 replicates each)', () => {
    const m = 400;
    let t = 0;
    let mcnemar = 0;
    for (let k = 0; k < m; k++) {
      const c = comparePolicies(
        scenario,
        [{ name: 'generousTitForTat', params: { forgiveness: 0.5 } }, mirror],
        { replicates: 60, seed: `size-${k}`, outcomes: ['attacks', 'expulsionDemanded'] },
      );
      if ((c.outcomes[0]?.differences[0]?.pValue as number) < alpha) t++;
      if ((c.outcomes[1]?.differences[0]?.pValue as number) < alpha) mcnemar++;
    }
    expectSize(t, m);
    const se = Math.sqrt((alpha * (1 - alpha)) / m);
    // Exact McNemar is conservative with few discordant pairs: only the upper bound applies.
    expect(mcnemar / m).toBeLessThanOrEqual(alpha + 3 * se);
  });
});
