import { describe, expect, it } from 'vitest';
import { drawScenarios } from '../../src/calibrate/drawScenarios.js';
import { runEnsemble } from '../../src/experiments/runEnsemble.js';
import { compileScenario } from '../../src/model/compileScenario.js';
import { presets } from '../../src/scenario/presets.js';

const restraint = presets.restraint;
const path = 'militias.0.baseline';

describe('runEnsemble over parameter draws', () => {
  it('chooses draws by weight, from the seed and replicate alone', () => {
    const drawn = drawScenarios(compileScenario(restraint), {
      paths: [path],
      draws: [[0.05], [0.1], [0.2]],
      weights: [1, 0, 3],
    });
    const counts = new Float64Array(3);
    const n = 4000;
    for (let r = 0; r < n; r++) {
      const i = drawn.drawFor(5, r);
      counts[i] = (counts[i] as number) + 1;
    }
    expect(counts[1]).toBe(0);
    // Binomial(4000, 0.25): SE = sqrt(4000·0.25·0.75) ≈ 27.4; allow 4 SE.
    expect(Math.abs((counts[0] as number) - 1000)).toBeLessThan(4 * 27.4);
    expect(drawn.drawFor(5, 17)).toBe(drawn.drawFor(5, 17));
  });

  it('a single draw equals the scenario with that value set', () => {
    const one = runEnsemble(restraint, {
      replicates: 50,
      seed: 3,
      posterior: { paths: [path], draws: [[0.3]] },
    });
    const direct = runEnsemble(
      { ...restraint, militias: [{ ...restraint.militias[0], baseline: 0.3 }] } as typeof restraint,
      { replicates: 50, seed: 3 },
    );
    expect(JSON.stringify(one.summaries)).toBe(JSON.stringify(direct.summaries));
    expect(one.state.fingerprint).not.toBe(direct.state.fingerprint);
  });

  it('mixes the draws: mean attacks between the two draws’ means', () => {
    const low = runEnsemble(restraint, {
      replicates: 400,
      seed: 9,
      posterior: { paths: [path], draws: [[0.02]] },
    });
    const high = runEnsemble(restraint, {
      replicates: 400,
      seed: 9,
      posterior: { paths: [path], draws: [[0.2]] },
    });
    const mixed = runEnsemble(restraint, {
      replicates: 400,
      seed: 9,
      posterior: { paths: [path], draws: [[0.02], [0.2]] },
    });
    const m = mixed.summaries.attacks.mean ?? Number.NaN;
    expect(m).toBeGreaterThan(low.summaries.attacks.mean ?? Number.NaN);
    expect(m).toBeLessThan(high.summaries.attacks.mean ?? Number.NaN);
  });

  it('refuses malformed draws by field', () => {
    const run = (posterior: unknown) =>
      runEnsemble(restraint, { replicates: 1, seed: 1, posterior: posterior as never });
    expect(() => run({ paths: [path], draws: [] })).toThrow(/posterior\.draws must be a non-empty/);
    expect(() => run({ paths: [path], draws: [[1, 2]] })).toThrow(
      /posterior\.draws\[0\] must hold 1 values/,
    );
    expect(() => run({ paths: [path], draws: [[Number.NaN]] })).toThrow(
      /posterior\.draws\[0\]\[0\]/,
    );
    expect(() => run({ paths: [path], draws: [[0.1]], weights: [-1] })).toThrow(/weights\[0\]/);
    expect(() => run({ paths: ['militias.0.basline'], draws: [[0.1]] })).toThrow(
      /Did you mean "militias\.0\.baseline"/,
    );
  });
});
