import fc from 'fast-check';
import type { ScenarioInput } from '../../src/scenario/Scenario.js';

const policies = [
  { name: 'restraint' },
  { name: 'titForTat', params: { delayDays: 0.5, targets: 3 } },
  { name: 'casualtyThreshold', params: { threshold: 1, count: 'sinceLastStrike' } },
  { name: 'massive', params: { targets: 10 } },
  { name: 'graduated' },
  { name: 'generousTitForTat' },
  { name: 'pressureAware' },
  { name: 'deliberate' },
] as const;

const base = (id: string) =>
  fc.record({
    id: fc.constant(id),
    // Small garrisons, so the cap on casualties (never more than the people present) binds.
    foreignPersonnel: fc.integer({ min: 0, max: 8 }),
    hostPersonnel: fc.integer({ min: 0, max: 8 }),
    protection: fc.double({ min: 0, max: 1, noNaN: true }),
    hostExposure: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 3, noNaN: true })),
  });

const militia = (id: string) =>
  fc.record({
    id: fc.constant(id),
    baseline: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
    branchingRatio: fc.double({ min: 0, max: 0.45, noNaN: true }),
    decay: fc.double({ min: 0.1, max: 4, noNaN: true }),
    strikeResponse: fc.double({ min: -2, max: 1, noNaN: true }),
    hostDeathResponse: fc.double({ min: -0.5, max: 0.3, noNaN: true }),
    strikeResponseDecay: fc.double({ min: 0.1, max: 3, noNaN: true }),
    capabilityLossPerHit: fc.double({ min: 0, max: 1, noNaN: true }),
    recoveryRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
    rockets: fc.record({
      mean: fc.double({ min: 1, max: 10, noNaN: true }),
      dispersion: fc.double({ min: 0.2, max: 20, noNaN: true }),
      largeShare: fc.double({ min: 0, max: 1, noNaN: true }),
      largeMean: fc.double({ min: 1, max: 40, noNaN: true }),
      largeDispersion: fc.double({ min: 0.2, max: 20, noNaN: true }),
    }),
  });

/**
 * Random but valid scenarios that exercise every mechanism: one or two (cross-exciting)
 * militias, tiny garrisons (so the cap on casualties binds), host exposure sometimes 0,
 * negative and positive strike responses, every kind of policy, low host thresholds and an
 * initial pressure that may already exceed them (so expulsions and withdrawals happen, and
 * thresholds start crossed), and an event cap.
 */
export const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({
    horizonDays: fc.double({ min: 20, max: 150, noNaN: true }),
    militias: fc.oneof(fc.tuple(militia('a')), fc.tuple(militia('a'), militia('b'))),
    cross: fc.double({ min: 0, max: 0.4, noNaN: true }),
    bases: fc.tuple(base('x'), base('y')),
    hitProbability: fc.double({ min: 0.05, max: 1, noNaN: true }),
    victimsPerHit: fc.double({ min: 0, max: 10, noNaN: true }),
    victimDispersion: fc.double({ min: 0.1, max: 10, noNaN: true }),
    lethality: fc.double({ min: 0, max: 1, noNaN: true }),
    initialPressure: fc.double({ min: 0, max: 20, noNaN: true }),
    intelligenceDays: fc.double({ min: 0.1, max: 20, noNaN: true }),
    hostColocatedProbability: fc.double({ min: 0, max: 1, noNaN: true }),
    policy: fc.constantFrom(...policies),
    perAttack: fc.double({ min: 0, max: 1, noNaN: true }),
    expulsion: fc.double({ min: 2, max: 15, noNaN: true }),
    withdrawalLagDays: fc.double({ min: 0, max: 40, noNaN: true }),
  })
  .map((r) => ({
    name: 'arbitrary',
    start: '2020-01-01',
    horizonDays: r.horizonDays,
    maxEvents: 3000,
    militias: [...r.militias],
    ...(r.militias.length === 2
      ? {
          crossExcitation: [
            [0, r.cross],
            [r.cross, 0],
          ],
        }
      : {}),
    foreignForce: {
      bases: [...r.bases],
      hitProbability: r.hitProbability,
      victimsPerHit: r.victimsPerHit,
      victimDispersion: r.victimDispersion,
      lethality: r.lethality,
      intelligenceDays: r.intelligenceDays,
      hostColocatedProbability: r.hostColocatedProbability,
      policy: r.policy,
    },
    hostGovernment: {
      initialPressure: r.initialPressure,
      pressure: { perAttack: r.perAttack },
      thresholds: { condemnation: 1, summon: 2, expulsion: r.expulsion },
      withdrawalLagDays: r.withdrawalLagDays,
    },
  }));
