import { describe, expect, it } from 'vitest';
import { windowMetric } from '../../../src/experiments/hypotheses/windowMetric.js';
import { withholdStrike } from '../../../src/experiments/hypotheses/withholdStrike.js';
import {
  comparePolicies,
  compileScenario,
  createRng,
  HYPOTHESES,
  policies,
  presets,
  runScenario,
  signFlipTest,
  testHypothesis,
  withStrikeResponse,
} from '../../../src/index.js';

const iraq = presets['iraq-2020'];
const base = { scenario: iraq, replicates: 60, seed: 4, permutations: 199 } as const;

describe('testHypothesis', () => {
  it('a policy against itself: estimate 0, p = 1, inconclusive', () => {
    const h = testHypothesis({
      ...base,
      control: iraq.foreignForce.policy,
      metric: 'attacks',
      direction: 'greater',
    });
    expect(h).toMatchObject({
      pairs: 60,
      estimate: 0,
      low: 0,
      high: 0,
      pValue: 1,
      verdict: 'inconclusive',
    });
    expect(h.text).toMatch(/^Hypothesis: is attacks higher/);
    expect(h.text).toContain('Conditions: scenario iraq-2020');
    expect(h.text).toContain('What drives it:');
  });

  it('the withheld counterfactual equals the factual run until the withheld decision', () => {
    const compiled = compileScenario(iraq);
    const wrapper = withholdStrike(compiled.policy);
    const counterfactual = compileScenario(iraq, { policy: wrapper });
    for (let r = 0; r < 20; r++) {
      const factual = runScenario(compiled, { seed: 9, replicate: r });
      const strike = factual.events.find((e) => e.type === 'strike');
      if (strike?.type !== 'strike') continue;
      wrapper.target(strike.decidedAt);
      const other = runScenario(counterfactual, { seed: 9, replicate: r });
      const upTo = (events: typeof factual.events) =>
        events.filter((e) => e.time <= strike.decidedAt);
      expect(upTo(other.events)).toEqual(upTo(factual.events));
      expect(
        other.events.filter((e) => e.type === 'strike' && e.decidedAt === strike.decidedAt),
      ).toEqual([]);
    }
  });

  it('windows count events in (from, to] after the anchor', () => {
    const run = runScenario(iraq, { seed: 1 });
    const attacks = run.events.filter(
      (e) => e.type === 'attack' && e.time > 10 && e.time <= 40,
    ).length;
    expect(windowMetric(run.events, 'attacks', 10, 40)).toBe(attacks);
  });

  it('a deterring response makes H1 contradicted and a provoking one supported', () => {
    const [deter] = HYPOTHESES.H1({
      scenario: withStrikeResponse(iraq, 'deterring'),
      replicates: 80,
      seed: 2,
    });
    const [provoke] = HYPOTHESES.H1({
      scenario: withStrikeResponse(iraq, 'provoking'),
      replicates: 80,
      seed: 2,
    });
    expect(
      testHypothesis({ ...(deter as NonNullable<typeof deter>), permutations: 199 }).verdict,
    ).toBe('contradicted');
    expect(
      testHypothesis({ ...(provoke as NonNullable<typeof provoke>), permutations: 199 }).verdict,
    ).toBe('supported');
  });

  it('refuses bad input, naming it', () => {
    const h = { ...base, control: 'restraint' as const, direction: 'greater' as const };
    expect(() => testHypothesis({ ...h, metric: 'atacks' })).toThrow(
      /^metric "atacks" is not an outcome; valid metrics: attacks,/,
    );
    expect(() =>
      testHypothesis({ ...h, metric: 'peakIntensity', window: { from: 0, to: 30 } }),
    ).toThrow(/not countable over a window/);
    expect(() =>
      testHypothesis({ ...h, metric: 'attacks', window: { from: 300, to: 400 } }),
    ).toThrow(/^window \(300, 400\] lies outside the horizon/);
    expect(() => testHypothesis({ ...h, metric: 'attacks', window: { from: 30, to: 30 } })).toThrow(
      /^window must have finite from < to/,
    );
    expect(() => testHypothesis({ ...h, control: 'withheld', metric: 'attacks' })).toThrow(
      /withholds the anchor strike/,
    );
    expect(() => testHypothesis({ ...h, control: 'nope', metric: 'attacks' })).toThrow(
      /must be one of restraint/,
    );
    expect(() => testHypothesis({ ...h, metric: 'attacks', replicate: 3 } as never)).toThrow(
      /options.replicate is not an option/,
    );
  });
});

describe('signFlipTest', () => {
  it('matches the exact permutation distribution on a small sample', () => {
    // All 2^4 sign patterns of [1, 2, 3, 4]: sums ≥ 10 only for all +, so exact p = 1/16.
    const p = signFlipTest([1, 2, 3, 4], 'greater', 20000, createRng(3));
    const se = Math.sqrt(((1 / 16) * (15 / 16)) / 20000);
    expect(Math.abs(p - 1 / 16)).toBeLessThan(4 * se);
  });
  it('is never 0 and is 1 for all-zero differences', () => {
    expect(signFlipTest([5, 5, 5], 'greater', 99, createRng(1))).toBeGreaterThan(0);
    expect(signFlipTest([0, 0, 0], 'two-sided', 99, createRng(1))).toBe(1);
  });
  it('withholdStrike keeps the inner metadata and renames', () => {
    expect(withholdStrike(policies.titForTat.create()).meta.name).toBe(
      'titForTat (one strike withheld)',
    );
  });
});

describe('posterior', () => {
  it('testHypothesis reports the share of draws in which the effect holds', () => {
    const [spec] = HYPOTHESES.H1({
      replicates: 80,
      seed: 5,
      posterior: { paths: ['militias.0.hostDeathResponse'], draws: [[0.5], [0.6]] },
    });
    const h = testHypothesis({ ...(spec as NonNullable<typeof spec>), permutations: 99 });
    expect(h.posterior).toMatchObject({ share: 1, drawsUsed: 2 });
    expect(h.text).toContain('the effect holds in 100% of the draws');
    // 80 replicates over 2 draws: enough per draw, so no caution about replicate noise.
    expect(h.text).not.toContain('mostly replicate noise');
    const [thin] = HYPOTHESES.H1({
      replicates: 40,
      seed: 5,
      posterior: {
        paths: ['militias.0.hostDeathResponse'],
        draws: Array.from({ length: 20 }, (_, i) => [0.3 + i / 50]),
      },
    });
    const spread = testHypothesis({ ...(thin as NonNullable<typeof thin>), permutations: 99 });
    expect(spread.posterior?.replicatesPerDraw).toBeLessThan(10);
    expect(spread.text).toContain(
      'with so few replicates a draw’s mean is mostly replicate noise, which pulls the share towards 1/2',
    );
  });

  it('a drawn policy parameter keeps the withheld counterfactual: one draw at the preset value equals no posterior', () => {
    // A draw that sets policy parameters rebuilds the policy; the control once lost its
    // withholding wrapper that way and every pair read (x, x): an effect of exactly 0.
    const policy = iraq.foreignForce.policy as { params: { threshold: number } };
    const options = { replicates: 60, seed: 3 };
    const [plain] = HYPOTHESES.H1(options);
    const [drawn] = HYPOTHESES.H1({
      ...options,
      posterior: {
        paths: ['foreignForce.policy.params.threshold'],
        draws: [[policy.params.threshold]],
      },
    });
    const a = testHypothesis({ ...(plain as NonNullable<typeof plain>), permutations: 99 });
    const b = testHypothesis({ ...(drawn as NonNullable<typeof drawn>), permutations: 99 });
    expect(a.estimate).not.toBe(0);
    expect(b.estimate).toBe(a.estimate);
    expect([b.low, b.high, b.pValue, b.pairs]).toEqual([a.low, a.high, a.pValue, a.pairs]);
  });

  it('refuses a drawn policy parameter that the compared policies set differently', () => {
    const posterior = { paths: ['foreignForce.policy.params.delayDays'], draws: [[1], [2]] };
    const [haste] = HYPOTHESES.H2({ replicates: 10, seed: 1, posterior });
    expect(() => testHypothesis(haste as NonNullable<typeof haste>)).toThrow(
      /posterior path foreignForce\.policy\.params\.delayDays draws a policy parameter the compared policies set differently \(the treatment casualtyThreshold 0\.25, the control casualtyThreshold 5\)/,
    );
    const delays = [0.25, 5].map((delayDays) => ({
      name: 'casualtyThreshold' as const,
      params: { delayDays },
    }));
    expect(() => comparePolicies(iraq, delays, { replicates: 4, seed: 1, posterior })).toThrow(
      /the comparison would lose the difference it tests/,
    );
    // A parameter both arms share is the posterior's to set.
    const care = { paths: ['foreignForce.policy.params.care'], draws: [[0.3]] };
    expect(
      comparePolicies(iraq, delays, { replicates: 4, seed: 1, posterior: care }).posterior,
    ).toEqual({
      paths: ['foreignForce.policy.params.care'],
      draws: 1,
    });
    // A TypeScript policy has no spec for the draw to set.
    expect(() =>
      comparePolicies(iraq, [policies.titForTat.create(), 'titForTat'], {
        replicates: 4,
        seed: 1,
        posterior: { paths: ['foreignForce.policy.params.threshold'], draws: [[1]] },
      }),
    ).toThrow(/is a TypeScript policy, whose parameters a draw cannot set/);
  });

  it('comparePolicies with a one-draw posterior at the scenario values equals the plain comparison', () => {
    const opts = { replicates: 30, seed: 2, outcomes: ['attacks', 'expulsionDemanded'] };
    const plain = comparePolicies(iraq, ['restraint', 'titForTat'], opts);
    const drawn = comparePolicies(iraq, ['restraint', 'titForTat'], {
      ...opts,
      posterior: {
        paths: ['militias.0.baseline'],
        draws: [[iraq.militias[0]?.baseline as number]],
      },
    });
    expect(drawn.outcomes).toEqual(plain.outcomes);
    expect(drawn.posterior).toEqual({ paths: ['militias.0.baseline'], draws: 1 });
  });
});
