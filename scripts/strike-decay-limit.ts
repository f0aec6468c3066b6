import { buildModel } from '../src/hawkes/fit/buildModels.js';
import { fitModel } from '../src/hawkes/fit/fitModel.js';
import type { ModelSpec } from '../src/hawkes/fit/ModelSpec.js';
import { type StrikeEffectParams, strikeEffects } from '../src/hawkes/fit/strikeEffect.js';
import { fitHawkes } from '../src/hawkes/fitHawkes.js';
import { scriptArgument } from './scriptArgument.js';
import { DEFAULT_FAMILY, STRIKE_SHAPE as SHAPE, strikeCoverageRecord } from './strikeCoverageRecord.js';

// The evidence behind the strike response decay's limit (src/hawkes/fit/strikeDecayLimit.ts).
// Records: μ given, n = 0.3, β = 1, `strikes` strikes 5 days apart from day 2.5 with response
// r = −2 spread at δ = 0.5 (the strike-coverage family at μ = 0.5; the record of the
// strike-effect cost figures at μ = 5.6, 50 strikes, seed cost-2000).
//
//   npx tsx scripts/strike-decay-limit.ts --scan [--mu 5.6] [--strikes 50] [--prefix cost]
//     [--from 0] [--to 8]
// For each record: the maximum with δ capped at k·N/T for k = 1000 (the old bound), 10, 4
// and 2, with δ̂ in units of N/T and r̂. Measured: on cost-0…7 (about 1,900 attacks) δ̂ went
// to 290 and 1000 N/T on two records (the others below 7); the profile of cost-2000 over δ
// rises from δ = 10 to 1000 per day (N/T = 7.45) by 2.3 log-likelihood units. On the
// coverage records strike-coverage-0…29 (about 60 attacks, true δ = 2 N/T) δ̂ stayed below
// 5.4 N/T but on three (up to 13.9 N/T, r̂ down to −78).
//
//   npx tsx scripts/strike-decay-limit.ts [--mu 5.6] [--strikes 50] [--seed cost-2000]
// One record fitted by fitHawkes as a user would (no comparison, no Poisson test, χ²₁
// cut-off), against the same search under the old bound: the estimates, the mean 7-day
// effect with its interval, and the true effect on that record.
const mu = Number(scriptArgument('mu', '5.6'));
const strikes = Number(scriptArgument('strikes', '50'));

/** A record of the cost family: μ given, n 0.3, β 1, r −2, δ 0.5, a strike every 5 days. */
const record = (seed: string) =>
  strikeCoverageRecord(strikes, seed, { ...DEFAULT_FAMILY, baseline: mu });

/** The spec with the strike decay's upper bound at `k` events per day of the mean rate. */
function capped(spec: ModelSpec, k: number, rate: number): ModelSpec {
  return {
    ...spec,
    parameters: spec.parameters.map((p) =>
      p.name === 'strikeResponseDecay' ? { ...p, upper: k * rate } : p,
    ),
  };
}

const line = (x: unknown) => process.stdout.write(`${JSON.stringify(x)}\n`);

if (process.argv.includes('--scan')) {
  const prefix = scriptArgument('prefix', 'cost');
  const from = Number(scriptArgument('from', '0'));
  const to = Number(scriptArgument('to', '8'));
  for (let i = from; i < to; i++) {
    const { times, strikeTimes, horizon } = record(`${prefix}-${i}`);
    const spec = buildModel(times, horizon, SHAPE, { times: strikeTimes });
    const rate = times.length / horizon;
    const row: Record<string, unknown> = { seed: `${prefix}-${i}`, events: times.length };
    for (const k of [1000, 10, 4, 2]) {
      const fit = fitModel(capped(spec, k, rate), { intervals: 'none', standardErrors: false });
      row[`k${k}`] = {
        logLikelihood: Number(fit.logLikelihood.toFixed(3)),
        decayOverRate: Number(((fit.values.strikeResponseDecay as number) / rate).toPrecision(3)),
        response: Number((fit.values.strikeResponse as number).toPrecision(3)),
      };
    }
    line(row);
  }
} else {
  const seed = scriptArgument('seed', 'cost-2000');
  const { times, strikeTimes, horizon } = record(seed);
  const rate = times.length / horizon;
  const spec = buildModel(times, horizon, SHAPE, { times: strikeTimes });
  const old = fitModel(capped(spec, 1000, rate), { intervals: 'none', standardErrors: false });
  const truth: StrikeEffectParams = {
    baseline: mu,
    branchingRatio: 0.3,
    decay: 1,
    strikeResponse: -2,
    strikeResponseDecay: 0.5,
  };
  const meanEffect = (params: StrikeEffectParams) => {
    const e = strikeEffects(times, horizon, { times: strikeTimes }, params, 7);
    return e.reduce((a, b) => a + b, 0) / e.length;
  };
  const started = process.cpuUsage();
  const fit = fitHawkes(times, {
    horizon,
    strikes: { times: strikeTimes },
    compare: false,
    bootstrap: 0,
    strikeCutoff: 'chiSquare',
  });
  const cpu = process.cpuUsage(started);
  const trueEffect = meanEffect(truth);
  const effect = fit.strikeEffect;
  line({
    seed,
    events: times.length,
    oldBound: {
      logLikelihood: old.logLikelihood,
      strikeResponse: old.values.strikeResponse,
      strikeResponseDecay: old.values.strikeResponseDecay,
      effect: meanEffect(old.values as unknown as StrikeEffectParams),
    },
    limited: {
      limit: fit.strikeResponseDecayLimit,
      logLikelihood: fit.logLikelihood,
      strikeResponse: fit.strikeParams?.strikeResponse,
      strikeResponseDecay: fit.strikeParams?.strikeResponseDecay,
      effect: effect?.perStrike,
      interval: [effect?.lower, effect?.upper],
      warnings: fit.warnings.map((w) => w.code),
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    },
    trueEffect,
    covered:
      effect?.lower !== null &&
      effect?.upper !== null &&
      (effect?.lower as number) <= trueEffect &&
      trueEffect <= (effect?.upper as number),
  });
}
