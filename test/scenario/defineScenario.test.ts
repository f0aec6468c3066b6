import { describe, expect, it } from 'vitest';
import { defineScenario } from '../../src/scenario/defineScenario.js';
import type { ScenarioInput } from '../../src/scenario/Scenario.js';
import { ScenarioError } from '../../src/scenario/ScenarioError.js';

const minimal: ScenarioInput = {
  name: 'minimal',
  start: '2020-01-01',
  militias: [{ id: 'm' }],
  foreignForce: { bases: [{ id: 'b' }] },
};

function errorOf(input: unknown): ScenarioError {
  try {
    defineScenario(input as ScenarioInput);
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('defineScenario accepted an invalid scenario');
}

describe('defineScenario', () => {
  it('fills every default, so the parsed scenario is complete', () => {
    const s = defineScenario(minimal);
    expect(s.horizonDays).toBe(365);
    expect(s.militias[0]?.branchingRatio).toBe(0.4);
    expect(s.militias[0]?.rockets).toEqual({
      mean: 4,
      dispersion: 1,
      largeShare: 0.2,
      largeMean: 30,
      largeDispersion: 10,
    });
    expect(s.foreignForce.policy).toEqual({ name: 'restraint', params: {} });
    expect(s.foreignForce.bases[0]).toEqual({
      id: 'b',
      foreignPersonnel: 1000,
      hostPersonnel: 1000,
      protection: 0.5,
      hostExposure: 1,
    });
    expect(s.hostGovernment.initialPressure).toBe(0);
    expect(s.hostGovernment.thresholds).toEqual({ condemnation: 1, summon: 5, expulsion: 12 });
  });

  it('is idempotent: a parsed scenario parses to itself', () => {
    const s = defineScenario(minimal);
    expect(defineScenario(s)).toEqual(s);
  });

  it('lists every problem with its path and rule, for people', () => {
    const error = errorOf({
      name: 'typos',
      start: '2020-02-30x',
      horizonDays: 0,
      militias: [
        { id: 'kh', branchingRatoi: 0.4, decay: -1, rockets: { mean: 33, dispersion: 0 } },
      ],
      foreignForce: {
        bases: [{ id: 'taji', protection: 1.2, foreignPersonnel: 10.5 }],
        hitProbability: 2,
        policy: { name: 'titfortat' },
      },
      hostGovernment: { thresholds: { expulsion: -3 } },
    });
    expect(error.name).toBe('ScenarioError');
    expect(error.issues.length).toBe(11);
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid scenario "typos" (11 problems):
      ✖ must be an ISO date (2020-01-01) or date-time (2020-03-11T19:30:00Z), received "2020-02-30x"
        → at start
      ✖ must be > 0, received 0
        → at horizonDays
      ✖ must be > 0, received -1
        → at militias[0].decay
      ✖ must be > 0, received 0
        → at militias[0].rockets.dispersion
      ✖ unknown key "branchingRatoi" (did you mean "branchingRatio"?)
        → at militias[0]
      ✖ must be an integer, received 10.5
        → at foreignForce.bases[0].foreignPersonnel
      ✖ must be ≤ 1, received 1.2
        → at foreignForce.bases[0].protection
      ✖ must be ≤ 1, received 2
        → at foreignForce.hitProbability
      ✖ must be one of restraint, titForTat, casualtyThreshold, proportional, graduated, deliberate, massive, generousTitForTat, pressureAware, expression; received "titfortat"
        → at foreignForce.policy.name
      ✖ must be > 0, received -3
        → at hostGovernment.thresholds.expulsion
      ✖ thresholds must be ordered: condemnation ≤ summon ≤ expulsion
        → at hostGovernment.thresholds"
    `);
  });

  it('checks cross-field rules once the fields parse: ids, target bases, matrix, thresholds', () => {
    const error = errorOf({
      ...minimal,
      militias: [{ id: 'm', targetWeights: { b: 1, nowhere: 2 } }, { id: 'm' }],
      crossExcitation: [
        [0.1, 0.2],
        [0.3, 0],
      ],
      hostGovernment: { thresholds: { condemnation: 3, summon: 2 } },
    });
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid scenario "minimal" (4 problems):
      ✖ thresholds must be ordered: condemnation ≤ summon ≤ expulsion
        → at hostGovernment.thresholds
      ✖ duplicate militia id "m"
        → at militias[1].id
      ✖ unknown base "nowhere"; bases are b
        → at militias[0].targetWeights.nowhere
      ✖ diagonal must be 0: self-excitation is the militia’s branchingRatio
        → at crossExcitation[0][0]"
    `);
  });

  it('refuses an explosive attack process unless maxEvents bounds the run', () => {
    const explosive = { ...minimal, militias: [{ id: 'm', branchingRatio: 1 }] };
    expect(errorOf(explosive).message).toContain(
      'explosive attack process: branching ratio 1 is ≥ 1, so attacks grow without bound; lower it below 1 or set maxEvents to cap the run\n  → at militias[0].branchingRatio',
    );
    expect(defineScenario({ ...explosive, maxEvents: 100 }).maxEvents).toBe(100);
  });

  it('refuses cross-excitation whose spectral radius is ≥ 1 although each militia is stable', () => {
    // Branching matrix [[0.5, 0.6], [0.6, 0.5]] has eigenvalues 1.1 and -0.1.
    const error = errorOf({
      ...minimal,
      militias: [
        { id: 'a', branchingRatio: 0.5 },
        { id: 'b', branchingRatio: 0.5 },
      ],
      crossExcitation: [
        [0, 0.6],
        [0.6, 0],
      ],
    });
    expect(error.message).toContain('spectral radius 1.1 of the branching matrix');
    expect(error.issues[0]?.path).toEqual(['crossExcitation']);
  });
});

describe('defineScenario reports scenario-wide problems alongside field errors', () => {
  it('lists a duplicate id, an unknown base and a bad matrix shape next to a type error', () => {
    const input = {
      name: 'mixed',
      start: '2020-01-01',
      horizonDays: 100,
      militias: [{ id: 'm', branchingRatio: 'high', targetWeights: { nowhere: 1 } }, { id: 'm' }],
      crossExcitation: [[0.1, 0.2]],
      foreignForce: {
        bases: [{ id: 'b', name: 'B', foreignPersonnel: 10, hostPersonnel: 10 }],
        policy: { name: 'restraint' },
      },
      hostGovernment: {},
    };
    expect(() => defineScenario(input as never)).toThrowErrorMatchingInlineSnapshot(`
      [ScenarioError: Invalid scenario "mixed" (5 problems):
      ✖ must be a number, received "high"
        → at militias[0].branchingRatio
      ✖ duplicate militia id "m"
        → at militias[1].id
      ✖ unknown base "nowhere"; bases are b
        → at militias[0].targetWeights.nowhere
      ✖ weights of known bases must sum to more than 0
        → at militias[0].targetWeights
      ✖ must be a 2×2 matrix (one row and column per militia)
        → at crossExcitation]
    `);
  });
});
