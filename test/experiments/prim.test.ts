import { describe, expect, it } from 'vitest';
import { prim } from '../../src/experiments/discovery/prim.js';
import { createRng, discover, presets, sweep } from '../../src/index.js';

// Known box: 3000 uniform points in [0, 1]³; a case of interest iff x0 > 0.6 and x1 < 0.3
// (mass 0.12), x2 irrelevant. Seed 'prim-box'.
function data(noise: number) {
  const rng = createRng('prim-box');
  const x = Array.from({ length: 3000 }, () => [rng(), rng(), rng()]);
  const y = x.map(([a, b]) => {
    const inBox = (a as number) > 0.6 && (b as number) < 0.3;
    return (rng() < noise ? !inBox : inBox) ? 1 : 0;
  });
  return { x, y };
}

describe('prim', () => {
  it('finds a known box: limits near the truth, x2 left free, density and coverage high', () => {
    const { x, y } = data(0);
    const { box, trajectory } = prim(x, y, { inputs: ['a', 'b', 'c'], threshold: 0.95 });
    expect(box.restricted).toEqual(['a', 'b']);
    const [a, b] = box.limits;
    // One peel removes 5% of the box: the bounds land within one slice of the truth.
    expect(Math.abs((a?.low as number) - 0.6)).toBeLessThan(0.05);
    expect(Math.abs((b?.high as number) - 0.3)).toBeLessThan(0.05);
    expect(box.density).toBeGreaterThanOrEqual(0.95);
    expect(box.coverage).toBeGreaterThan(0.85);
    // The trajectory trades coverage for density: it starts at coverage 1, density = base rate.
    expect(trajectory[0]).toMatchObject({ coverage: 1, mass: 1 });
    expect(trajectory[0]?.density).toBeLessThan(0.15);
  });

  it('still finds the box with 10% label noise', () => {
    const { x, y } = data(0.1);
    const { box } = prim(x, y, { inputs: ['a', 'b', 'c'], threshold: 0.8 });
    expect(box.restricted).toContain('a');
    expect(box.restricted).toContain('b');
    expect(Math.abs((box.limits[0]?.low as number) - 0.6)).toBeLessThan(0.1);
  });

  it('refuses bad input, naming it', () => {
    expect(() => prim([[1]], [1])).toThrow(/^x must hold at least 2 points/);
    expect(() => prim([[1], [2]], [0, 0])).toThrow(/no case of interest/);
    expect(() => prim([[1], [2, 3]], [0, 1])).toThrow(/^x\[1\] must hold 1 finite numbers/);
    expect(() => prim([[1], [2]], [0, 1], { peelAlpha: 0 })).toThrow(
      /^peelAlpha must be in \(0, 1\)/,
    );
  });
});

describe('discover on sweep rows', () => {
  it('names the columns when one is unknown, and needs one threshold', () => {
    const rows = [{ point: 0, a: 1, 'y.mean': 0.2 }];
    expect(() => discover(rows, { inputs: ['b'], outcome: 'y.mean', above: 0.5 })).toThrow(
      /^column "b" is not in the rows; columns: point, a, y.mean/,
    );
    expect(() => discover(rows, { inputs: ['a'], outcome: 'y.mean' })).toThrow(
      /^give exactly one of above and below/,
    );
    // No row is a case of interest: say so in the rows' terms, with the outcome's range.
    const two = [rows[0], { point: 1, a: 2, 'y.mean': 0.4 }] as typeof rows;
    expect(() => discover(two, { inputs: ['a'], outcome: 'y.mean', above: 0.5 })).toThrow(
      'no row has y.mean > 0.5: y.mean lies in [0.2, 0.4] over the 2 rows, so there is nothing to find; choose above inside that range',
    );
    expect(() => discover(two, { inputs: ['a'], outcome: 'y.mean', below: 0.1 })).toThrow(
      /^no row has y\.mean < 0\.1: .*choose below inside that range$/,
    );
  });

  it('finds the expulsion threshold as what makes expulsion likely on iraq-2020', () => {
    const parameters = [
      { path: 'hostGovernment.thresholds.expulsion', low: 6, high: 20 },
      { path: 'militias.0.baseline', low: 0.04, high: 0.12 },
    ];
    const rows = sweep(presets['iraq-2020'], {
      parameters,
      design: 'latinHypercube',
      points: 60,
      replicates: 10,
      seed: 1,
      outcomes: ['expulsionDemanded'],
    });
    const d = discover(rows, {
      inputs: parameters.map((p) => p.path),
      outcome: 'expulsionDemanded.mean',
      above: 0.5,
    });
    expect(d.points).toBe(60);
    expect(d.box.restricted).toContain('hostGovernment.thresholds.expulsion');
    expect(d.box.limits[0]?.high).toBeLessThan(20);
  });
});
