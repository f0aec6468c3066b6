import { availableParallelism } from 'node:os';
import { ensembleSummaryToCsv } from '../../../experiments/ensembleSummaryToCsv.js';
import { outcomeRowsToCsv } from '../../../experiments/outcomeRowsToCsv.js';
import { ReplicateError } from '../../../experiments/ReplicateError.js';
import { type EnsembleResult, runEnsemble } from '../../../experiments/runEnsemble.js';
import { runShard } from '../../../experiments/shards/runShard.js';
import { withPolicy } from '../../../experiments/withPolicy.js';
import { OUTCOME_NAMES, type OutcomeName } from '../../../model/outcomes.js';
import { PolicySpecError } from '../../../policies/PolicySpecError.js';
import type { Scenario } from '../../../scenario/Scenario.js';
import { ScenarioError } from '../../../scenario/ScenarioError.js';
import { runEnsembleParallel } from '../../pool/runEnsembleParallel.js';
import { CliError } from '../CliError.js';
import { SHARD_OPTION_HELP, shardOption } from '../experimentCli.js';
import { type CliIo, emit } from '../io.js';
import { decimalOption, parseCommand, seedOption, singleInput } from '../parseOptions.js';
import { progressBar } from '../progressBar.js';
import { POSTERIOR_OPTION_HELP, readPosteriorFile } from '../readPosteriorFile.js';
import { formatNumber, textTable } from '../textTable.js';
import { toJson } from '../toJson.js';
import { loadScenarioArgument } from './scenario.js';

export const runHelp = `Usage: escalation-sim run <preset | file.json> [options]

Run an ensemble of replicates of a scenario and summarise every outcome: mean, a 95%
interval for the mean (mean ± 1.96·SE, a normal approximation; Wilson's score interval
for the 0/1 outcomes expulsionDemanded and eventCapReached), sd, quantiles (2.5%,
25%, 50%, 75%, 97.5%), min, max, and the replicates where it does not apply (nulls).
Replicate r draws from streams forked from (seed, r): the same seed gives the same
numbers, with any number of workers. Presets: 'escalation-sim scenario'.

Options:
  --replicates N  number of replicates, in decimal digits (default 1000; at most 1e8, and
                  a run estimated to take over a day is refused)
  --seed S        master seed: an integer or a simple string such as pilot-3 (default 1)
  --policy P      replace the foreign force's policy: a name (titForTat) or a JSON spec,
                  e.g. '{"name":"graduated","params":{"quietDays":20}}'
  --workers N     worker threads (default 1; capped at the processors available); the
                  results do not depend on N
${POSTERIOR_OPTION_HELP}
  --json          JSON: the run's settings, summaries per outcome and warnings
  --csv           CSV: one row per outcome
  --rows          one row per replicate with its outcomes instead of summaries (CSV, or
                  JSON with --json); every row says what made it (one thread only)
  --progress      show progress on stderr from the start (on a terminal it always shows;
                  elsewhere once a run has taken 5 seconds)
${SHARD_OPTION_HELP.replace('%U', 'replicates')}
  --out FILE      write to FILE instead of stdout
  -h, --help      show this help
`;

/** `escalation-sim run`: an ensemble's summaries (a Promise when it runs on worker threads). */
export function runCommand(args: readonly string[], io: CliIo): number | Promise<number> {
  const parsed = parseCommand(
    'run',
    args,
    {
      replicates: { type: 'string' },
      seed: { type: 'string' },
      policy: { type: 'string' },
      workers: { type: 'string' },
      posterior: { type: 'string' },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      rows: { type: 'boolean' },
      progress: { type: 'boolean' },
      out: { type: 'string' },
      shard: { type: 'string' },
    },
    runHelp,
    io,
  );
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  const source = singleInput(
    'run',
    positionals,
    "run needs a preset or a scenario file; see 'escalation-sim scenario' for presets",
  );
  if (values.json && values.csv) throw new CliError('choose one of --json and --csv', 2);
  const replicates = decimalOption('replicates', values.replicates, 1, MAX_REPLICATES) ?? 1000;
  const workers = workerCount(decimalOption('workers', values.workers, 1, 1_000_000) ?? 1, io);
  const seed = seedOption(values.seed ?? '1');
  if (values.rows && workers > 1)
    throw new CliError('--rows runs on one thread (workers do not return rows); drop --workers', 2);
  const shard = shardOption(values.shard, workers);
  if (shard && values.rows)
    throw new CliError('--shard writes a mergeable summary, not rows; drop --rows', 2);
  let scenario = loadScenarioArgument(source);
  if (values.policy !== undefined) scenario = replacePolicy(scenario, values.policy);
  refuseEndless(scenario, seed, replicates, workers);
  const posterior =
    values.posterior === undefined ? undefined : readPosteriorFile(values.posterior, scenario);
  const progress = progressBar(
    io,
    process.stderr.isTTY === true,
    'run',
    'replicates',
    values.progress === true,
  );
  const policy = scenario.foreignForce.policy;
  const settings = {
    scenario: scenario.name,
    policy: policy.name,
    seed,
    replicates,
    workers,
    ...(values.posterior !== undefined && posterior
      ? {
          posterior: `${values.posterior} (${posterior.provenance.observed}, ${posterior.draws.length} draws)`,
        }
      : {}),
  };
  const report = (result: EnsembleResult) => {
    progress.finish();
    const text = values.rows
      ? values.json
        ? toJson({ provenance: result.provenance, rows: result.rows ?? [] })
        : outcomeRowsToCsv(result.rows ?? [], result.provenance)
      : values.json
        ? runJson({ ...settings, policySpec: policy }, result)
        : values.csv
          ? ensembleSummaryToCsv(result)
          : formatEnsemble(result, { ...settings, policy: describePolicy(policy) });
    emit(text, values.out, io);
    return 0;
  };
  const failed = (error: unknown): never => {
    progress.finish();
    if (error instanceof ReplicateError) throw new CliError(error.message);
    throw error;
  };
  const options = {
    replicates,
    seed,
    ...(values.rows ? { keepRows: true } : {}),
    onProgress: progress.update,
    ...(posterior ? { posterior } : {}),
  };
  if (shard) {
    try {
      const request = {
        command: 'run',
        scenario,
        options: { replicates, seed, ...(posterior ? { posterior } : {}) },
      } as const;
      const file = runShard(request, shard, { ...settings, policySpec: policy }, progress.update);
      progress.finish();
      emit(toJson(file), values.out, io);
      return 0;
    } catch (error) {
      return failed(error);
    }
  }
  if (workers === 1) {
    try {
      return report(runEnsemble(scenario, options));
    } catch (error) {
      return failed(error);
    }
  }
  return runEnsembleParallel(scenario, { ...options, workers }).then(report, failed);
}

/**
 * The JSON document of `run --json`: the run's settings, then provenance, summaries and
 * warnings (`merge` writes the same document from shards).
 */
export function runJson(settings: object, result: EnsembleResult): string {
  return toJson({
    ...settings,
    provenance: result.provenance,
    summaries: result.summaries,
    warnings: result.warnings,
  });
}

/** The policy with the parameters it runs with: `--policy NAME` takes that policy's defaults. */
function describePolicy(spec: Scenario['foreignForce']['policy']): string {
  const { name, ...rest } = spec as { name: string } & Record<string, unknown>;
  const settings = 'params' in rest ? rest.params : rest;
  const text = JSON.stringify(settings ?? {});
  return text === '{}' ? name : `${name} ${text}`;
}

/** Replicates one run may ask for: 1e8 replicate-years of the preset take about an hour. */
const MAX_REPLICATES = 100_000_000;
/** A run estimated to take longer than this is refused with the estimate. */
const MAX_ESTIMATED_HOURS = 24;

/** Workers beyond the processors available only cost memory: cap them, with a note. */
function workerCount(asked: number, io: CliIo): number {
  const available = availableParallelism();
  if (asked <= available) return asked;
  io.stderr(
    `run: --workers ${asked} is more than the ${available} processor(s) available; using ${available}\n`,
  );
  return available;
}

/**
 * Refuse a run that cannot finish: above a million replicates, time a 20-replicate pilot
 * and refuse when the whole run would take more than a day, saying how long.
 */
function refuseEndless(
  scenario: Scenario,
  seed: number | string,
  replicates: number,
  workers: number,
): void {
  if (replicates <= 1_000_000) return;
  const pilot = 20;
  const started = performance.now();
  runEnsemble(scenario, { replicates: pilot, seed });
  const perReplicate = (performance.now() - started) / 1000 / pilot;
  const hours = (perReplicate * replicates) / workers / 3600;
  if (hours > MAX_ESTIMATED_HOURS)
    throw new CliError(
      `--replicates ${replicates} would take about ${formatNumber(hours)} hours on ${workers} worker(s) (a 20-replicate pilot took ${formatNumber(perReplicate * 1000)} ms each); ask for fewer replicates (at most a day's work)`,
      2,
    );
}

function replacePolicy(scenario: Scenario, option: string): Scenario {
  let spec: unknown = option;
  if (option.trimStart().startsWith('{')) {
    try {
      spec = JSON.parse(option);
    } catch (error) {
      throw new CliError(`--policy is not valid JSON: ${(error as Error).message}`, 2);
    }
  }
  try {
    return withPolicy(scenario, spec as Parameters<typeof withPolicy>[1]);
  } catch (error) {
    if (error instanceof PolicySpecError) throw new CliError(`--policy: ${error.message}`, 2);
    if (error instanceof ScenarioError) throw new CliError(`--policy: ${error.message}`, 2);
    throw error;
  }
}

interface Settings {
  readonly scenario: string;
  readonly policy: string;
  readonly seed: number | string;
  readonly replicates: number;
  readonly workers: number;
  readonly posterior?: string;
}

function formatEnsemble(result: EnsembleResult, s: Settings): string {
  const f = (x: number | null) => formatNumber(x);
  const rows = OUTCOME_NAMES.map((name) => {
    const o = result.summaries[name];
    const q = o.quantiles;
    const ci = o.ci95 === null ? '—' : `${f(o.ci95.low)} – ${f(o.ci95.high)}`;
    return [
      name,
      f(o.mean),
      ci,
      f(o.sd),
      f(q.p2_5),
      f(q.p25),
      f(q.p50),
      f(q.p75),
      f(q.p97_5),
      f(o.min),
      f(o.max),
      String(o.nulls),
    ];
  });
  const header = [
    'outcome',
    'mean',
    '95% CI of mean',
    'sd',
    '2.5%',
    '25%',
    '50%',
    '75%',
    '97.5%',
    'min',
    'max',
    'nulls',
  ];
  const approximate = OUTCOME_NAMES.filter(
    (n) => result.summaries[n].quantileMethod === 'log-buckets',
  );
  const accuracy = Math.max(
    ...approximate.map((n) => result.summaries[n].quantileRelativeAccuracy),
  );
  const notes = [
    ...pooledRates(result),
    'Interval: mean ± 1.96·SE (normal approximation; Wilson for expulsionDemanded and eventCapReached). nulls: replicates where the outcome does not apply.',
    approximate.length === 0
      ? 'Quantiles are exact (R type 7).'
      : `Quantiles are exact (R type 7), except within ${accuracy * 100}% (log buckets) for ${approximate.join(', ')}.`,
    ...result.warnings.map((w) => `warning: ${w.message}`),
  ];
  const workers = `${s.workers} worker${s.workers === 1 ? '' : 's'}`;
  return [
    `${s.scenario} · policy ${s.policy} · ${s.replicates} replicates · seed ${s.seed} · ${workers}${s.posterior ? ` · parameters drawn from the posterior ${s.posterior}` : ''}`,
    '',
    textTable(header, rows),
    '',
    ...notes,
  ].join('\n');
}

/**
 * Attack rates before and after the first strike pooled over the replicates that struck
 * (ratio of mean counts to mean days): the mean of per-run ratios is biased, because each is
 * a count divided by a random time.
 */
function pooledRates(result: EnsembleResult): string[] {
  const mean = (name: OutcomeName) => result.summaries[name].mean;
  const before = mean('attacksBeforeFirstStrike');
  const firstDay = mean('firstStrikeDay');
  const after = mean('attacksAfterFirstStrike');
  const days = mean('daysAfterFirstStrike');
  if (
    before === null ||
    firstDay === null ||
    after === null ||
    days === null ||
    firstDay <= 0 ||
    days <= 0
  )
    return [];
  const n = result.summaries.firstStrikeDay.n;
  return [
    `Pooled attack rate per 30 days over the ${n} replicates with a strike: ${formatNumber((30 * before) / firstDay)} before the first strike, ${formatNumber((30 * after) / days)} after it (ratio of mean counts to mean days).`,
  ];
}
