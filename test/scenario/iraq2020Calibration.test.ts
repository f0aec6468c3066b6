import { describe, expect, it } from 'vitest';
import { iraq2020Priors } from '../../src/calibrate/priors/defaultPriors.js';
import { getScenarioValue } from '../../src/scenario/paths/getScenarioValue.js';
import { IRAQ_2020_CALIBRATION } from '../../src/scenario/presets/iraq2020Calibration.js';
import { iraq2020ForReading } from '../../src/scenario/presets/iraq2020ForReading.js';
import { presets } from '../../src/scenario/presets.js';

// The calibrated defaults are written by scripts/calibrate-iraq-2020.ts; the slow suite
// checks the file against a fresh calibration (iraq2020Calibration.slow.test.ts).
describe('the calibrated iraq-2020 preset', () => {
  it('sets every parameter of the documented prior set, with its provenance', () => {
    const paths = IRAQ_2020_CALIBRATION.defaults.map((d) => d.path);
    expect(paths.sort()).toEqual(Object.keys(iraq2020Priors()).sort());
    for (const d of IRAQ_2020_CALIBRATION.defaults) {
      expect(getScenarioValue(presets['iraq-2020'], d.path)).toBe(d.value);
      expect(d.source).toMatch(/^(calibrated: ABC posterior median|assumption: the prior median)/);
    }
    expect(IRAQ_2020_CALIBRATION.diagnostics.map((d) => d.reading)).toEqual([
      'iraq-2020:table',
      'iraq-2020:text',
      'iraq-2020:wire',
    ]);
  });

  it('calibrates to one reading: its own median where the record identifies a parameter, the prior median where not', () => {
    for (const reading of ['table', 'text', 'wire'] as const) {
      const scenario = iraq2020ForReading(reading);
      expect(scenario.description).toContain(`"${reading}" reading`);
      for (const d of IRAQ_2020_CALIBRATION.defaults) {
        const value = getScenarioValue(scenario, d.path);
        expect(value).toBe(d.byReading[reading]);
        if (d.source.startsWith('assumption')) expect(value).toBe(d.value);
        else expect(d.source).toContain(`${reading} ${value}`);
      }
    }
    // The readings date the attacks differently, so at least one identified value differs.
    const baseline = (r: 'table' | 'wire') => iraq2020ForReading(r).militias[0]?.baseline;
    expect(baseline('table')).not.toBe(baseline('wire'));
    expect(() => iraq2020ForReading('cable' as never)).toThrow(
      /^reading must be one of table, text, wire, received "cable"/,
    );
  });
});
