import { describe, expect, it } from 'vitest';
import {
  cholesky,
  halfLogDeterminant,
  multivariateNormalLogDensity,
} from '../../src/calibrate/abc/multivariateNormal.js';
import { smcLogWeightFunction } from '../../src/calibrate/abc/smcLogWeightFunction.js';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import { runToRecord } from '../../src/calibrate/runToRecord.js';
import { simulateRecord } from '../../src/calibrate/simulateRecord.js';
import { compileScenario } from '../../src/model/compileScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import { createRng } from '../../src/random/createRng.js';
import { standardNormal } from '../../src/random/sampleNormal.js';
import { presets } from '../../src/scenario/presets.js';

describe('simulateRecord', () => {
  const template = observedFromReading('wire');
  it('gives the record runToRecord builds from the event log, attacks, strikes and politics', () => {
    let strikes = 0;
    let political = 0;
    for (const name of ['iraq-2020', 'tit-for-tat-spiral', 'restraint'] as const) {
      const compiled = compileScenario(presets[name]);
      for (const seed of [1, 'a/b', 17]) {
        const fast = simulateRecord(compiled, seed, template);
        const slow = runToRecord(runScenario(compiled, { seed }).events, template);
        expect(fast).toEqual(slow);
        strikes += fast.strikes.length;
        political += fast.political.length;
      }
    }
    // The comparison covers every kind of record.
    expect(strikes).toBeGreaterThan(0);
    expect(political).toBeGreaterThan(0);
  });
});

describe('smcLogWeightFunction', () => {
  it('gives, bit for bit, log π(u) − log Σ_j w_j N(u; u_j, LLᵀ) term by term', () => {
    const rng = createRng('smc-weights');
    const d = 4;
    const a = Float64Array.from({ length: d * d }, (_, k) =>
      k % (d + 1) === 0 ? 1 + rng() : 0.1 * rng(),
    );
    const sym = Float64Array.from(a, (_, k) => {
      const i = Math.floor(k / d);
      const j = k % d;
      return ((a[i * d + j] as number) + (a[j * d + i] as number)) / 2;
    });
    const l = cholesky(sym, d);
    const logDetHalf = halfLogDeterminant(l, d);
    const point = () => Array.from({ length: d }, () => 3 * standardNormal(rng));
    const previous = Array.from({ length: 50 }, point);
    const raw = previous.map(() => rng());
    const total = raw.reduce((s, w) => s + w, 0);
    const weights = raw.map((w) => w / total);
    const accepted = Array.from({ length: 20 }, () => ({ u: point(), logPrior: -rng() }));
    const expected = accepted.map((p) => {
      const terms = previous.map(
        (r, j) =>
          Math.log(weights[j] as number) + multivariateNormalLogDensity(p.u, r, l, logDetHalf),
      );
      const m = Math.max(...terms);
      let s = 0;
      for (const x of terms) s += Math.exp(x - m);
      return p.logPrior - (m + Math.log(s));
    });
    const weigh = smcLogWeightFunction(previous, weights, l, logDetHalf);
    expect(accepted.map((p) => weigh(p.u, p.logPrior))).toEqual(expected);
  });
});
