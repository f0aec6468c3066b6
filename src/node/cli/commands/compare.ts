import { comparePolicies, type PolicyComparison } from '../../../experiments/comparePolicies.js';
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
  listOption,
  parsePolicies,
  SHARD_OPTION_HELP,
  shardOption,
} from '../experimentCli.js';
import { type CliIo, emit } from '../io.js';
import { parseCommand, seedOption, singleInput } from '../parseOptions.js';
import { POSTERIOR_OPTION_HELP, readPosteriorFile } from '../readPosteriorFile.js';
import { formatNumber, formatPValue, textTable } from '../textTable.js';
import { toJson } from '../toJson.js';
import { writeLines } from '../writeLines.js';

import { loadScenarioArgument } from './scenario.js';

export const compareHelp = `Usage: escalation-sim compare <preset | file.json> --policies A,B[,C…] [options]

Compare retaliation policies on one scenario with common random numbers: replicate r of
every policy draws the same militia streams, so differences are paired replicate by
replicate. Per outcome: each policy's mean with a 95% interval (Wilson for 0/1 outcomes,
Student t otherwise) and its paired difference from the baseline (Newcombe interval and
exact McNemar test for 0/1 outcomes, paired t otherwise), p-values Holm-adjusted over the
policies. A policy named without parameters runs with its catalogue defaults, and the
output lists every parameter each policy ran with.

Options:
  --policies A,B  policy names (catalogue defaults)
  --policy P      a policy as a name or JSON spec, e.g. '{"name":"titForTat","params":{"care":0.25}}'
                  (repeatable; added after --policies)
  --baseline P    the policy the others are compared with (default the first)
  --outcomes A,B  outcomes to compare (default attacks, attacksPer30Days, strikes,
                  foreignKilled, hostKilledByStrikes, militiaLosses, capabilityAtEnd,
                  peakHostPressure, expulsionDemanded, expulsionDay)
${POSTERIOR_OPTION_HELP};
                  every policy runs replicate r with the same draw
${EXPERIMENT_OPTIONS_HELP.replace('%R', '1000')}
${SHARD_OPTION_HELP.replace('%U', 'replicates')}

Example:
  escalation-sim compare iraq-2020 --policies casualtyThreshold,restraint,titForTat --replicates 2000 --seed 1
`;

/** `escalation-sim compare`: paired policy comparison tables. */
export function compareCommand(args: readonly string[], io: CliIo): number | Promise<number> {
  const parsed = parseCommand(
    'compare',
    args,
    {
      ...EXPERIMENT_OPTIONS,
      policies: { type: 'string' },
      policy: { type: 'string', multiple: true },
      baseline: { type: 'string' },
      outcomes: { type: 'string' },
      posterior: { type: 'string' },
      shard: { type: 'string' },
    },
    compareHelp,
    io,
  );
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  const source = singleInput(
    'compare',
    positionals,
    "compare needs a preset or a scenario file; see 'escalation-sim scenario' for presets",
  );
  const settings = experimentSettings('compare', values, io, 1000, 'replicates');
  const policies = parsePolicies(values.policies, values.policy);
  if (policies.length < 2)
    throw new CliError(
      'compare needs at least two policies: --policies A,B or --policy (repeated)',
      2,
    );
  const scenario = loadScenarioArgument(source);
  const seed = seedOption(values.seed ?? '1');
  const outcomes = listOption(values.outcomes);
  const shard = shardOption(values.shard, settings.workers);
  const posterior =
    values.posterior === undefined ? undefined : readPosteriorFile(values.posterior, scenario);
  const options = {
    replicates: settings.replicates,
    seed,
    ...(posterior ? { posterior } : {}),
    ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
    ...(outcomes ? { outcomes } : {}),
  };
  const onProgress = settings.progress ? { onProgress: settings.progress.update } : {};
  const request = { command: 'compare', scenario, policies, options } as const;
  if (shard) {
    const file = explainErrors(settings, () =>
      runShard(request, shard, null, settings.progress?.update),
    );
    emit(toJson(file), settings.out, io);
    return 0;
  }
  const write = (result: PolicyComparison) => {
    writeLines(comparisonLines(result, settings.format), settings.out, io);
    return 0;
  };
  if (settings.workers > 1)
    return explainAsyncErrors(settings, () =>
      runExperimentParallel(request, { workers: settings.workers, ...onProgress }),
    ).then((r) => write(r.result as PolicyComparison));
  return write(
    explainErrors(settings, () =>
      comparePolicies(scenario, policies, { ...options, ...onProgress }),
    ),
  );
}

/** A comparison as the command writes it: JSON, CSV or text tables. */
export function comparisonLines(
  result: PolicyComparison,
  format: 'json' | 'csv' | 'text',
): string[] {
  return format === 'json'
    ? [toJson(result)]
    : format === 'csv'
      ? comparisonCsv(result)
      : [formatComparison(result)];
}

function comparisonCsv(c: PolicyComparison): string[] {
  const header =
    'scenario,seed,replicates,outcome,kind,row,policy,versus,n,estimate,low,high,pValue,pAdjusted,method';
  const lines = [header];
  const lead = [c.scenario, c.seed, c.replicates];
  for (const o of c.outcomes) {
    for (const p of o.policies)
      lines.push(
        [
          ...lead,
          o.outcome,
          o.kind,
          'policy',
          p.policy,
          '',
          p.n,
          p.estimate,
          p.low,
          p.high,
          null,
          null,
          p.method,
        ]
          .map(csvCell)
          .join(','),
      );
    for (const d of o.differences)
      lines.push(
        [
          ...lead,
          o.outcome,
          o.kind,
          'difference',
          d.policy,
          d.versus,
          d.n,
          d.estimate,
          d.low,
          d.high,
          d.pValue,
          d.pAdjusted,
          d.method,
        ]
          .map(csvCell)
          .join(','),
      );
  }
  return lines;
}

function formatComparison(c: PolicyComparison): string {
  const f = formatNumber;
  const lines = [
    `${c.library.name} ${c.library.version} · ${c.scenario} · ${c.replicates} replicates per policy · seed ${c.seed} · common random numbers · baseline ${c.baseline}`,
    'Policies, with the parameters they ran with:',
    ...c.policies.map((p) => {
      const spec =
        p.spec && 'params' in p.spec
          ? JSON.stringify(p.spec.params)
          : p.spec
            ? JSON.stringify(p.spec)
            : '(TypeScript policy)';
      return `  ${p.label}: ${spec} — fingerprint ${c.fingerprints[p.label]}`;
    }),
    ...(c.posterior
      ? [
          `Parameters drawn from a posterior of ${c.posterior.draws} draws (replicate r of every policy uses the same draw): ${c.posterior.paths.join(', ')}`,
        ]
      : []),
  ];
  for (const o of c.outcomes) {
    const rows = o.policies.map((p) => {
      const d = o.differences.find((x) => x.policy === p.policy);
      return [
        p.policy,
        f(p.estimate),
        p.low === null ? '—' : `${f(p.low)} – ${f(p.high)}`,
        d ? f(d.estimate) : '(baseline)',
        d && d.low !== null ? `${f(d.low)} – ${f(d.high)}` : '—',
        d ? String(d.n) : String(p.n),
        d ? formatPValue(d.pAdjusted) : '—',
      ];
    });
    lines.push(
      '',
      `${o.outcome} (${o.kind === 'proportion' ? 'proportion; Wilson, Newcombe, McNemar' : 'mean; Student t, paired t'})`,
    );
    lines.push(
      textTable(
        [
          'policy',
          'estimate',
          '95% interval',
          `− ${c.baseline}`,
          '95% interval',
          'pairs',
          'Holm p',
        ],
        rows,
      ),
    );
  }
  return lines.join('\n');
}
