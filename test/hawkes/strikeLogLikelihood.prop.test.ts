import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strikeShocks } from '../../src/hawkes/fit/strikeInput.js';
import {
  STRIKE_GRADIENT_ORDER,
  type StrikeModelParams,
  strikeLogLikelihood,
} from '../../src/hawkes/fit/strikeLogLikelihood.js';
import { mergeStreams } from '../../src/hawkes/markedEvents.js';
import { simulateMultivariateHawkes } from '../../src/hawkes/simulateMultivariateHawkes.js';
import { walkIntensity } from '../../src/hawkes/walkIntensity.js';
import { createRng } from '../../src/random/createRng.js';
import { expectClose } from '../helpers/expectClose.js';

/** The general clipped-intensity walk: an independent computation of the same likelihood. */
function walked(
  times: Float64Array,
  strikes: { times: number[]; hostKilled: number[] },
  p: StrikeModelParams,
  horizon: number,
): number {
  const walk = walkIntensity(
    mergeStreams([times], horizon),
    {
      baseline: [p.baseline],
      branchingRatio: [[p.branchingRatio]],
      decay: [p.decay],
      trend: [p.trend],
    },
    strikeShocks(strikes, p.strikeResponse, p.hostDeathResponse, p.strikeResponseDecay),
    horizon,
    false,
  );
  return walk.logIntensitySum - (walk.integrals[0] as number);
}

/** Sign changes of η on a fine grid: how often the intensity clips in a case. */
function crossings(
  times: Float64Array,
  strikes: { times: number[]; hostKilled: number[] },
  p: StrikeModelParams,
  horizon: number,
): number {
  let count = 0;
  let previous = 1;
  for (let step = 1; step <= 1000; step++) {
    const t = (step / 1000) * horizon;
    let eta = p.baseline * Math.exp(p.trend * t);
    for (const ti of times)
      if (ti < t) eta += p.branchingRatio * p.decay * Math.exp(-p.decay * (t - ti));
    strikes.times.forEach((s, j) => {
      if (s < t)
        eta +=
          (p.strikeResponse + p.hostDeathResponse * (strikes.hostKilled[j] as number)) *
          p.strikeResponseDecay *
          Math.exp(-p.strikeResponseDecay * (t - s));
    });
    if (Math.sign(eta) !== Math.sign(previous) && eta !== 0) count++;
    previous = eta === 0 ? previous : eta;
  }
  return count;
}

// Strike models in the ranges a fit searches, with responses strong enough to silence
// attacks for a while and host deaths that make some strikes provoke and others deter.
const cases = fc.record({
  seed: fc.integer({ min: 0, max: 1e6 }),
  horizon: fc.double({ min: 20, max: 80, noNaN: true }),
  baseline: fc.double({ min: 0.2, max: 2, noNaN: true }),
  // Subnormal trends are left out: the reference walk's e^{γt} integral loses its digits there.
  trendScale: fc.double({ min: -2, max: 2, noNaN: true }).map((x) => (Math.abs(x) < 1e-9 ? 0 : x)),
  branchingRatio: fc.double({ min: 0, max: 0.8, noNaN: true }),
  decay: fc.double({ min: 0.1, max: 5, noNaN: true }),
  strikeResponse: fc.double({ min: -6, max: 1, noNaN: true }),
  strikeResponseDecay: fc.double({ min: 0.1, max: 3, noNaN: true }),
  hostDeathResponse: fc.double({ min: -2, max: 2, noNaN: true }),
  strikes: fc.integer({ min: 1, max: 10 }),
});

type Case = typeof cases extends fc.Arbitrary<infer T> ? T : never;

/** Draw events from the clipped process itself, so none falls where λ = 0. */
function draw(c: Case) {
  const rng = createRng(`strike-gradient-${c.seed}`);
  const strikeTimes = Array.from({ length: c.strikes }, () => rng() * c.horizon).sort(
    (x, y) => x - y,
  );
  const hostKilled = strikeTimes.map(() => Math.floor(rng() * 4));
  const p: StrikeModelParams = { ...c, trend: c.trendScale / c.horizon };
  const shocks = strikeShocks(
    { times: strikeTimes, hostKilled },
    p.strikeResponse,
    p.hostDeathResponse,
    p.strikeResponseDecay,
  );
  const [times] = simulateMultivariateHawkes(
    {
      baseline: [p.baseline],
      branchingRatio: [[p.branchingRatio]],
      decay: [p.decay],
      trend: [p.trend],
    },
    { horizon: c.horizon, seed: `strike-gradient-events-${c.seed}`, shocks },
  ).times as [Float64Array];
  return { times, strikes: { times: strikeTimes, hostKilled }, p };
}

/** ∂ℓ/∂θ_q by Richardson-extrapolated central differences (error O(h⁴)). */
function numericalPartial(
  f: (p: StrikeModelParams) => number,
  p: StrikeModelParams,
  name: (typeof STRIKE_GRADIENT_ORDER)[number],
  horizon: number,
): number {
  // Steps on each parameter's own scale: a trend acts through γt with t up to the horizon.
  const scale =
    name === 'trend'
      ? 1 / horizon
      : name === 'baseline' || name === 'decay' || name === 'strikeResponseDecay'
        ? p[name]
        : Math.max(1, Math.abs(p[name]));
  const h = 1e-4 * scale;
  const at = (step: number) => f({ ...p, [name]: p[name] + step });
  const central = (step: number) => (at(step) - at(-step)) / (2 * step);
  return (4 * central(h / 2) - central(h)) / 3;
}

describe('strikeLogLikelihood', () => {
  it('equals the general intensity walk (fast-check, 100 cases)', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { times, strikes, p } = draw(c);
        const value = strikeLogLikelihood(
          times,
          strikes.times,
          strikes.hostKilled,
          p,
          c.horizon,
          null,
        );
        expectClose(value, walked(times, strikes, p, c.horizon), { abs: 1e-9, rel: 1e-10 });
      }),
      { numRuns: 100, seed: 6 },
    );
  });

  it('has the gradient of finite differences, also where η crosses 0 several times (fast-check, 100 cases)', () => {
    let several = 0;
    fc.assert(
      fc.property(cases, (c) => {
        const { times, strikes, p } = draw(c);
        const f = (q: StrikeModelParams) =>
          strikeLogLikelihood(times, strikes.times, strikes.hostKilled, q, c.horizon, null);
        const out = new Float64Array(7);
        const value = strikeLogLikelihood(
          times,
          strikes.times,
          strikes.hostKilled,
          p,
          c.horizon,
          out,
        );
        expect(value).toBe(f(p));
        if (crossings(times, strikes, p, c.horizon) >= 2) several++;
        STRIKE_GRADIENT_ORDER.forEach((name, q) => {
          const numeric = numericalPartial(f, p, name, c.horizon);
          // Richardson's truncation error is O(h⁴) ≈ 1e-16 of the third derivative's scale; the
          // rounding error is about ε·|ℓ|/h ≈ 1e-12·|ℓ| with h = 1e-4.
          expectClose(out[q] as number, numeric, { abs: 1e-6 * (1 + Math.abs(value)), rel: 1e-6 });
        });
      }),
      { numRuns: 100, seed: 10 },
    );
    // The property must have met the case it is about.
    expect(several).toBeGreaterThan(10);
  });
});
