import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/hawkes/fit/buildModels.js';
import { fitModel } from '../../src/hawkes/fit/fitModel.js';
import { recordResolution } from '../../src/hawkes/fit/recordResolution.js';
import { strikeDecayLimit } from '../../src/hawkes/fit/strikeDecayLimit.js';
import { type StrikeEffectParams, strikeEffects } from '../../src/hawkes/fit/strikeEffect.js';
import { fitHawkes } from '../../src/hawkes/fitHawkes.js';
import { expectClose } from '../helpers/expectClose.js';
import { record, SHAPE } from './strikeEffectRecord.js';

describe('strikeDecayLimit', () => {
  it('bounds the decay by four times the mean rate, or by the time resolution when that is coarser', () => {
    // 100 attacks over 50 days: mean gap 0.5 days, a quarter of it 0.125 days, δ ≤ 8.
    expect(strikeDecayLimit(100, 50, 0)).toEqual({ upper: 8, basis: 'mean-gap' });
    expect(strikeDecayLimit(100, 50, 1 / 1440)).toEqual({ upper: 8, basis: 'mean-gap' });
    expect(strikeDecayLimit(100, 50, 1)).toEqual({ upper: 1, basis: 'time-resolution' });
    // 10 attacks over 50 days: a quarter of the mean gap is 1.25 days, longer than a day.
    expect(strikeDecayLimit(10, 50, 1)).toEqual({ upper: 0.8, basis: 'mean-gap' });
  });

  it('refuses a resolution that is not a number of days >= 0, naming it', () => {
    expect(() => strikeDecayLimit(10, 50, -1)).toThrow(/^timeResolution must be .* received -1/);
    expect(() => strikeDecayLimit(10, 0, 0)).toThrow(/^horizon must be/);
  });
});

describe('recordResolution', () => {
  it('takes the option, else reads whole-day times as dates, else continuous times', () => {
    expect(recordResolution(0.5, 30, [1.3], [])).toEqual({ timeResolution: 0.5, source: 'option' });
    expect(recordResolution(undefined, 30, [1, 4, 9], [5])).toEqual({
      timeResolution: 1,
      source: 'whole-days',
    });
    // One strike with a time of day makes the record's times continuous.
    expect(recordResolution(undefined, 30, [1, 4, 9], [5.5])).toEqual({
      timeResolution: 0,
      source: 'continuous',
    });
  });

  it('refuses a resolution outside [0, horizon), naming the field', () => {
    for (const bad of [-0.1, 30, Number.NaN, '1'])
      expect(() => recordResolution(bad as number, 30, [1, 2], [])).toThrow(
        /^timeResolution must be a number of days in \[0, horizon = 30\)/,
      );
  });
});

describe('the strike response decay limit in a fit', () => {
  const { times, strikeTimes, horizon } = record(10, 0.8, -2, 'strike-decay-limit');
  const rate = times.length / horizon;

  it('is the upper bound of strikeResponseDecay, and no start or screened point lies beyond it', () => {
    for (const timeResolution of [0, 1, 2]) {
      const spec = buildModel(times, horizon, SHAPE, { times: strikeTimes }, { timeResolution });
      const at = spec.parameters.findIndex((p) => p.name === 'strikeResponseDecay');
      const upper = strikeDecayLimit(times.length, horizon, timeResolution).upper;
      expect(spec.parameters[at]?.upper).toBe(upper);
      for (const point of [...spec.starts(), ...spec.candidates()])
        expect(point[at]).toBeLessThanOrEqual(upper);
    }
  });

  it('is stated in the result with the resolution and its source', () => {
    const options = { horizon, strikes: { times: strikeTimes }, bootstrap: 0, compare: false };
    const continuous = fitHawkes(times, { ...options, intervals: 'none' });
    expect(continuous.strikeResponseDecayLimit).toMatchObject({
      basis: 'mean-gap',
      timeResolution: 0,
      source: 'continuous',
    });
    expectClose(continuous.strikeResponseDecayLimit?.upper as number, 4 * rate, { rel: 1e-15 });
    const daily = fitHawkes(times, { ...options, intervals: 'none', timeResolution: 1 });
    expect(daily.strikeResponseDecayLimit).toMatchObject({
      upper: 1,
      basis: 'time-resolution',
      timeResolution: 1,
      source: 'option',
    });
    expect(fitHawkes(times, { horizon, bootstrap: 0 }).strikeResponseDecayLimit).toBeNull();
    expect(() => fitHawkes(times, { ...options, timeResolution: -1 })).toThrow(
      /^timeResolution must be a number of days in \[0, horizon = 50\)/,
    );
  });

  it('warns when the estimate sits on it, in place of the plain on-bound warning', () => {
    // A resolution of 5 days allows δ ≤ 0.2, below the true 0.5: the fit runs into it.
    const fit = fitHawkes(times, {
      horizon,
      strikes: { times: strikeTimes },
      bootstrap: 0,
      compare: false,
      intervals: 'none',
      timeResolution: 5,
    });
    expect(fit.strikeParams?.strikeResponseDecay).toBe(0.2);
    expect(fit.strikeResponseDecayLimit?.atLimit).toBe(true);
    const warning = fit.warnings.find((w) => w.code === 'strike-decay-limit');
    expect(warning?.message).toMatch(
      /^strikeResponseDecay sits on its limit 0\.200 per day \(a mean response duration of 5\.00 days, the record's time resolution of 5\.00 days\)/,
    );
    expect(
      fit.warnings.filter((w) => w.code === 'on-bound' && w.parameter === 'strikeResponseDecay'),
    ).toEqual([]);
  });
});

describe('a record whose clipped likelihood has a spike after the strikes', () => {
  // 500 attacks (μ = 4, n = 0.3, β = 1), 20 strikes with r = −2 at δ = 0.5. Under the old
  // bound (δ ≤ 1000 N/T) the maximum is a silence of minutes after each strike, where no
  // attack happened to fall: r̂ = −510, δ̂ = 119 N/T, a 7-day effect of −0.10 against a true
  // −1.91.
  const { times, strikeTimes, horizon } = record(20, 4, -2, 'spike-6');
  const rate = times.length / horizon;
  const strikes = { times: strikeTimes };
  const meanEffect = (params: StrikeEffectParams) => {
    const effects = strikeEffects(times, horizon, strikes, params, 7);
    return effects.reduce((a, b) => a + b, 0) / effects.length;
  };
  const trueEffect = meanEffect({
    baseline: 4,
    branchingRatio: 0.3,
    decay: 1,
    strikeResponse: -2,
    strikeResponseDecay: 0.5,
  });

  it('fits the spike under the old bound (so the check below can fail)', () => {
    const spec = buildModel(times, horizon, SHAPE, strikes);
    const old = fitModel(
      {
        ...spec,
        parameters: spec.parameters.map((p) =>
          p.name === 'strikeResponseDecay' ? { ...p, upper: 1000 * rate } : p,
        ),
      },
      { intervals: 'none', standardErrors: false },
    );
    expect(old.values.strikeResponse).toBeLessThan(-100);
    expect(old.values.strikeResponseDecay).toBeGreaterThan(100 * rate);
    expect(meanEffect(old.values as unknown as StrikeEffectParams)).toBeGreaterThan(-0.5);
  });

  it('no longer gives the spike: a deterring effect whose interval holds the truth', () => {
    const fit = fitHawkes(times, {
      horizon,
      strikes,
      bootstrap: 0,
      compare: false,
      strikeCutoff: 'chiSquare',
    });
    expect(fit.strikeParams?.strikeResponseDecay).toBeLessThan(4 * rate);
    expect(fit.strikeResponseDecayLimit?.atLimit).toBe(false);
    // Measured: r̂ −2.42, δ̂ 0.51, effect −2.32 in [−7.62, 2.33].
    const effect = fit.strikeEffect;
    expect(effect?.perStrike).toBeLessThan(-1);
    expect(effect?.lower).toBeLessThan(trueEffect);
    expect(effect?.upper).toBeGreaterThan(trueEffect);
    // The response's own profile is flat over its whole range; the effect is still bounded.
    expect(effect?.identified).toBe(false);
    expect(effect?.message).toMatch(/^not identified: the likelihood is flat/);
    expect(effect?.lowerOpen || effect?.upperOpen).toBe(false);
  });
});

describe('holding the strike response decay', () => {
  it('is refused beyond the limit, with the limit and its rule', () => {
    const { times, strikeTimes, horizon } = record(10, 0.8, -2, 'strike-decay-limit');
    expect(() =>
      fitHawkes(times, {
        horizon,
        strikes: { times: strikeTimes },
        bootstrap: 0,
        timeResolution: 1,
        fix: { strikeResponseDecay: 2 },
      }),
    ).toThrow(
      /^fix\.strikeResponseDecay must be at most 1\.00 per day on this record \(a response lasting at least 1\.00 days, its time resolution 1 day\): a faster one predicts nothing the record could contain; received 2$/,
    );
  });
});
