import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadEvents } from '../src/data/loadEvents.js';
import { trendLogLikelihood } from '../src/hawkes/fit/trendLogLikelihood.js';
import { fitHawkes } from '../src/hawkes/fitHawkes.js';
import { hawkesLogLikelihoodGradient } from '../src/hawkes/hawkesLogLikelihoodGradient.js';
import { simulateHawkes } from '../src/hawkes/simulateHawkes.js';
import { readEventColumns } from '../src/node/cli/readEventColumns.js';
import type { BenchRow } from './hawkesBench.js';
import { timeIt } from './timeIt.js';

/**
 * The `fit` report on large files, against a bare loop in the same run: one plain pass over
 * the event times with one exp per event (the least a likelihood pass can cost). Figures:
 * the likelihood-and-gradient passes of the plain and the trend model in bare passes; the
 * default `fitHawkes` report on 1e5 events (main fit, Wald intervals, three compared models,
 * goodness of fit) in seconds and in bare passes; loading a CSV of 1e5 and 1e6 rows in
 * seconds and in bare passes, and the heap each loaded event keeps; `fit`'s reader of the
 * same 1e6 rows from a file, in pieces, and the memory each row keeps there.
 */
export function benchFit(): BenchRow[] {
  const horizon = 36_000; // the event format allows ±100 years of days
  const large = simulateHawkes(
    { baseline: 16.7, branchingRatio: 0.4, decay: 140 },
    { horizon, seed: 'bench-fit', maxEvents: 1_000_000 },
  ).times;
  const times = large.filter((_, i) => i % 10 === 0); // ~1e5 events, the same window
  const params = { baseline: 1.66, branchingRatio: 0.4, decay: 14 };
  const bare = timeIt(() => barePass(times, params.decay), 11);
  const gradient = timeIt(() => hawkesLogLikelihoodGradient(times, params, horizon), 11);
  const out = new Float64Array(4);
  const trend = timeIt(
    () => trendLogLikelihood(times, 1.66, 1e-6, 0.4, 14, horizon, true, out),
    11,
  );
  const report = timeIt(() => fitHawkes(times, { horizon }), 3, 1);
  const csv = (from: ArrayLike<number>) => {
    const lines = ['time,type'];
    for (let i = 0; i < from.length; i++) lines.push(`${from[i]},attack`);
    return `${lines.join('\n')}\n`;
  };
  const smallCsv = csv(times);
  const load = timeIt(() => loadEvents(smallCsv, { format: 'csv' }), 3, 1);
  const largeCsv = csv(large);
  const bareLarge = timeIt(() => barePass(large, params.decay), 5);
  const loadLarge = timeIt(() => loadEvents(largeCsv, { format: 'csv' }), 1, 1);
  const perEvent = retainedBytes(() => loadEvents(largeCsv, { format: 'csv' }).events);
  // The file as `fit` reads it: in 1 MiB pieces, each row kept as numbers.
  const folder = mkdtempSync(join(tmpdir(), 'escalation-sim-bench-'));
  const path = join(folder, 'events.csv');
  writeFileSync(path, largeCsv);
  const fileOptions = {
    start: undefined,
    dayPlacement: 'spread' as const,
    skipInvalid: false,
    actors: [],
    eventTypes: [],
  };
  const readLarge = timeIt(() => readEventColumns(path, fileOptions), 1, 1);
  const perRow = retainedBytes(() => {
    const { events } = readEventColumns(path, fileOptions);
    return { length: events.time.length, kept: events }; // every column the fit reads
  });
  rmSync(folder, { recursive: true, force: true });
  return [
    {
      name: `reference: a bare pass, one exp per event, ${times.length} events`,
      value: bare * 1000,
      unit: 'ms',
    },
    {
      name: 'hawkesLogLikelihoodGradient pass / bare pass',
      value: gradient / bare,
      unit: 'x',
    },
    { name: 'trendLogLikelihood pass (with gradient) / bare pass', value: trend / bare, unit: 'x' },
    { name: `fitHawkes default report, ${times.length} events`, value: report, unit: 's' },
    { name: 'fitHawkes default report / bare pass', value: report / bare, unit: 'x' },
    { name: `loadEvents CSV, ${times.length} rows`, value: load, unit: 's' },
    { name: `loadEvents CSV, ${large.length} rows`, value: loadLarge, unit: 's' },
    {
      name: 'loadEvents CSV 1e6 rows / bare pass over them',
      value: loadLarge / bareLarge,
      unit: 'x',
    },
    {
      name: 'heap kept per loaded event (1e6 rows; -1: gc not available)',
      value: perEvent,
      unit: 'bytes',
    },
    {
      name: `fit's file reader, in 1 MiB pieces, ${large.length} rows`,
      value: readLarge,
      unit: 's',
    },
    {
      name: "fit's file reader / loadEvents on the same rows",
      value: readLarge / loadLarge,
      unit: 'x',
    },
    {
      name: "memory kept per row by fit's file reader (-1: gc not available)",
      value: perRow,
      unit: 'bytes',
    },
  ];
}

/** The floor: Σ log(μ + βA_i) with A_i by recursion, one exp and one log per event. */
function barePass(times: ArrayLike<number>, beta: number): number {
  let a = 0;
  let sum = 0;
  for (let i = 1; i < times.length; i++) {
    a = Math.exp(-beta * ((times[i] as number) - (times[i - 1] as number))) * (1 + a);
    sum += Math.log(1 + a);
  }
  return sum;
}

/** Memory (heap and typed arrays) the value made by `make` keeps, per element, after a full collection. */
function retainedBytes(make: () => { readonly length: number }): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  if (typeof gc !== 'function') return -1;
  gc();
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  const kept = make();
  gc();
  const bytes = (used() - before) / kept.length;
  return kept.length > 0 ? bytes : -1;
}
