import { describe, expect, it } from 'vitest';
import type { AbcOutcome } from '../../src/calibrate/abc/abcTypes.js';
import { compareMechanisms } from '../../src/calibrate/modelChoice/compareMechanisms.js';
import {
  type ModelChoiceSettings,
  modelChoiceSteps,
} from '../../src/calibrate/modelChoice/modelChoiceSteps.js';
import { strikeResponseMechanisms } from '../../src/calibrate/modelChoice/strikeResponseMechanisms.js';
import { summarizeModelChoice } from '../../src/calibrate/modelChoice/summarizeModelChoice.js';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import type { Prior } from '../../src/calibrate/priors/Prior.js';
import { createRng } from '../../src/random/createRng.js';
import { samplePoisson } from '../../src/random/samplePoisson.js';
import { presets } from '../../src/scenario/presets.js';
import { logGamma } from '../../src/stats/logGamma.js';

// Oracle: m Poisson counts with rate λ; mechanism A puts a Gamma(2, 1) prior on λ, B a
// Gamma(20, 4). The sum S is sufficient for λ within each and across both (the likelihood's
// ∏ 1/x_i! is common), so at tolerance 0 ABC model choice targets the exact Bayes factor
// p(S | A) / p(S | B), with S | mechanism negative binomial:
//   p(S) = Γ(a + S) / (Γ(a) S!) · (b/(b+m))^a · (m/(b+m))^S.
const m = 4;
const S = 10;
const gammaPriors: Prior[][] = [
  [{ type: 'gamma', shape: 2, rate: 1 }],
  [{ type: 'gamma', shape: 20, rate: 4 }],
];
const logMarginal = (a: number, b: number) =>
  logGamma(a + S) -
  logGamma(a) -
  logGamma(S + 1) +
  a * Math.log(b / (b + m)) +
  S * Math.log(m / (b + m));
const exactBayesFactor = Math.exp(logMarginal(2, 1) - logMarginal(20, 4)); // A against B

const simulate = (theta: readonly number[], stream: string): AbcOutcome => {
  const rng = createRng(stream);
  let sum = 0;
  for (let i = 0; i < m; i++) sum += samplePoisson(rng, theta[0] as number);
  return { statistics: [sum] };
};

function run(settings: ModelChoiceSettings, weights = [1, 1]) {
  const steps = modelChoiceSteps(gammaPriors, weights, [S], settings);
  let step = steps.next();
  while (!step.done) {
    const { thetas, streams } = step.value;
    step = steps.next(thetas.map((t, i) => simulate(t, streams[i] as string)));
  }
  return step.value;
}

const oracle: ModelChoiceSettings = {
  simulations: 40_000,
  pilot: 2000,
  // P(S = 10) is about 3% under the pooled prior predictive, so the 1% quantile of the
  // distances is 0: exact matches only.
  acceptQuantile: 0.01,
  batchSize: 1000,
  seed: 'model-choice-oracle',
};

describe('ABC model choice against exact Bayes factors (Poisson counts, two gamma priors)', () => {
  const draws = run(oracle);
  const choice = summarizeModelChoice(draws, ['A', 'B'], [1, 1], 1, oracle.seed);

  it('accepts exact matches only', () => {
    expect(draws.tolerance).toBe(0);
    expect(choice.accepted).toBeGreaterThan(1000);
  });

  it('matches the exact Bayes factor within 4 Monte Carlo SE (on the log scale)', () => {
    const a = choice.mechanisms[0];
    const bf = a?.bayesFactor ?? Number.NaN;
    const se = a?.logBayesFactorSe ?? Number.NaN;
    // exactBayesFactor ≈ 2.53 here: the two mechanisms differ, and the test can tell.
    expect(Math.abs(Math.log(exactBayesFactor))).toBeGreaterThan(8 * se);
    expect(Math.abs(Math.log(bf) - Math.log(exactBayesFactor))).toBeLessThan(4 * se);
  });

  it('matches the exact probability under unequal model priors (weights 1 : 3)', () => {
    const weighted = summarizeModelChoice(run(oracle, [1, 3]), ['A', 'B'], [1, 3], 1, 's');
    const exactA = (exactBayesFactor * 1) / (exactBayesFactor * 1 + 3);
    const a = weighted.mechanisms[0];
    expect(Math.abs((a?.probability ?? 0) - exactA)).toBeLessThan(4 * (a?.standardError ?? 0));
    // The Bayes factor does not depend on the model prior.
    const se = a?.logBayesFactorSe ?? Number.NaN;
    expect(Math.abs(Math.log(a?.bayesFactor ?? 0) - Math.log(exactBayesFactor))).toBeLessThan(
      4 * se,
    );
  });

  it('gives the same draws whatever the batch size', () => {
    const small = run({ ...oracle, simulations: 600, pilot: 100, batchSize: 7 });
    const large = run({ ...oracle, simulations: 600, pilot: 100, batchSize: 600 });
    expect(JSON.stringify(small)).toBe(JSON.stringify(large));
  });
});

describe('summarizeModelChoice', () => {
  const draws = (models: number[], distances: number[], tolerance: number) => ({
    models,
    distances,
    refused: models.map(() => false),
    scales: [1],
    tolerance,
    firstRefusal: null,
  });

  it('computes probabilities, errors and Bayes factors from accepted counts', () => {
    // Accepted: model 0 three times, model 1 once (K = 4).
    const c = summarizeModelChoice(
      draws([0, 0, 0, 1, 1], [0, 0, 0, 0, 5], 1),
      ['a', 'b'],
      [1, 1],
      1,
      1,
    );
    expect(c.mechanisms.map((x) => x.probability)).toEqual([0.75, 0.25]);
    expect(c.mechanisms[0]?.bayesFactor).toBe(3);
    expect(c.mechanisms[0]?.standardError).toBeCloseTo(Math.sqrt((0.75 * 0.25) / 4), 12);
    expect(c.mechanisms[0]?.logBayesFactorSe).toBeCloseTo(
      Math.sqrt(0.25 / (4 * 0.75) + 0.75 / (4 * 0.25) + 2 / 4),
      12,
    );
  });

  it('warns when every Bayes factor lies within 1/3–3, and always states the caveat', () => {
    const c = summarizeModelChoice(
      draws([0, 1, 2], [0, 0, 0], 0),
      ['a', 'b', 'c'],
      [1, 1, 1],
      2,
      1,
    );
    expect(c.warnings.some((w) => w.includes('cannot discriminate'))).toBe(true);
    expect(c.warnings.some((w) => w.includes('Robert, Cornuet, Marin & Pillai 2011'))).toBe(true);
  });

  it('gives no Bayes factor and says why when no reference draw was accepted', () => {
    const c = summarizeModelChoice(draws([0, 1], [0, 9], 1), ['a', 'b'], [1, 1], 1, 1);
    expect(c.mechanisms[0]?.bayesFactor).toBeNull();
    expect(c.warnings[0]).toContain('No draw of "b" came within the tolerance');
  });
});

describe('compareMechanisms', () => {
  const shared = { 'militias.0.baseline': { type: 'logUniform', min: 0.02, max: 1 } } as const;
  const base = {
    mechanisms: strikeResponseMechanisms(shared),
    simulations: 300,
    pilot: 100,
    acceptQuantile: 0.1,
    seed: 3,
  };

  it('is deterministic by seed and does not depend on the batch size', () => {
    const a = compareMechanisms(presets['iraq-2020'], observedFromReading('wire'), {
      ...base,
      batchSize: 13,
    });
    const b = compareMechanisms(presets['iraq-2020'], observedFromReading('wire'), {
      ...base,
      batchSize: 300,
    });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.reference).toBe('no effect');
    expect(a.mechanisms.reduce((s, x) => s + x.probability, 0)).toBeCloseTo(1, 12);
  });

  it('refuses bad options by name, with the valid choices', () => {
    const observed = observedFromReading('wire');
    const scenario = presets['iraq-2020'];
    expect(() =>
      compareMechanisms(scenario, observed, { ...base, reference: 'deterrence' }),
    ).toThrow(
      'reference must name a mechanism, received "deterrence"; valid: "retaliation deters", "retaliation provokes", "no effect"',
    );
    expect(() =>
      compareMechanisms(scenario, observed, { ...base, mechanisms: base.mechanisms.slice(0, 1) }),
    ).toThrow('mechanisms must list at least two mechanisms');
    expect(() =>
      compareMechanisms(scenario, observed, {
        ...base,
        mechanisms: [...base.mechanisms, { name: 'no effect', parameters: shared }],
      }),
    ).toThrow('"no effect" appears twice');
    expect(() =>
      compareMechanisms(scenario, observed, {
        ...base,
        mechanisms: [
          ...base.mechanisms.slice(0, 2),
          { name: 'odd', parameters: { 'militias.0.nope': { type: 'fixed', value: 0 } } },
        ],
      }),
    ).toThrow(/^mechanisms\[2\] \("odd"\): .*militias\.0\.nope/);
    expect(() => compareMechanisms(scenario, observed, { ...base, acceptQuantile: 0 })).toThrow(
      'acceptQuantile must be in (0, 1], received 0',
    );
    expect(() =>
      compareMechanisms(scenario, observed, { ...base, simulation: 10 } as typeof base),
    ).toThrow('options.simulation is not an option of compareMechanisms');
  });
});

describe('documented examples', () => {
  it('strikeResponseMechanisms and summarizeModelChoice', () => {
    expect(strikeResponseMechanisms({}).map((m) => m.name)).toEqual([
      'retaliation deters',
      'retaliation provokes',
      'no effect',
    ]);
    const draws = {
      models: [0, 1, 1, 0],
      distances: [0, 1, 0, 9],
      refused: [false, false, false, false],
      scales: [1],
      tolerance: 1,
      firstRefusal: null,
    };
    expect(summarizeModelChoice(draws, ['a', 'b'], [1, 1], 0, 1).mechanisms[1]?.bayesFactor).toBe(
      2,
    );
    expect(() => strikeResponseMechanisms({}, { maxResponse: 0 })).toThrow(
      'maxResponse must be a finite number > 0, received 0',
    );
  });
});
