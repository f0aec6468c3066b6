// The declared scenario types are generated from the zod schemas (one source for the field
// documentation); the checked-in file must be what the generator writes now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateScenarioTypes, SCENARIO_TYPES_FILE } from '../../scripts/scenarioTypesSource.js';

describe('generated scenario types', () => {
  const generated = generateScenarioTypes();

  it('are up to date with the schemas (run `npm run generate:types` after changing one)', () => {
    expect(readFileSync(SCENARIO_TYPES_FILE, 'utf8') === generated).toBe(true);
  });

  it('carry each field’s description, unit, bounds, source and default', () => {
    const start = generated.indexOf('export interface MilitiaSpecFields');
    const militia = generated.slice(start, generated.indexOf('\n}\n', start));
    const baseline = militia.slice(
      militia.indexOf('Baseline attack rate'),
      militia.indexOf('baseline: number;'),
    );
    expect(baseline).toContain('Unit: attacks per day.');
    expect(baseline).toContain('Bounds: ≥ 0, ≤ 1000.');
    expect(baseline).toContain('Source: assumption: about one untriggered attack every two weeks');
    expect(baseline).toContain('@defaultValue 0.075');
    // As written, a defaulted field may be left out; once parsed it is always there.
    expect(generated).toMatch(
      /export interface MilitiaSpecInputFields \{[^}]*?baseline\?: number \| undefined;/s,
    );
    expect(generated).toContain('  rockets: RocketsSpec;');
    expect(generated).toContain('  rockets?: RocketsSpecInput | undefined;');
  });
});
