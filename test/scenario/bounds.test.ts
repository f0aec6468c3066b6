import { describe, expect, it } from 'vitest';
import { simulateHawkes } from '../../src/hawkes/simulateHawkes.js';
import { compileScenario, isCompiledScenario } from '../../src/model/compileScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import { SCENARIO_LIMITS } from '../../src/scenario/limits.js';
import { presets } from '../../src/scenario/presets.js';
import { ScenarioError } from '../../src/scenario/ScenarioError.js';
import { scenarioJsonSchema } from '../../src/scenario/scenarioJsonSchema.js';

const iraq = presets['iraq-2020'];
const militia = iraq.militias[0] as (typeof iraq.militias)[number];

/** The ScenarioError runScenario throws for `input`, or fail. */
function refusal(input: unknown): ScenarioError {
  try {
    runScenario(input as never, { seed: 1, keepEvents: false });
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const paths = (e: ScenarioError) => e.issues.map((i) => i.path.join('.'));

describe('scenario bounds: values that would hang, overflow or fail every replicate are refused at load, by path', () => {
  it.each([
    ['militias.0.decay', { militias: [{ ...militia, decay: 1e308 }] }],
    ['militias.0.decay', { militias: [{ ...militia, decay: 1e14 }] }],
    ['militias.0.hostDeathResponse', { militias: [{ ...militia, hostDeathResponse: 1e308 }] }],
    ['militias.0.strikeResponse', { militias: [{ ...militia, strikeResponse: 36_525 }] }],
    ['militias.0.baseline', { militias: [{ ...militia, baseline: 1e308 }] }],
    [
      'militias.0.rockets.mean',
      { militias: [{ ...militia, rockets: { mean: 1e16, dispersion: 1 } }] },
    ],
    [
      'militias.0.rockets.dispersion',
      { militias: [{ ...militia, rockets: { mean: 33, dispersion: 5e-324 } }] },
    ],
    [
      'foreignForce.hostKilledPerColocatedSite',
      { foreignForce: { ...iraq.foreignForce, hostKilledPerColocatedSite: 1e308 } },
    ],
    [
      'foreignForce.bases.0.foreignPersonnel',
      {
        foreignForce: {
          ...iraq.foreignForce,
          bases: [{ ...iraq.foreignForce.bases[0], foreignPersonnel: 2 ** 31 }],
        },
      },
    ],
    [
      'hostGovernment.pressure.perStrike',
      {
        hostGovernment: {
          ...iraq.hostGovernment,
          pressure: { ...iraq.hostGovernment.pressure, perStrike: 1e308 },
        },
      },
    ],
  ])('refuses %s', (path, override) => {
    expect(paths(refusal({ ...iraq, ...override }))).toContain(path);
  });

  it('refuses a constant expression target that no strike could use (2^53) when the scenario is loaded', () => {
    const policy = { name: 'expression', strike: 'isAttack', targets: '2^53' };
    expect(() =>
      compileScenario({ ...iraq, foreignForce: { ...iraq.foreignForce, policy } } as never),
    ).toThrow(
      /must give a number that rounds to \[1, 10000\], got 9007199254740992 \(when the policy is built\)\n {2}→ at foreignForce\.policy\.targets/,
    );
  });

  it('states every number of the JSON Schema with an upper bound (a new field without one fails here)', () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (
        (n.type === 'number' || n.type === 'integer') &&
        n.maximum === undefined &&
        n.exclusiveMaximum === undefined
      )
        unbounded.push(path);
      for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`);
    };
    walk(scenarioJsonSchema(), '#');
    // An expression policy's delayDays, targets and care may be plain numbers: those are
    // range-checked when the policy is built (the test above), not by the schema.
    expect(
      unbounded.filter((p) => !/properties\/(delayDays|targets|care)\/anyOf\/1$/.test(p)),
    ).toEqual([]);
  });

  it('refuses maxEvents above a million attacks per run, naming the field and the bound', () => {
    expect(SCENARIO_LIMITS.maxEvents).toBe(1_000_000);
    const refused = refusal({ ...iraq, maxEvents: 10_000_000 });
    expect(paths(refused)).toEqual(['maxEvents']);
    expect(refused.message).toContain(
      'must be ≤ 1000000 attacks per run (one run of more takes minutes), received 10000000',
    );
    expect(
      runScenario({ ...iraq, maxEvents: 1_000_000 }, { seed: 1 }).outcomes.attacks,
    ).toBeGreaterThan(0);
  });

  it('documents the limits it enforces', () => {
    expect(SCENARIO_LIMITS.ratePerDay).toBe(1000);
    expect(refusal({ ...iraq, militias: [{ ...militia, decay: 1000.5 }] }).message).toContain(
      'must be ≤ 1000, received 1000.5',
    );
  });
});

describe('compiled scenarios', () => {
  it('are told apart by identity: a JSON look-alike with their keys is validated as a scenario', () => {
    const forged = { ...iraq, pickTarget: 1, branching: 1 };
    expect(isCompiledScenario(forged)).toBe(false);
    expect(isCompiledScenario({ ...compileScenario(iraq) })).toBe(false);
    expect(isCompiledScenario(compileScenario(iraq))).toBe(true);
    expect(paths(refusal(forged))).toEqual(['']);
    expect(refusal(forged).message).toContain('unknown key "pickTarget"');
  });
});

describe('rejection messages stay small', () => {
  it('summarise 10,000 repeated issues and cut a 1 MB id', () => {
    const matrix = Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => -1));
    const many = refusal({ ...iraq, crossExcitation: matrix });
    // 10,000 entries below 0, and the diagonal that is not 0 (reported once the fields parse).
    expect(many.issues.length).toBe(10_001);
    expect(many.message.length).toBeLessThan(2_000);
    expect(many.message).toContain('(and 9999 more like it at other indices)');
    const huge = refusal({ ...iraq, militias: [{ ...militia, id: 'x'.repeat(1_000_000) }] });
    expect(huge.message.length).toBeLessThan(2_000);
  });
});

describe('simulateHawkes', () => {
  it('stops at a default cap of a million events with a warning', () => {
    const run = simulateHawkes(
      { baseline: 1e6, branchingRatio: 0.4, decay: 1 },
      { horizon: 1000, seed: 1 },
    );
    expect(run.times.length).toBe(1_000_000);
    expect(run.reachedCap).toBe(true);
    expect(run.warnings[0]).toMatch(/^default event cap of 1000000 \(no maxEvents set\) reached/);
  });
});

describe('spectralRadius where mathjs eigs does not converge', () => {
  it('finds the Perron root of a non-negative matrix by Collatz–Wielandt power iteration', async () => {
    const { spectralRadius } = await import('../../src/hawkes/spectralRadius.js');
    // ρ of [[0.4, ε, 0], [0, 0.4, ε], [0.1, 0, 0.4]] is 0.4 + (0.1 ε²)^{1/3} (characteristic
    // polynomial (0.4 − λ)³ + 0.1 ε² = 0), here ε = 0.001: 0.4 + 1e-7^{1/3}.
    const exact = 0.4 + Math.cbrt(1e-7);
    const radius = spectralRadius([
      [0.4, 0.001, 0],
      [0, 0.4, 0.001],
      [0.1, 0, 0.4],
    ]);
    expect(radius).toBeGreaterThanOrEqual(exact - 1e-12);
    expect(radius - exact).toBeLessThan(1e-9);
  });
});

describe('cross-field checks on a matrix with field errors', () => {
  it('report the bad entries by path and skip the stability check (no eigenvalue failure)', () => {
    const militias = ['a', 'b', 'c'].map((id) => ({ ...militia, id }));
    const crossExcitation = [
      [0, 2.9, -1e308],
      [0.5, 0, 5],
      [10, 0, 0],
    ];
    const error = refusal({ ...iraq, militias, crossExcitation });
    expect(paths(error)).toContain('crossExcitation.0.2');
  });
});
