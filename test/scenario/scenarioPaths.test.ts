import { describe, expect, it } from 'vitest';
import { getScenarioValue } from '../../src/scenario/paths/getScenarioValue.js';
import { numericScenarioPaths } from '../../src/scenario/paths/numericScenarioPaths.js';
import { ScenarioPathError } from '../../src/scenario/paths/ScenarioPathError.js';
import { setScenarioValues } from '../../src/scenario/paths/setScenarioValues.js';
import { presets } from '../../src/scenario/presets.js';
import { ScenarioError } from '../../src/scenario/ScenarioError.js';

const iraq = presets['iraq-2020'];

describe('scenario paths', () => {
  it('lists every numeric field, with policy parameters and array indices', () => {
    const paths = numericScenarioPaths(iraq);
    expect(paths).toContain('militias.0.branchingRatio');
    expect(paths).toContain('foreignForce.bases.1.protection');
    expect(paths).toContain('foreignForce.policy.params.delayDays');
    expect(paths).toContain('hostGovernment.thresholds.expulsion');
    expect(paths).not.toContain('name');
    for (const path of paths) expect(typeof getScenarioValue(iraq, path)).toBe('number');
  });

  it('reads and sets values, leaving the original untouched', () => {
    const before = JSON.stringify(iraq);
    const changed = setScenarioValues(
      iraq,
      ['militias.0.baseline', 'hostGovernment.thresholds.expulsion'],
      [0.2, 30],
    );
    expect(getScenarioValue(changed, 'militias.0.baseline')).toBe(0.2);
    expect(getScenarioValue(changed, 'hostGovernment.thresholds.expulsion')).toBe(30);
    expect(JSON.stringify(iraq)).toBe(before);
  });

  it('refuses a misspelt path with the closest valid one', () => {
    const attempt = () => setScenarioValues(iraq, ['militias.0.branchingRatoi'], [0.3]);
    expect(attempt).toThrow(ScenarioPathError);
    expect(attempt).toThrow(
      /paths\[0\] "militias\.0\.branchingRatoi".*Did you mean "militias\.0\.branchingRatio"/,
    );
    expect(() => getScenarioValue(iraq, 'name')).toThrow(ScenarioPathError);
    expect(() => getScenarioValue(iraq, 'militias.7.baseline')).toThrow(/not a numeric field/);
    expect(() => getScenarioValue(iraq, '__proto__.x')).toThrow(ScenarioPathError);
  });

  it('validates the new values against the schema, by path', () => {
    expect(() => setScenarioValues(iraq, ['militias.0.decay'], [-1])).toThrow(ScenarioError);
    expect(() => setScenarioValues(iraq, ['militias.0.decay'], [-1])).toThrow(
      /militias\[0\]\.decay|militias\.0\.decay/,
    );
    expect(() => setScenarioValues(iraq, ['militias.0.decay', 'militias.0.baseline'], [1])).toThrow(
      /values must have one entry per path \(2\), received 1/,
    );
  });
});
