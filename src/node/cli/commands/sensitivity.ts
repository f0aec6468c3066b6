import {
  type SensitivityOptions,
  type SensitivityResult,
  sensitivity,
} from '../../../experiments/sensitivity.js';
import type { ExperimentRequest } from '../../../experiments/shards/ExperimentRequest.js';
import { runShard } from '../../../experiments/shards/runShard.js';
import { runExperimentParallel } from '../../pool/runExperimentParallel.js';
import { CliError } from '../CliError.js';
import {
  csvCell,
  EXPERIMENT_OPTIONS,
  EXPERIMENT_OPTIONS_HELP,
  experimentSettings,
  explainAsyncErrors,
  explainErrors,
  parseParameter,
  parsePolicies,
  SHARD_OPTION_HELP,
  shardOption,
} from '../experimentCli.js';
import { type CliIo, emit } from '../io.js';
import { numberOption, parseCommand, seedOption, singleInput } from '../parseOptions.js';
import { formatNumber, textTable } from '../textTable.js';
import { toJson } from '../toJson.js';
import { writeLines } from '../writeLines.js';

import { loadScenarioArgument } from './scenario.js';

export const sensitivityHelp = `Usage: escalation-sim sensitivity <preset | file.json> --method morris|sobol --param path=low:high … [options]

Which scenario parameters drive an outcome. Morris screening (Campolongo et al. 2007
trajectories): μ* (importance), μ (direction), σ (non-linearity or interactions), per unit
of each range. Sobol indices (Saltelli et al. 2010 sampling, Jansen estimators): first
order S (the share of the outcome's variance a parameter explains alone) and total ST
(with its interactions), with bootstrap 95% intervals. At each design point the model's
outcome is the mean over --replicates runs of the same streams at every point (common
random numbers): noise common to every point cancels, and the noise that differs between
points (what enters the indices) is reported with its share of the output variance.

Options:
  --method M        morris or sobol
  --param P=L:H     a numeric field and its range (repeatable)
  --outcome O       the outcome (default attacks)
  --policy P        run under this policy (name or JSON spec) instead of the scenario's
  --samples N       sobol: base sample N (default 256; runs N·(k + 2) points)
  --bootstrap B     sobol: bootstrap resamples (default 500)
  --trajectories R  morris: trajectories (default 20; runs R·(k + 1) points)
${EXPERIMENT_OPTIONS_HELP.replace('%R', '20 per point')}
${SHARD_OPTION_HELP.replace('%U', 'design points')}

Example:
  escalation-sim sensitivity iraq-2020 --method morris --outcome expulsionDemanded --param hostGovernment.thresholds.expulsion=8:16 --param militias.0.baseline=0.05:0.1 --replicates 10
`;

/** `escalation-sim sensitivity`: Morris or Sobol indices. */
export function sensitivityCommand(args: readonly string[], io: CliIo): number | Promise<number> {
  const parsed = parseCommand(
    'sensitivity',
    args,
    {
      ...EXPERIMENT_OPTIONS,
      method: { type: 'string' },
      param: { type: 'string', multiple: true },
      outcome: { type: 'string' },
      policy: { type: 'string' },
      samples: { type: 'string' },
      bootstrap: { type: 'string' },
      trajectories: { type: 'string' },
      shard: { type: 'string' },
    },
    sensitivityHelp,
    io,
  );
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  const source = singleInput(
    'sensitivity',
    positionals,
    'sensitivity needs a preset or a scenario file',
  );
  const settings = experimentSettings('sensitivity', values, io, 20, 'points');
  const method = values.method;
  if (method !== 'morris' && method !== 'sobol')
    throw new CliError(
      `--method must be morris or sobol, received ${JSON.stringify(method ?? null)}`,
      2,
    );
  const parameters = (values.param ?? []).map(parseParameter);
  if (parameters.length === 0) throw new CliError('give at least one --param path=low:high', 2);
  const count = (name: string, v: string | undefined, min: number) =>
    numberOption(name, v, (x) => Number.isSafeInteger(x) && x >= min, `a whole number >= ${min}`);
  const samples = count('samples', values.samples, 1);
  const bootstrap = count('bootstrap', values.bootstrap, 0);
  const trajectories = count('trajectories', values.trajectories, 1);
  const [policy] = parsePolicies(undefined, values.policy === undefined ? [] : [values.policy]);
  const scenario = loadScenarioArgument(source);
  const shard = shardOption(values.shard, settings.workers);
  const options: SensitivityOptions = {
    method,
    parameters,
    seed: seedOption(values.seed ?? '1'),
    replicates: settings.replicates,
    ...(values.outcome ? { outcome: values.outcome } : {}),
    ...(policy === undefined ? {} : { policy }),
    ...(samples === undefined ? {} : { samples }),
    ...(bootstrap === undefined ? {} : { bootstrap }),
    ...(trajectories === undefined ? {} : { trajectories }),
  };
  const onProgress = settings.progress ? { onProgress: settings.progress.update } : {};
  const request: ExperimentRequest = { command: 'sensitivity', scenario, options };
  if (shard) {
    const file = explainErrors(settings, () =>
      runShard(request, shard, null, settings.progress?.update),
    );
    emit(toJson(file), settings.out, io);
    return 0;
  }
  const write = (result: SensitivityResult) => {
    writeLines(sensitivityLines(result, settings.format), settings.out, io);
    return 0;
  };
  if (settings.workers > 1)
    return explainAsyncErrors(settings, () =>
      runExperimentParallel(request, { workers: settings.workers, ...onProgress }),
    ).then((r) => write(r.result as SensitivityResult));
  return write(explainErrors(settings, () => sensitivity(scenario, { ...options, ...onProgress })));
}

/** A sensitivity analysis as the command writes it: JSON, CSV or a text table. */
export function sensitivityLines(
  result: SensitivityResult,
  format: 'json' | 'csv' | 'text',
): string[] {
  return format === 'json' ? [toJson(result)] : format === 'csv' ? csv(result) : [text(result)];
}

const MORRIS = ['muStar', 'mu', 'sigma', 'muStarSe'] as const;
const SOBOL = ['first', 'firstLow', 'firstHigh', 'total', 'totalLow', 'totalHigh'] as const;

function csv(r: SensitivityResult): string[] {
  const stats = r.method === 'morris' ? MORRIS : SOBOL;
  const head = [
    'scenario',
    'fingerprint',
    'seed',
    'replicates',
    'method',
    'outcome',
    'path',
    'low',
    'high',
    ...stats,
  ];
  return [
    head.join(','),
    ...r.parameters.map((p) =>
      [
        r.scenario,
        r.fingerprint,
        r.seed,
        r.replicates,
        r.method,
        r.outcome,
        p.path,
        p.low,
        p.high,
        ...stats.map((s) => p[s]),
      ]
        .map(csvCell)
        .join(','),
    ),
  ];
}

function text(r: SensitivityResult): string {
  const f = formatNumber;
  const policy = r.policy.spec ? JSON.stringify(r.policy.spec) : r.policy.name;
  const rows = r.parameters.map((p) =>
    r.method === 'morris'
      ? [
          p.path,
          `${f(p.low)} – ${f(p.high)}`,
          f(p.muStar ?? null),
          f(p.mu ?? null),
          f(p.sigma ?? null),
        ]
      : [
          p.path,
          `${f(p.low)} – ${f(p.high)}`,
          f(p.first ?? null),
          `${f(p.firstLow ?? null)} – ${f(p.firstHigh ?? null)}`,
          f(p.total ?? null),
          `${f(p.totalLow ?? null)} – ${f(p.totalHigh ?? null)}`,
        ],
  );
  const header =
    r.method === 'morris'
      ? ['parameter', 'range', 'μ*', 'μ', 'σ']
      : ['parameter', 'range', 'S', '95% interval', 'ST', '95% interval'];
  return [
    `${r.library.name} ${r.library.version} · ${r.scenario} (fingerprint ${r.fingerprint}) · ${r.method} on ${r.outcome} · ${r.evaluations} points × ${r.replicates} replicates · seed ${r.seed}`,
    `Policy: ${policy}`,
    '',
    textTable(header, rows),
    '',
    r.replicates === 1
      ? `Output variance over the design ${f(r.outputVariance)}; replicate noise is not measured with 1 replicate per point (give --replicates 2 or more).`
      : [
          `Output variance over the design ${f(r.outputVariance)}; replicate noise that differs between points ${f(r.replicateNoise.variance)}, ${f(100 * r.replicateNoise.share)}% of it${r.replicateNoise.share > 0.1 ? ' — raise --replicates before reading small effects' : ''} (a point's mean carries ${f(r.replicateNoise.perPoint)}; the ${f(r.replicateNoise.common)} common to every point cancels under common random numbers).`,
          'With noise share s, S reads about S·(1 − s) and ST about ST·(1 − s) + s.',
        ].join('\n'),
    ...correctedText(r),
    r.method === 'morris'
      ? 'μ*, μ, σ are per unit of each range (the change of the outcome across the whole range).'
      : 'S: share of the variance a parameter explains alone; ST: with its interactions.',
  ].join('\n');
}

/** The Sobol indices without replicate noise, as a second table (Sobol, 2 or more replicates). */
function correctedText(r: SensitivityResult): string[] {
  const c = r.noiseCorrected;
  if (c === undefined) return [];
  if (c.indices === null) return ['', `Indices without replicate noise: none — ${c.reason}`];
  const f = formatNumber;
  const rows = c.indices.map((p, i) => [
    r.parameters[i]?.path ?? '',
    f(p.first),
    `${f(p.firstLow)} – ${f(p.firstHigh)}`,
    f(p.total),
    `${f(p.totalLow)} – ${f(p.totalHigh)}`,
  ]);
  return [
    '',
    `Without replicate noise (each pair of points less its own noise; output variance ${f(c.variance)}):`,
    textTable(['parameter', 'S', '95% interval', 'ST', '95% interval'], rows),
    r.replicates >= 3
      ? `The intervals add the error of the ${r.replicates} replicate streams every point shares (jackknife); with few replicates it is itself uncertain.`
      : 'With 2 replicates the error of the streams every point shares is not measured: the intervals hold only if the noise is independent between points (give --replicates 3 or more).',
  ];
}
