import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibrate/calibrate.js';
import { observedFromReading } from '../../src/calibrate/observed/observedFromReading.js';
import { checkPriorSupport } from '../../src/calibrate/priors/checkPriorSupport.js';
import type { Prior } from '../../src/calibrate/priors/Prior.js';
import { getScenarioValue } from '../../src/scenario/paths/getScenarioValue.js';
import { setScenarioValues } from '../../src/scenario/paths/setScenarioValues.js';
import { presets } from '../../src/scenario/presets.js';

const scenario = presets['iraq-2020'];
const observed = observedFromReading('wire');
const baseline: Record<string, Prior> = {
  'militias.0.baseline': { type: 'logUniform', min: 0.02, max: 1 },
};
const options = { parameters: baseline, particles: 10, seed: 1 };
const withPrior = (path: string, prior: unknown) => ({
  ...options,
  parameters: { [path]: prior as Prior },
});

// Every error is thrown while the problem is checked, before any simulation.
describe('calibrate refuses bad input by name, with the valid choices', () => {
  it('an observed record with no attacks, or none dated, in its window', () => {
    expect(() => calibrate(scenario, { ...observed, attacks: [] }, options)).toThrow(
      'observed: the record iraq-2020:wire has no attacks in its window (25.6875, 73.875] (days from 2020-01-01; 0 attacks in all, 0 undated): calibration needs at least one dated attack there',
    );
    const undated = observed.attacks.map((a) => ({ ...a, time: null }));
    expect(() => calibrate(scenario, { ...observed, attacks: undated }, options)).toThrow(
      '10 attacks in all, 10 undated',
    );
  });

  it('a window outside the scenario or the record', () => {
    expect(() =>
      calibrate(scenario, observed, { ...options, window: { from: 0, to: 400 } }),
    ).toThrow(
      "window (0.00, 400.00] in days from the scenario's start 2020-01-01 lies outside the scenario's [0, 365]",
    );
    expect(() => calibrate(scenario, observed, { ...options, window: { from: 5, to: 2 } })).toThrow(
      'window must be { from, to } with finite from < to, received {"from":5,"to":2}',
    );
    expect(() => calibrate(scenario, { ...observed, start: '2019-01-01' }, options)).toThrow(
      /^the record’s window \(-339\.31, -291\.13\] .* lies outside the scenario's \[0, 365\]$/,
    );
    expect(() =>
      calibrate(scenario, observed, { ...options, window: { from: 0, to: 60 } }),
    ).toThrow('window must lie within the record’s window: outside it the record says nothing');
    expect(() =>
      calibrate(scenario, observed, { ...options, predict: [{ from: 40, to: 500 }] }),
    ).toThrow(
      "predict[0] (40.00, 500.00] in days from the scenario's start 2020-01-01 lies outside",
    );
  });

  it('priors with impossible bounds or no mass', () => {
    const path = 'militias.0.baseline';
    expect(() =>
      calibrate(scenario, observed, withPrior(path, { type: 'uniform', min: 1, max: 0.1 })),
    ).toThrow('parameters["militias.0.baseline"].max: min must be < max');
    expect(() =>
      calibrate(scenario, observed, withPrior(path, { type: 'logUniform', min: -1, max: 2 })),
    ).toThrow('parameters["militias.0.baseline"].min: must be > 0');
    expect(() =>
      calibrate(
        scenario,
        observed,
        withPrior(path, { type: 'truncatedNormal', mean: 0, sd: 0.01, min: 1, max: 2 }),
      ),
    ).toThrow(
      'parameters["militias.0.baseline"]: has no mass: the bounds lie more than 7 standard deviations out in the tail',
    );
    expect(() =>
      calibrate(scenario, observed, withPrior(path, { type: 'gamma', shape: 0, rate: 1 })),
    ).toThrow('parameters["militias.0.baseline"].shape: must be > 0');
    expect(() =>
      calibrate(scenario, observed, withPrior(path, { type: 'cauchy', scale: 1 })),
    ).toThrow(
      'parameters["militias.0.baseline"].type: type must be one of uniform, logUniform, normal, truncatedNormal, beta, gamma, fixed',
    );
    expect(() =>
      calibrate(scenario, observed, withPrior(path, { type: 'uniform', min: 0, max: 1, mean: 2 })),
    ).toThrow('parameters["militias.0.baseline"]');
  });

  it('a prior wholly outside what the scenario allows (refused before any simulation)', () => {
    expect(() =>
      calibrate(
        scenario,
        observed,
        withPrior('militias.0.branchingRatio', { type: 'uniform', min: 1.5, max: 2 }),
      ),
    ).toThrow(
      /^parameters\["militias\.0\.branchingRatio"\]: the prior \{"type":"uniform","min":1\.5,"max":2\} puts no mass where the scenario allows this parameter \(all 32 draws refused\); the first: .*branching ratio/s,
    );
  });

  it('a parameter path that does not exist or is not numeric', () => {
    const prior = { type: 'uniform', min: 0, max: 1 };
    expect(() => calibrate(scenario, observed, withPrior('militias.0.baselin', prior))).toThrow(
      /^parameters "militias\.0\.baselin" is not a numeric field of the scenario\. Did you mean "militias\.0\.baseline"\? Numeric fields: .*militias\.0\.branchingRatio/,
    );
    expect(() => calibrate(scenario, observed, withPrior('militias.0.id', prior))).toThrow(
      /^parameters "militias\.0\.id" is not a numeric field of the scenario\. Numeric fields: /,
    );
    expect(() => calibrate(scenario, observed, withPrior('militias.3.baseline', prior))).toThrow(
      'parameters "militias.3.baseline" is not a numeric field',
    );
    expect(() => calibrate(scenario, observed, { ...options, parameters: {} })).toThrow(
      'parameters must name at least one scenario path with its prior',
    );
    expect(() =>
      calibrate(
        scenario,
        observed,
        withPrior('militias.0.baseline', { type: 'fixed', value: 0.1 }),
      ),
    ).toThrow('parameters must include at least one prior that is not fixed');
  });

  it('a reading that does not exist', () => {
    expect(() => observedFromReading('tabel' as 'table')).toThrow(
      'name must be one of table, text, wire, received "tabel"',
    );
  });

  it('misspelt options and a missing seed', () => {
    expect(() =>
      calibrate(scenario, observed, { ...options, particle: 10 } as typeof options),
    ).toThrow(/^options\.particle is not an option of calibrate; valid options: .*particles/);
    const { seed: _, ...noSeed } = options;
    expect(() => calibrate(scenario, observed, noSeed as typeof options)).toThrow(
      'seed is required',
    );
  });
});

describe('checkPriorSupport', () => {
  it('accepts priors with mass the scenario allows (documented example)', () => {
    expect(
      checkPriorSupport(scenario, ['militias.0.baseline'], [{ type: 'uniform', min: 0, max: 1 }]),
    ).toBeUndefined();
  });

  it('names the priors jointly when each alone is allowed but no pair is', () => {
    // Thresholds must rise (condemnation ≤ summon); here they are 1 and 5. A condemnation in
    // [4, 5] fits summon 5, a summon in [2, 3] fits condemnation 1, but no pair is ordered.
    const paths = ['hostGovernment.thresholds.condemnation', 'hostGovernment.thresholds.summon'];
    const thresholds = setScenarioValues(scenario, paths, [1, 5]);
    expect(paths.map((p) => getScenarioValue(thresholds, p))).toEqual([1, 5]);
    expect(() =>
      checkPriorSupport(thresholds, paths, [
        { type: 'uniform', min: 4, max: 5 },
        { type: 'uniform', min: 2, max: 3 },
      ]),
    ).toThrow(
      /^parameters: the priors of hostGovernment\.thresholds\.condemnation, hostGovernment\.thresholds\.summon together put no mass where the scenario allows them \(all 32 joint draws refused\); the first: .*thresholds must be ordered/s,
    );
  });
});
