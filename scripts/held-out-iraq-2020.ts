// Held-out prediction on the documented 2020 record: under each reading, calibrate the
// iraq-2020 model (replay mode, the documented prior set iraq2020Priors) on the record up to
// a cut, predict the weeks after it, and print where the observed weeks fall in the
// predictive distribution: the observed count beside the predictive median, 50% and 90%
// intervals, and its PIT range [P(X < x), P(X ≤ x)] (uniform over records if the model
// predicts well; near 1 means more attacks than the model expected).
//
//   npx tsx scripts/held-out-iraq-2020.ts [--cut 0.5] [--particles 500] [--seed 2020] [--workers 2]
//
// The cut is a fraction of the record's window (0.5: its first half); the weeks run from the
// cut to the record's end (the last may be shorter). Nothing here is tuned to the dates.
import { observedFromReading } from '../src/calibrate/observed/observedFromReading.js';
import type { PredictedStatistic } from '../src/calibrate/Posterior.js';
import { iraq2020Priors } from '../src/calibrate/priors/defaultPriors.js';
import { IRAQ_2020_READINGS } from '../src/data/iraq2020/iraq2020Reading.js';
import type { ReadingName } from '../src/data/iraq2020/types.js';
import { calibrateParallel } from '../src/node/calibrate/calibrateParallel.js';
import { iraq2020Uncalibrated } from '../src/scenario/presets/iraq2020.js';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value)) throw new RangeError(`--${name} must be a number`);
  return value;
};
const cut = option('cut', 0.5);
const particles = option('particles', 500);
const seed = option('seed', 2020);
const workers = option('workers', 2);
if (!(cut > 0 && cut < 1)) throw new RangeError(`--cut must be in (0, 1), received ${cut}`);

const date = (start: string, days: number) =>
  new Date(Date.parse(`${start.slice(0, 10)}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
const f = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
const row = (label: string, p: PredictedStatistic) =>
  `  ${label.padEnd(34)} ${f(p.observed ?? Number.NaN).padStart(5)}  ${f(p.median).padStart(5)}  ${`[${f(p.q25)}, ${f(p.q75)}]`.padEnd(14)}` +
  `[${f(p.q05)}, ${f(p.q95)}]`.padEnd(14) +
  `${(p.lowerTail ?? Number.NaN).toFixed(2)}–${((p.lowerTail ?? 0) + (p.tieMass ?? 0)).toFixed(2)}`;

for (const reading of Object.keys(IRAQ_2020_READINGS) as ReadingName[]) {
  const record = observedFromReading(reading);
  const { from, to } = record.window;
  const end = from + cut * (to - from);
  const weeks = [];
  for (let a = end; a < to - 1e-9; a += 7) weeks.push({ from: a, to: Math.min(to, a + 7) });
  const posterior = await calibrateParallel(iraq2020Uncalibrated, record, {
    parameters: iraq2020Priors(),
    window: { from, to: end },
    predict: [...weeks, { from: end, to }],
    particles,
    seed,
    workers,
  });
  const seen = record.attacks.filter((x) => x.time !== null && x.time > from && x.time <= end);
  process.stdout.write(
    `\n${record.label}: calibrated on ${date(record.start, from)} – ${date(record.start, end)} (${seen.length} attacks after the first), ${posterior.diagnostics.simulations} simulations, ESS ${posterior.diagnostics.effectiveSampleSize.toFixed(0)}\n`,
  );
  process.stdout.write(
    `  ${'held out'.padEnd(34)} ${'obs'.padStart(5)}  ${'med'.padStart(5)}  ${'50% interval'.padEnd(14)}90% interval  PIT range\n`,
  );
  posterior.predictions.forEach((p, k) => {
    const label =
      k < weeks.length
        ? `attacks ${date(record.start, p.window.from - 0)} – ${date(record.start, p.window.to)}`
        : 'attacks, all held-out days';
    const attacks = p.statistics.find((s) => s.statistic === 'attacks');
    if (attacks) process.stdout.write(`${row(label, attacks)}\n`);
  });
  const all = posterior.predictions.at(-1);
  for (const s of all?.statistics ?? [])
    if (s.statistic !== 'attacks') process.stdout.write(`${row(`${s.statistic}, held out`, s)}\n`);
}
