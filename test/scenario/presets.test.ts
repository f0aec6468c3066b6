import { describe, expect, it } from 'vitest';
import { hawkesExpectedCount } from '../../src/hawkes/hawkesExpectedCount.js';
import { runScenario } from '../../src/model/runScenario.js';
import { defineScenario } from '../../src/scenario/defineScenario.js';
import { IRAQ_2020_ATTACK_PROCESS } from '../../src/scenario/MilitiaSpec.js';
import { presets } from '../../src/scenario/presets.js';
import { scenarioJsonSchema } from '../../src/scenario/scenarioJsonSchema.js';
import { expectClose } from '../helpers/expectClose.js';

describe('presets', () => {
  it.each(Object.entries(presets))('%s parses to itself and runs', (name, preset) => {
    expect(preset.name).toBe(name);
    expect(defineScenario(preset)).toEqual(preset);
    const run = runScenario(preset, { seed: 'preset' });
    expect(run.warnings).toEqual([]);
    for (const value of Object.values(run.outcomes)) {
      if (value !== null) expect(Number.isFinite(value)).toBe(true);
    }
    expect(run.outcomes.attacks).toBeGreaterThan(0);
  });

  it('the schema’s default attack process implies what its documentation says', () => {
    // Closed form E[N(T)] = μT/(1−n) − μn(1 − e^{−(1−n)βT})/(β(1−n)²): 120μ = 9 for n = 0.4,
    // β = 1/3, T = 74, and μ(365/0.6 − 10/3) = 45.375 over a year (e^{−14.8}, e^{−73} below 1e-6).
    const { baseline, branchingRatio, decay, windowDays, windowAttacks } = IRAQ_2020_ATTACK_PROCESS;
    const process = { baseline, branchingRatio, decay };
    expectClose(hawkesExpectedCount(process, windowDays), windowAttacks, { rel: 1e-6 });
    expectClose(hawkesExpectedCount(process, 365), 45.375, { rel: 1e-6 });
    const schema = JSON.stringify(scenarioJsonSchema());
    expect(schema).toContain('Default: 0.075. Source: assumption: about one untriggered attack');
    expect(schema).not.toContain('January taken as observed');
  });

  it('iraq-2020: target weights are the attack counts per base in the source table', () => {
    // Table rows: Green Zone/Embassy Jan 27, Feb 15, Mar 2, Mar 5; Camp Taji Mar 7, Mar 13;
    // K1 Feb 13; Makhmour Feb 21; Sadiq Mar 1.
    const weights = presets['iraq-2020'].militias[0]?.targetWeights ?? {};
    expect(weights).toEqual({
      'green-zone': 4,
      'camp-taji': 2,
      'k1-kirkuk': 1,
      makhmour: 1,
      sadiq: 1,
    });
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBe(9);
  });

  it('the generic presets differ in their dynamics, as their documentation says', () => {
    const mean = (
      preset: keyof typeof presets,
      outcome: 'attacks' | 'strikes' | 'foreignKilled' | 'expulsionDemanded',
    ) => {
      let sum = 0;
      for (let r = 0; r < 40; r++)
        sum += runScenario(presets[preset], { seed: 5, replicate: r, keepEvents: false }).outcomes[
          outcome
        ];
      return sum / 40;
    };
    expect(mean('restraint', 'strikes')).toBe(0);
    expect(mean('deterrence-by-denial', 'foreignKilled')).toBeLessThan(
      mean('restraint', 'foreignKilled'),
    );
    expect(mean('tit-for-tat-spiral', 'expulsionDemanded')).toBeGreaterThan(0.5);
    expect(mean('massive-retaliation', 'attacks')).toBeLessThan(mean('restraint', 'attacks') / 2);
  });
});

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema();

  it('requires only what has no default', () => {
    expect(schema.required).toEqual(['name', 'start', 'militias', 'foreignForce']);
  });

  it('documents every number with its unit, default and source', () => {
    const undocumented: string[] = [];
    // A number inside an array or record (a matrix entry, a weight) is documented by it.
    const walk = (node: unknown, path: string, inherited = ''): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      const text = typeof n.description === 'string' ? n.description : inherited;
      if (n.type === 'number' || n.type === 'integer') {
        if (!(text.includes('Unit:') && text.includes('Default:') && text.includes('Source:')))
          undocumented.push(path);
      }
      for (const [key, child] of Object.entries(n)) walk(child, `${path}/${key}`, text);
    };
    // Policy parameters are documented by the policy catalogue in its own words.
    const { policy: _policy, ...force } =
      (schema.properties as Record<string, { properties: Record<string, unknown> }>).foreignForce
        ?.properties ?? {};
    walk(
      {
        ...schema,
        properties: { ...(schema.properties as object), foreignForce: { properties: force } },
      },
      '',
    );
    expect(undocumented).toEqual([]);
  });
});
