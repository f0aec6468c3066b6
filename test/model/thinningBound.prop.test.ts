import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/model/compileScenario.js';
import {
  capabilityBound,
  intensityAhead,
  redrawCandidate,
} from '../../src/model/militiaDynamics.js';
import { createRunState } from '../../src/model/RunState.js';
import { simulateRun } from '../../src/model/simulateRun.js';
import { presets } from '../../src/scenario/presets.js';

const horizon = 365;

/** A run state of the tit-for-tat preset at time `now`, with its militia state set by hand. */
function stateAt(p: {
  recovery: number;
  capability: number;
  response: number;
  excitation: number;
  now: number;
}) {
  const scenario = structuredClone(presets['tit-for-tat-spiral']);
  const militia = scenario.militias[0] as (typeof scenario.militias)[number];
  militia.recoveryRate = p.recovery;
  const state = createRunState(compileScenario(scenario), '1/0', false, []);
  state.t = p.now;
  state.capability[0] = p.capability;
  // As a hit sets it: the capability the militia recovers to by the horizon.
  state.capabilityAtHorizon[0] =
    1 - (1 - p.capability) * Math.exp(-p.recovery * (state.cs.horizon - p.now));
  state.response[0] = p.response;
  state.excitation[0] = p.excitation;
  return state;
}

const militiaState = fc.record({
  recovery: fc.oneof(fc.constant(0), fc.double({ min: 1e-4, max: 1000, noNaN: true })),
  capability: fc.oneof(
    fc.constant(0),
    fc.constant(1),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 1e-12, max: 1e-3, noNaN: true }),
  ),
  response: fc.double({ min: -1000, max: 1000, noNaN: true }),
  excitation: fc.double({ min: 0, max: 1000, noNaN: true }),
  now: fc.double({ min: 0, max: horizon - 1, noNaN: true }),
  // Where in the bound's interval to check, as a share of it.
  at: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
});

describe('the thinning bound', () => {
  it('is never below the true intensity over the interval it is used for (fast-check, 300 cases)', () => {
    fc.assert(
      fc.property(militiaState, (p) => {
        const state = stateAt(p);
        redrawCandidate(state, 0, p.now);
        const bound = state.bound[0] as number;
        const end = Math.min(state.candidate[0] as number, state.cs.horizon);
        // An infinite bound marks a window's end: it is rejected, and trivially an upper bound.
        if (bound === Number.POSITIVE_INFINITY) expect(end).toBeGreaterThanOrEqual(p.now);
        for (const share of p.at) {
          const tau = p.now + share * (end - p.now);
          if (!Number.isFinite(tau)) continue;
          const { intensity } = intensityAhead(state, 0, tau);
          // The bound is computed from the same terms; 1e-12 relative covers their rounding.
          expect(intensity).toBeLessThanOrEqual(bound * (1 + 1e-12));
        }
        const { level, until } = capabilityBound(state, 0, p.now);
        for (const share of p.at) {
          const tau = p.now + share * (Math.min(until, state.cs.horizon) - p.now);
          expect(intensityAhead(state, 0, tau).capability).toBeLessThanOrEqual(level * (1 + 1e-12));
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('is within a factor of 2 of the capability, or a window ends, when capability is far below C(T)', () => {
    const state = stateAt({
      recovery: 0.05,
      capability: 1e-6,
      response: 0,
      excitation: 0,
      now: 10,
    });
    const { level, until } = capabilityBound(state, 0, 10);
    expect(level).toBe(2e-6 + 4 * Number.EPSILON);
    // C(until) = 2e-6 exactly: 1 − (1 − 1e-6)e^{−0.05w} = 2e-6.
    const w = until - 10;
    expect(1 - (1 - 1e-6) * Math.exp(-0.05 * w)).toBeCloseTo(2e-6, 15);
    // Without the window the bound would be C(T) ≈ 1, a million times the intensity.
    expect(state.capabilityAtHorizon[0]).toBeGreaterThan(0.99);
  });

  it('keeps a strikeResponse of 1000 under titForTat to a few draws per attack', () => {
    const scenario = structuredClone(presets['tit-for-tat-spiral']);
    (scenario.militias[0] as (typeof scenario.militias)[number]).strikeResponse = 1000;
    scenario.maxEvents = 20_000;
    const state = createRunState(compileScenario(scenario), '1/0', false, []);
    const source = state.attackRng[0] as () => number;
    let draws = 0;
    (state.attackRng as (() => number)[])[0] = () => {
      draws++;
      return source();
    };
    simulateRun(state);
    // The explosive feedback reaches the event cap. With the bound at C(T) the strikes held
    // capability near 0 while C(T) stayed near 1: about 200 draws per attack, and the step
    // cap stopped the run at 10,000–15,000 attacks. Each attack takes 2 draws (candidate and
    // acceptance), each rejection or window end 2 more.
    expect(state.warnings.map((w) => w.code)).toEqual(['event-cap']);
    expect(draws / 20_000).toBeLessThan(10);
  });
});
