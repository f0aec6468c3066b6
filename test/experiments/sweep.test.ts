import { describe, expect, it } from 'vitest';
import { designPoints } from '../../src/experiments/sweep/designPoints.js';
import { createRng, presets, runEnsemble, sweep } from '../../src/index.js';
import { setScenarioValues } from '../../src/scenario/paths/setScenarioValues.js';
import { expectClose } from '../helpers/expectClose.js';

const iraq = presets['iraq-2020'];
const parameters = [
  { path: 'militias.0.baseline', low: 0.05, high: 0.1 },
  { path: 'hostGovernment.thresholds.expulsion', low: 8, high: 16 },
];

describe('sweep', () => {
  it('a grid row equals runEnsemble at that point (same seed, same replicates)', () => {
    const rows = [
      ...sweep(iraq, {
        parameters,
        design: 'grid',
        points: 2,
        replicates: 20,
        seed: 3,
        policies: ['titForTat', 'restraint'],
      }),
    ];
    expect(rows.length).toBe(8);
    expect(rows.map((r) => r.policy)).toEqual([
      'titForTat',
      'restraint',
      'titForTat',
      'restraint',
      'titForTat',
      'restraint',
      'titForTat',
      'restraint',
    ]);
    const row = rows[4] as Record<string, number>;
    expect([row['militias.0.baseline'], row['hostGovernment.thresholds.expulsion']]).toEqual([
      0.1, 8,
    ]);
    const at = setScenarioValues(
      iraq,
      parameters.map((p) => p.path),
      [0.1, 8],
    );
    const ensemble = runEnsemble(
      { ...at, foreignForce: { ...at.foreignForce, policy: { name: 'titForTat' } } },
      { replicates: 20, seed: 3 },
    );
    expectClose(row['attacks.mean'] as number, ensemble.summaries.attacks.mean as number, {
      rel: 1e-15,
    });
  });

  it('shards by point range concatenate to the whole (any worker split gives the same rows)', () => {
    const o = {
      parameters,
      design: 'latinHypercube' as const,
      points: 6,
      replicates: 5,
      seed: 'lhs',
    };
    const whole = [...sweep(iraq, o)];
    const parts = [
      ...sweep(iraq, { ...o, pointRange: [0, 2] }),
      ...sweep(iraq, { ...o, pointRange: [2, 6] }),
    ];
    expect(parts).toEqual(whole);
  });

  it('per-replicate rows carry seed and replicate', () => {
    const rows = [
      ...sweep(iraq, {
        parameters: parameters.slice(0, 1),
        design: 'grid',
        points: 2,
        replicates: 3,
        seed: 1,
        perReplicate: true,
        outcomes: ['attacks'],
      }),
    ];
    expect(rows.length).toBe(6);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'point',
      'policy',
      'militias.0.baseline',
      'seed',
      'replicate',
      'attacks',
    ]);
  });

  it('a Latin hypercube uses every stratum of every parameter once', () => {
    const design = designPoints(
      [
        { path: 'a', low: 0, high: 10 },
        { path: 'b', low: -1, high: 1 },
      ],
      'latinHypercube',
      50,
      createRng(9),
    );
    const pts = Array.from({ length: design.count }, (_, i) => design.at(i));
    for (const [i, r] of [
      [0, { low: 0, high: 10 }],
      [1, { low: -1, high: 1 }],
    ] as const) {
      const strata = pts
        .map((p) => Math.floor(((p[i] as number) - r.low) / ((r.high - r.low) / 50)))
        .sort((x, y) => x - y);
      expect(strata).toEqual(Array.from({ length: 50 }, (_, j) => j));
    }
  });

  it('refuses bad input, naming it', () => {
    const o = { parameters, design: 'grid' as const, points: 3, replicates: 2, seed: 1 };
    expect(() => sweep(iraq, { ...o, points: 0 })).toThrow(/^points must be an integer >= 2/);
    expect(() => sweep(iraq, { ...o, design: 'latinHypercube', points: 0 })).toThrow(
      /^points must be an integer >= 1 \(design points\)/,
    );
    expect(() =>
      sweep(iraq, { ...o, parameters: [{ path: 'militias.0.baseline', low: 1, high: 1 }] }),
    ).toThrow(/must have finite low < high/);
    expect(() =>
      sweep(iraq, {
        ...o,
        parameters: [{ path: 'militias.0.branchingRatio', low: 0.5, high: 1.5 }],
      }),
    ).toThrow(/branchingRatio/);
    expect(() => sweep(iraq, { ...o, outcomes: ['atacks'] })).toThrow(/unknown outcome "atacks"/);
    expect(() => sweep(iraq, { ...o, design: 'random' as never })).toThrow(
      /^design must be grid or latinHypercube/,
    );
  });
});
