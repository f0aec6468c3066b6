import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Posterior } from '../../../calibrate/Posterior.js';
import { PosteriorError, readPosterior } from '../../../calibrate/readPosterior.js';
import { ensembleSummaryToCsv } from '../../../experiments/ensembleSummaryToCsv.js';
import { outcomeRowsToCsv } from '../../../experiments/outcomeRowsToCsv.js';
import { ReplicateError } from '../../../experiments/ReplicateError.js';
import { type EnsembleResult, runEnsemble } from '../../../experiments/runEnsemble.js';
import { withPolicy } from '../../../experiments/withPolicy.js';
import { OUTCOME_NAMES, type OutcomeName } from '../../../model/outcomes.js';
import { PolicySpecError } from '../../../policies/PolicySpecError.js';
import type { Scenario } from '../../../scenario/Scenario.js';
import { ScenarioError } from '../../../scenario/ScenarioError.js';
import { runEnsembleParallel } from '../../pool/runEnsembleParallel.js';
import { CliError } from '../CliError.js';
import { type CliIo, emit } from '../io.js';
import { numberOption, parseOrExplain, singleInput } from '../parseOptions.js';
import { formatNumber, textTable } from '../textTable.js';
import { toJson } from '../toJson.js';
import { loadScenarioArgument } from './scenario.js';

export const runHelp = `Usage: escalation-sim run <preset | file.json> [options]

Run an ensemble of replicates of a scenario and summarise every outcome: mean, a 95%
interval for the mean (mean ± 1.96·SE, a normal approximation), sd, quantiles (2.5%,
25%, 50%, 75%, 97.5%), min, max, and the replicates where it does not apply (nulls).
Replicate r draws from streams forked from (seed, r): the same seed gives the same
numbers, with any number of workers. Presets: 'escalation-sim scenario'.

Options:
  --replicates N  number of replicates (default 1000)
  --seed S        master seed (default 1)
  --policy P      replace the foreign force's policy: a name (titForTat) or a JSON spec,
                  e.g. '{"name":"graduated","params":{"quietDays":20}}'
  --workers N     worker threads (default 1); the results do not depend on N
  --posterior F   integrate over a calibrated posterior (from 'escalation-sim calibrate
                  --out F'): replicate r runs with a parameter draw chosen by seed and r
  --json          JSON: the run's settings, summaries per outcome and warnings
  --csv           CSV: one row per outcome
  --rows          one row per replicate with its outcomes instead of summaries (CSV, or
                  JSON with --json); every row says what made it (one thread only)
  --progress      show progress on stderr even when it is not a terminal
  --out FILE      write to FILE instead of stdout
  -h, --help      show this help
`;

/** `escalation-sim run`: an ensemble's summaries (a Promise when it runs on worker threads). */
export function runCommand(args: readonly string[], io: CliIo): number | Promise<number> {
  const { values, positionals } = parseOrExplain('run', () =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
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
      },
    }),
  );
  if (values.help) {
    io.stdout(runHelp);
    return 0;
  }
  const source = singleInput(
    'run',
    positionals,
    "run needs a preset or a scenario file; see 'escalation-sim scenario' for presets",
  );
  if (values.json && values.csv) throw new CliError('choose one of --json and --csv', 2);
  const whole = (x: number) => Number.isSafeInteger(x) && x >= 1;
  const replicates =
    numberOption('replicates', values.replicates, whole, 'a whole number >= 1') ?? 1000;
  const workers = numberOption('workers', values.workers, whole, 'a whole number >= 1') ?? 1;
  const seed = parseSeed(values.seed ?? '1');
  if (values.rows && workers > 1)
    throw new CliError('--rows runs on one thread (workers do not return rows); drop --workers', 2);
  let scenario = loadScenarioArgument(source);
  if (values.policy !== undefined) scenario = replacePolicy(scenario, values.policy);
  const progress =
    values.progress || process.stderr.isTTY === true
      ? progressBar(io, process.stderr.isTTY === true)
      : undefined;
  const report = (result: EnsembleResult) => {
    progress?.finish();
    const policy = scenario.foreignForce.policy;
    const settings = {
      scenario: scenario.name,
      policy: policy.name,
      seed,
      replicates,
      workers,
      ...(posterior
        ? {
            posterior: `${values.posterior} (${posterior.provenance.observed}, ${posterior.draws.length} draws)`,
          }
        : {}),
    };
    const text = values.rows
      ? values.json
        ? toJson({ provenance: result.provenance, rows: result.rows ?? [] })
        : outcomeRowsToCsv(result.rows ?? [], result.provenance)
      : values.json
        ? toJson({
            ...settings,
            policySpec: policy,
            provenance: result.provenance,
            summaries: result.summaries,
            warnings: result.warnings,
          })
        : values.csv
          ? ensembleSummaryToCsv(result)
          : formatEnsemble(result, { ...settings, policy: describePolicy(policy) });
    emit(text, values.out, io);
    return 0;
  };
  const failed = (error: unknown): never => {
    progress?.finish();
    if (error instanceof ReplicateError) throw new CliError(error.message);
    throw error;
  };
  const posterior =
    values.posterior === undefined ? undefined : readPosteriorFile(values.posterior, scenario);
  const options = {
    replicates,
    seed,
    ...(values.rows ? { keepRows: true } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
    ...(posterior ? { posterior } : {}),
  };
  if (workers === 1) {
    try {
      return report(runEnsemble(scenario, options));
    } catch (error) {
      return failed(error);
    }
  }
  return runEnsembleParallel(scenario, { ...options, workers }).then(report, failed);
}

/** A posterior file for this scenario, or a one-paragraph error naming the file and what differs. */
function readPosteriorFile(path: string, scenario: Scenario): Posterior {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read --posterior ${path}: ${(error as Error).message}`);
  }
  try {
    return readPosterior(text, scenario);
  } catch (error) {
    if (error instanceof PosteriorError)
      throw new CliError(`--posterior ${path}: ${error.message}`);
    throw error;
  }
}

/** The policy with the parameters it runs with: `--policy NAME` takes that policy's defaults. */
function describePolicy(spec: Scenario['foreignForce']['policy']): string {
  const { name, ...rest } = spec as { name: string } & Record<string, unknown>;
  const settings = 'params' in rest ? rest.params : rest;
  const text = JSON.stringify(settings ?? {});
  return text === '{}' ? name : `${name} ${text}`;
}

/** A seed as typed: a number when the text is a number's canonical form, else the text. */
function parseSeed(text: string): number | string {
  if (text.length === 0) throw new CliError('--seed must not be empty', 2);
  const x = Number(text);
  return Number.isFinite(x) && String(x) === text ? x : text;
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
    'Interval: mean ± 1.96·SE (normal approximation). nulls: replicates where the outcome does not apply.',
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

/** Progress on stderr: a redrawn bar on a terminal, else a line every 10%. */
function progressBar(io: CliIo, tty: boolean) {
  const start = performance.now();
  let lastDraw = 0;
  let lastTenth = 0;
  let drawn = false;
  return {
    update(done: number, total: number): void {
      const now = performance.now();
      const seconds = ((now - start) / 1000).toFixed(1);
      if (tty) {
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        const filled = Math.round((done / total) * 30);
        io.stderr(
          `\r[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${Math.floor((done / total) * 100)}% ${done}/${total} replicates ${seconds} s`,
        );
        drawn = true;
        return;
      }
      const tenth = Math.floor((done / total) * 10);
      if (tenth <= lastTenth && done < total) return;
      lastTenth = tenth;
      io.stderr(
        `run: ${Math.floor((done / total) * 100)}% (${done}/${total} replicates, ${seconds} s)\n`,
      );
    },
    finish(): void {
      if (tty && drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}
