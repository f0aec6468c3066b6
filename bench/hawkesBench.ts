import { fitHawkes } from '../src/hawkes/fitHawkes.js';
import { hawkesLogLikelihood } from '../src/hawkes/hawkesLogLikelihood.js';
import { hawkesLogLikelihoodGradient } from '../src/hawkes/hawkesLogLikelihoodGradient.js';
import { simulateHawkes } from '../src/hawkes/simulateHawkes.js';
import { simulateHawkesClusters } from '../src/hawkes/simulateHawkesClusters.js';
import { createRng } from '../src/random/createRng.js';
import { timeIt } from './timeIt.js';

/** One benchmark figure. */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/**
 * The Hawkes core's speed: simulation events per second (baseline 0.2, branching ratio 0.5,
 * decay 1, about 1e6 events), log-likelihood passes per second on 1e5 events, and the time
 * of a maximum-likelihood fit on 1e3 and 1e5 events — the point estimate with standard
 * errors, and for 1e3 the full default report (profiles, bootstrap, comparison).
 */
export function benchHawkes(): BenchRow[] {
  const params = { baseline: 0.2, branchingRatio: 0.5, decay: 1 };
  const horizon = 2.5e6; // E[N] = μT/(1 − n) ≈ 1e6
  const simulated = simulateHawkes(params, { horizon, seed: 'bench' }).times;
  const events = simulated.length;
  const thinning = timeIt(() => simulateHawkes(params, { horizon, seed: 'bench' }));
  const clusters = timeIt(() => simulateHawkesClusters(params, { horizon, seed: 'bench' }), 3);
  const reference = timeIt(() =>
    bareThinning(params.baseline, params.branchingRatio, params.decay, horizon),
  );
  const sample = simulated.slice(0, 1e5);
  const window = sample[sample.length - 1] as number;
  const passes = 20;
  const likelihood = timeIt(() => {
    for (let i = 0; i < passes; i++) hawkesLogLikelihood(sample, params, window);
  });
  const gradient = timeIt(() => {
    for (let i = 0; i < passes; i++) hawkesLogLikelihoodGradient(sample, params, window);
  });
  const small = simulated.slice(0, 1e3);
  const smallWindow = small[small.length - 1] as number;
  const quick = { bootstrap: 0, compare: false, intervals: 'wald' } as const;
  return [
    {
      name: 'simulateHawkes (Ogata thinning), ~1e6 events',
      value: events / thinning,
      unit: 'events/s',
    },
    { name: 'simulateHawkesClusters, ~1e6 events', value: events / clusters, unit: 'events/s' },
    {
      name: 'reference: a bare typed-array thinning loop (no checks), same run',
      value: events / reference,
      unit: 'events/s',
    },
    { name: 'hawkesLogLikelihood, 1e5 events', value: passes / likelihood, unit: 'passes/s' },
    { name: 'hawkesLogLikelihoodGradient, 1e5 events', value: passes / gradient, unit: 'passes/s' },
    {
      name: 'fitHawkes 1e3 events (estimates + standard errors)',
      value: 1000 * timeIt(() => fitHawkes(small, { horizon: smallWindow, ...quick })),
      unit: 'ms',
    },
    {
      name: 'fitHawkes 1e5 events (estimates + standard errors)',
      value: 1000 * timeIt(() => fitHawkes(sample, { horizon: window, ...quick }), 9),
      unit: 'ms',
    },
    {
      name: 'fitHawkes 1e3 events, full report (profiles, 199 bootstrap fits, comparison)',
      value: 1000 * timeIt(() => fitHawkes(small, { horizon: smallWindow }), 1, 0),
      unit: 'ms',
    },
  ];
}

/**
 * The yardstick: Ogata thinning as a bare loop over a preallocated typed array with the
 * same generator, no validation and no options. Measured in the same run, so the ratio to
 * `simulateHawkes` does not depend on how busy the machine is.
 */
function bareThinning(mu: number, n: number, beta: number, horizon: number): number {
  const rng = createRng('bench');
  const times = new Float64Array(Math.ceil((3 * mu * horizon) / (1 - n)));
  let count = 0;
  let t = 0;
  let excitation = 0;
  for (;;) {
    const bound = mu + excitation;
    const gap = -Math.log(1 - rng()) / bound;
    t += gap;
    if (t > horizon) break;
    excitation *= Math.exp(-beta * gap);
    if (rng() * bound <= mu + excitation) {
      times[count++] = t;
      excitation += n * beta;
    }
  }
  return count;
}
