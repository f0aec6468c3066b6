import { readFileSync } from 'node:fs';
import type { AbcProgress } from '../../../calibrate/abc/abcTypes.js';
import { attributeByMaximumLikelihood } from '../../../calibrate/attributeByMaximumLikelihood.js';
import { attributeObservedAttacks } from '../../../calibrate/attributeObservedAttacks.js';
import { calibrate } from '../../../calibrate/calibrate.js';
import { compareMechanisms } from '../../../calibrate/modelChoice/compareMechanisms.js';
import { strikeResponseMechanisms } from '../../../calibrate/modelChoice/strikeResponseMechanisms.js';
import type { ObservedRecord } from '../../../calibrate/observed/ObservedRecord.js';
import { observedFromEvents } from '../../../calibrate/observed/observedFromEvents.js';
import { observedFromReading } from '../../../calibrate/observed/observedFromReading.js';
import type { Posterior } from '../../../calibrate/Posterior.js';
import { poolPosteriors } from '../../../calibrate/poolPosteriors.js';
import { posteriorPredictiveCheck } from '../../../calibrate/posteriorPredictiveCheck.js';
import type { DayWindow } from '../../../calibrate/prepareCalibration.js';
import { attackProcessPriors, iraq2020Priors } from '../../../calibrate/priors/defaultPriors.js';
import type { Prior } from '../../../calibrate/priors/Prior.js';
import { IRAQ_2020_READINGS } from '../../../data/iraq2020/iraq2020Reading.js';
import type { ReadingName } from '../../../data/iraq2020/types.js';
import { toDays } from '../../../data/toDays.js';
import type { Scenario } from '../../../scenario/Scenario.js';
import { calibrateParallel } from '../../calibrate/calibrateParallel.js';
import { CliError } from '../CliError.js';
import type { MleAttributionOrError } from '../formatAttributions.js';
import { formatCalibration } from '../formatCalibration.js';
import { type CliIo, emit } from '../io.js';
import { loadEventFile } from '../loadEventFile.js';
import { decimalOption, parseCommand, seedOption, singleInput } from '../parseOptions.js';
import { toJson } from '../toJson.js';
import { loadScenarioArgument } from './scenario.js';

export const calibrateHelp = `Usage: escalation-sim calibrate <iraq-2020 | events file> [options]

Calibrate a scenario to an observed record by ABC-SMC: which parameter values make simulated
records look like the observed one, and how sure we can be. Prints each parameter's posterior
beside its prior (median and 90% interval) and how much the record narrowed it, for each
reading of the 2020 record side by side; what the record cannot identify; predictions for
weeks the calibration did not see; the attribution of the attacks (background, triggered,
provoked) averaged over the posterior and under the maximum-likelihood fit of the attack
process; and the diagnostics of the run.

Options:
  --scenario S     preset or scenario file (default: iraq-2020 for the iraq-2020 record)
  --reading R      table, text, wire or all (default all; iraq-2020 only); with all, --out
                   writes the three posteriors pooled with equal weight
  --mode M         replay (default: the record's strikes imposed) or generative (the
                   scenario's policy decides; strike statistics join the distance)
  --priors FILE    JSON object of priors by scenario path, e.g.
                   {"militias.0.baseline": {"type": "logUniform", "min": 0.01, "max": 1}}
                   (default: the documented iraq-2020 prior set, or the attack-process
                   priors of militia 0 for other scenarios)
  --window A:B     calibrate on this part of the record (ISO dates or days from its start)
  --predict A:B    windows to predict, comma-separated (default for iraq-2020: the days
                   before the record and the four weeks after it)
  --particles N    particles per population (default 1000)
  --budget N       at most N simulations in all per reading (default 200000)
  --seed S         seed (default 1): the same seed gives the same posterior
  --workers N      worker threads (default 1); the posterior does not depend on N
  --start DATE     day 0 of an events file (default: its first date)
  --checks N       posterior predictive simulations per reading (default 500; 0: none)
  --mechanisms N   simulations of the model choice between "retaliation deters",
                   "provokes" and "no effect" per reading (default 5000; 0: none)
  --json           JSON: every posterior in full (and the pool), with the checks
  --progress       show progress on stderr even when it is not a terminal
  --out FILE       write the posterior (the pool with --reading all) as JSON to FILE, for
                   'escalation-sim run <scenario> --posterior FILE'
  -h, --help       show this help

Example:
  escalation-sim calibrate iraq-2020 --reading wire --particles 500 --out posterior.json
`;

const READINGS = Object.keys(IRAQ_2020_READINGS) as ReadingName[];

/** `escalation-sim calibrate`: ABC calibration of a scenario to a record. */
export async function calibrateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    'calibrate',
    args,
    {
      scenario: { type: 'string' },
      reading: { type: 'string' },
      mode: { type: 'string' },
      priors: { type: 'string' },
      window: { type: 'string' },
      predict: { type: 'string' },
      particles: { type: 'string' },
      budget: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
      start: { type: 'string' },
      checks: { type: 'string' },
      mechanisms: { type: 'string' },
      json: { type: 'boolean' },
      progress: { type: 'boolean' },
      out: { type: 'string' },
    },
    calibrateHelp,
    io,
  );
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  const source = singleInput(
    'calibrate',
    positionals,
    'calibrate needs a record: iraq-2020 or an events file (CSV or JSON)',
  );
  const particles = decimalOption('particles', values.particles, 2, 1_000_000) ?? 1000;
  const budget = decimalOption('budget', values.budget, particles, 1_000_000_000);
  const workers = decimalOption('workers', values.workers, 1, 256) ?? 1;
  const checks = decimalOption('checks', values.checks, 0, 1_000_000) ?? 500;
  const mechanismSimulations =
    decimalOption('mechanisms', values.mechanisms, 0, 10_000_000) ?? 5000;
  const seed = seedOption(values.seed ?? '1');
  const mode = values.mode ?? 'replay';
  if (mode !== 'replay' && mode !== 'generative')
    throw new CliError(`--mode must be replay or generative, received ${JSON.stringify(mode)}`, 2);

  const isIraq = source === 'iraq-2020';
  if (!isIraq && values.reading !== undefined)
    throw new CliError('--reading applies to the iraq-2020 record only', 2);
  const reading = values.reading ?? 'all';
  if (isIraq && reading !== 'all' && !READINGS.includes(reading as ReadingName))
    throw new CliError(
      `--reading must be one of ${READINGS.join(', ')} or all, received ${JSON.stringify(reading)}`,
      2,
    );
  if (!isIraq && values.scenario === undefined)
    throw new CliError(
      '--scenario is required with an events file: a preset name or a scenario file',
      2,
    );
  const scenario = loadScenarioArgument(values.scenario ?? 'iraq-2020');

  const records: ObservedRecord[] = isIraq
    ? (reading === 'all' ? READINGS : [reading as ReadingName]).map(observedFromReading)
    : [eventsRecord(source, values.start)];
  const parameters =
    values.priors !== undefined ? readPriors(values.priors) : defaultPriorsFor(scenario);
  const recordStart = (records[0] as ObservedRecord).start;
  const window =
    values.window === undefined ? undefined : parseWindow('window', values.window, recordStart);
  const predict =
    values.predict !== undefined
      ? values.predict.split(',').map((w, i) => parseWindow(`predict[${i}]`, w, recordStart))
      : isIraq
        ? defaultPredictions(records)
        : [];

  const showProgress = values.progress || process.stderr.isTTY === true;
  const posteriors: Posterior[] = [];
  for (const record of records) {
    const onProgress = showProgress ? progressLine(io, record.label) : undefined;
    const options = {
      parameters,
      mode,
      predict,
      particles,
      seed,
      ...(window ? { window } : {}),
      ...(budget !== undefined ? { simulationBudget: budget } : {}),
      ...(onProgress ? { onProgress } : {}),
    } as const;
    posteriors.push(
      workers === 1
        ? calibrate(scenario, record, options)
        : await calibrateParallel(scenario, record, { ...options, workers }),
    );
    if (showProgress) io.stderr('\n');
  }
  const predictive =
    checks === 0
      ? []
      : posteriors.map((p, i) =>
          posteriorPredictiveCheck(scenario, records[i] as ObservedRecord, p, {
            replicates: checks,
            seed,
          }),
        );
  const attributions = posteriors.map((p, i) =>
    attributeObservedAttacks(scenario, records[i] as ObservedRecord, p, { seed }),
  );
  const mleAttributions = records.map(mleAttribution);
  const shared = Object.fromEntries(
    Object.entries(parameters).filter(([path]) => !path.endsWith('.strikeResponse')),
  );
  const choices =
    mechanismSimulations === 0 || records.every((r) => r.strikes.length === 0)
      ? []
      : records.map((record) =>
          compareMechanisms(scenario, record, {
            mechanisms: strikeResponseMechanisms(shared),
            mode,
            simulations: mechanismSimulations,
            pilot: Math.min(2000, Math.max(200, Math.floor(mechanismSimulations / 5))),
            seed,
          }),
        );
  const pooled = posteriors.length > 1 ? poolPosteriors(posteriors) : undefined;
  const saved = pooled ?? (posteriors[0] as Posterior);
  if (values.out !== undefined) emit(toJson(saved), values.out, io);
  io.stdout(
    values.json
      ? `${toJson({
          posteriors,
          checks: predictive.map(({ simulated: _s, ...rest }) => rest),
          attributions,
          mleAttributions,
          modelChoice: choices,
          ...(pooled ? { pooled } : {}),
        })}\n`
      : formatCalibration(scenario, posteriors, {
          checks: predictive,
          attributions,
          mleAttributions,
          choices,
          out: values.out,
        }),
  );
  return 0;
}

function eventsRecord(path: string, start: string | undefined): ObservedRecord {
  const { loaded } = loadEventFile(path, {
    start,
    dayPlacement: 'spread',
    skipInvalid: false,
    actors: [],
    eventTypes: [],
  });
  try {
    return observedFromEvents(loaded, { label: path });
  } catch (error) {
    throw new CliError(`${path}: ${(error as Error).message}`);
  }
}

/** The record's attribution under its attack process's maximum-likelihood fit, or why there is none. */
function mleAttribution(record: ObservedRecord): MleAttributionOrError {
  try {
    return attributeByMaximumLikelihood(record);
  } catch (error) {
    // A record the attack-process fit cannot take (e.g. one attack) still gets its posterior report.
    if (error instanceof RangeError) return { error: error.message };
    throw error;
  }
}

function defaultPriorsFor(scenario: Scenario): Record<string, Prior> {
  return scenario.name === 'iraq-2020' ? iraq2020Priors() : attackProcessPriors(0);
}

function readPriors(path: string): Record<string, Prior> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read --priors ${path}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`--priors ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new CliError(`--priors ${path} must hold a JSON object of priors by scenario path`);
  return value as Record<string, Prior>;
}

/** `A:B` with ISO dates (or day numbers from the record's start) into a window. */
function parseWindow(label: string, text: string, start: string): DayWindow {
  const parts = text.split(/:(?=\d{4}-|[+-]?\d*\.?\d+$)/);
  const [a, b] = parts;
  const day = (s: string | undefined) => {
    if (s === undefined || s.trim() === '') return Number.NaN;
    if (/^\d{4}-\d{2}-\d{2}/.test(s)) {
      try {
        return toDays(s, start);
      } catch {
        return Number.NaN;
      }
    }
    return Number(s);
  };
  const from = day(a);
  const to = day(b);
  if (parts.length !== 2 || !Number.isFinite(from) || !Number.isFinite(to) || !(from < to))
    throw new CliError(
      `--${label.replace(/\[\d+\]$/, '')} must be FROM:TO with ISO dates (2020-03-15:2020-04-12) or days from the record's start, FROM before TO; received ${JSON.stringify(text)}`,
      2,
    );
  return { from, to };
}

/** The days before the record (from its calendar start) and the four weeks after it. */
function defaultPredictions(records: readonly ObservedRecord[]): DayWindow[] {
  const from = Math.min(...records.map((r) => r.window.from));
  const to = Math.max(...records.map((r) => r.window.to));
  return [
    { from: 0, to: Math.floor(from) },
    { from: to, to: to + 28 },
  ];
}

function progressLine(io: CliIo, label: string) {
  let last = 0;
  return (p: AbcProgress) => {
    const now = performance.now();
    if (now - last < 200) return;
    last = now;
    const tolerance = Number.isFinite(p.tolerance) ? p.tolerance.toPrecision(3) : 'prior';
    io.stderr(
      `\r${label}: generation ${p.generation} (tolerance ${tolerance}) ${p.accepted}/${p.particles} accepted, ${p.simulations} simulations   `,
    );
  };
}
