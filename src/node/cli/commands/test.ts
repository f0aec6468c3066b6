import { readFileSync } from 'node:fs';
import { finishHypothesis } from '../../../experiments/hypotheses/finishHypothesis.js';
import {
  HYPOTHESIS_KEYS,
  type HypothesisSpec,
} from '../../../experiments/hypotheses/HypothesisSpec.js';
import { planHypothesis } from '../../../experiments/hypotheses/planHypothesis.js';
import { HYPOTHESES } from '../../../experiments/hypotheses/readyMadeHypotheses.js';
import {
  STRIKE_RESPONSES,
  withStrikeResponse,
} from '../../../experiments/hypotheses/strikeResponses.js';
import { runShard } from '../../../experiments/shards/runShard.js';
import type { HypothesisOutcome } from '../../../experiments/testHypothesis.js';
import type { Scenario } from '../../../scenario/Scenario.js';
import { checkOptionNames } from '../../../util/checkOptionNames.js';
import { runExperimentParallel } from '../../pool/runExperimentParallel.js';
import { CliError } from '../CliError.js';
import {
  csvCell,
  EXPERIMENT_OPTIONS,
  EXPERIMENT_OPTIONS_HELP,
  experimentSettings,
  explainAsyncErrors,
  explainErrors,
  SHARD_OPTION_HELP,
  shardOption,
} from '../experimentCli.js';
import { type CliIo, emit } from '../io.js';
import { numberOption, parseCommand, seedOption, singleInput } from '../parseOptions.js';
import { POSTERIOR_OPTION_HELP, readPosteriorFile } from '../readPosteriorFile.js';
import { toJson } from '../toJson.js';
import { writeLines } from '../writeLines.js';
import { loadScenarioArgument } from './scenario.js';

/** Shared help lines (options in 18 columns) moved to this command's 24, where its own options sit. */
const widen = (help: string) =>
  help
    .split('\n')
    .map((line) =>
      line.startsWith('  ') ? `${line.slice(0, 18).padEnd(24)}${line.slice(18)}` : line,
    )
    .join('\n');

export const testHelp = `Usage: escalation-sim test <H1 | H2 | H3 | H4 | all | experiment.json> [options]

Test a deterrence hypothesis on common random numbers and print its verdict in plain
words: the estimate (treatment − control), a 95% interval, a one-sided paired sign-flip
permutation p-value, the conditions the verdict holds under and what in the model drives it.

  H1 provocation  attacks in the N days after the first strike that kills host forces,
                  against the same replicate with that strike withheld
  H2 haste        a strike 6 hours after a deadly attack against one after 5 days at equal
                  care: militia fighters killed, host forces killed
  H3 expulsion    P(host demands withdrawal) under the policy against restraint; how soon
  H4 resolve      attacks after the first strike against the same replicate without it,
                  and against the N days before it

An experiment file is a JSON object with testHypothesis's fields: scenario (a preset name
or a scenario object), treatment and control (policy names or specs, or "withheld" /
"same-run"), metric, window {from, to, anchor}, controlWindow, direction.

Options:
  --scenario S          preset or scenario file for H1–H4 (default iraq-2020)
  --strike-response R   deterring, neutral or provoking: set every militia's strike response
  --window-days N       days after the strike in H1 and H4 (default 30)
  --permutations B      sign flips of the permutation test (default 1999)
${widen(POSTERIOR_OPTION_HELP)};
                        the verdict then gives the share of draws in which the effect holds
${widen(EXPERIMENT_OPTIONS_HELP.replace('%R', '1000'))}
${widen(SHARD_OPTION_HELP.replace('%U', 'replicates of each test'))}

Example:
  escalation-sim test H1 --strike-response provoking --replicates 1000 --seed 1

Sharded (e.g. the tasks of a batch job array), then merged into the --json or --csv result:
  escalation-sim test all --replicates 1000 --shard 0/2 --out part-0.json
  escalation-sim test all --replicates 1000 --shard 1/2 --out part-1.json
  escalation-sim merge part-0.json part-1.json --csv --out verdicts.csv
`;

/** `escalation-sim test`: hypothesis verdicts. */
export function testCommand(args: readonly string[], io: CliIo): number | Promise<number> {
  const parsed = parseCommand(
    'test',
    args,
    {
      ...EXPERIMENT_OPTIONS,
      scenario: { type: 'string' },
      'strike-response': { type: 'string' },
      'window-days': { type: 'string' },
      permutations: { type: 'string' },
      posterior: { type: 'string' },
      shard: { type: 'string' },
    },
    testHelp,
    io,
  );
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  const which = singleInput(
    'test',
    positionals,
    'test needs a hypothesis (H1, H2, H3, H4, all) or an experiment file',
  );
  const settings = experimentSettings('test', values, io, 1000, 'replicates');
  const shard = shardOption(values.shard, settings.workers);
  const seed = seedOption(values.seed ?? '1');
  const whole = (x: number) => Number.isSafeInteger(x) && x >= 1;
  const permutations = numberOption(
    'permutations',
    values.permutations,
    whole,
    'a whole number >= 1',
  );
  const windowDays = numberOption(
    'window-days',
    values['window-days'],
    (x) => x > 0,
    'a number of days > 0',
  );
  let scenario: Scenario = loadScenarioArgument(values.scenario ?? 'iraq-2020');
  // Checked against the scenario as loaded: --strike-response then changes what it assumes.
  const posterior =
    values.posterior === undefined ? undefined : readPosteriorFile(values.posterior, scenario);
  const response = values['strike-response'];
  if (response !== undefined) {
    if (!Object.hasOwn(STRIKE_RESPONSES, response))
      throw new CliError(
        `--strike-response must be one of ${Object.keys(STRIKE_RESPONSES).join(', ')}, received ${JSON.stringify(response)}`,
        2,
      );
    scenario = withStrikeResponse(scenario, response);
  }
  const drawn = posterior?.paths.filter((p) => /\.(strikeResponse|hostDeathResponse)$/.test(p));
  if (response !== undefined && drawn !== undefined && drawn.length > 0)
    throw new CliError(
      `--strike-response ${response} sets the strike response, but the posterior ${values.posterior} draws it (${drawn.join(', ')}): give one of the two`,
      2,
    );
  const common = {
    replicates: settings.replicates,
    seed,
    ...(posterior ? { posterior } : {}),
    ...(permutations ? { permutations } : {}),
  };
  let specs: HypothesisSpec[];
  const ids = Object.keys(HYPOTHESES);
  if (which === 'all' || ids.includes(which)) {
    const chosen = which === 'all' ? ids : [which];
    specs = chosen.flatMap((id) =>
      HYPOTHESES[id as keyof typeof HYPOTHESES]({
        scenario,
        replicates: settings.replicates,
        seed,
        ...(windowDays ? { windowDays } : {}),
      }).map((s) => ({ ...s, ...common })),
    );
  } else if (/\.json$/i.test(which)) {
    const spec = readExperiment(which, scenario);
    // The experiment may name its own scenario: the posterior must belong to that one.
    if (values.posterior !== undefined && spec.scenario !== scenario)
      readPosteriorFile(values.posterior, spec.scenario);
    specs = [{ ...spec, ...common }];
  } else
    throw new CliError(
      `unknown hypothesis ${JSON.stringify(which)}; give ${ids.join(', ')}, all, or an experiment file ending in .json`,
      2,
    );
  // Every test is checked before any runs, so a bad input for H3 (a posterior path its
  // control policy lacks, say) is refused before H1 and H2 have run for minutes.
  const plans = explainErrors(settings, () =>
    specs.map((spec) => {
      checkOptionNames('testHypothesis', spec, HYPOTHESIS_KEYS);
      return planHypothesis(spec);
    }),
  );
  const total = specs.length * settings.replicates;
  const progress = (i: number) =>
    settings.progress
      ? {
          onProgress: (done: number) =>
            settings.progress?.update(i * settings.replicates + done, total),
        }
      : {};
  if (shard) {
    // One shard file per test, in order: merge puts each test's shards back together.
    const files = explainErrors(settings, () =>
      specs.map((spec, i) =>
        runShard({ command: 'test', spec }, shard, null, progress(i).onProgress),
      ),
    );
    emit(toJson(files), settings.out, io);
    return 0;
  }
  const write = (results: readonly HypothesisOutcome[]) => {
    writeLines(testLines(results, settings.format), settings.out, io);
    return 0;
  };
  if (settings.workers > 1)
    return explainAsyncErrors(settings, async () => {
      const results: HypothesisOutcome[] = [];
      for (const [i, spec] of specs.entries()) {
        const { result } = await runExperimentParallel(
          { command: 'test', spec },
          { workers: settings.workers, ...progress(i) },
        );
        results.push(result as HypothesisOutcome);
      }
      return results;
    }).then(write);
  return write(
    explainErrors(settings, () =>
      plans.map(({ header, runPart }, i) =>
        finishHypothesis(
          header,
          runPart(header.from, header.from + header.replicates, progress(i).onProgress),
        ),
      ),
    ),
  );
}

function readExperiment(file: string, fallback: Scenario): HypothesisSpec {
  let spec: Record<string, unknown>;
  try {
    spec = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new CliError(`cannot read the experiment ${file}: ${(error as Error).message}`);
  }
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec))
    throw new CliError(`${file} must hold a JSON object with testHypothesis's fields`);
  const scenario =
    typeof spec.scenario === 'string'
      ? loadScenarioArgument(spec.scenario)
      : (spec.scenario ?? fallback);
  return { ...spec, scenario } as unknown as HypothesisSpec;
}

/** The lines `test` writes: JSON, CSV (one row per test) or the verdicts' text. */
export function testLines(
  results: readonly HypothesisOutcome[],
  format: 'json' | 'csv' | 'text',
): string[] {
  if (format === 'json') return [toJson(results)];
  if (format === 'csv') return resultsCsv(results);
  return results.flatMap((r) => [r.text, '']);
}

function resultsCsv(results: readonly HypothesisOutcome[]): string[] {
  const columns = [
    'name',
    'scenario',
    'fingerprint',
    'seed',
    'replicates',
    'treatmentLabel',
    'controlLabel',
    'metric',
    'direction',
    'pairs',
    'excluded',
    'treatmentMean',
    'controlMean',
    'estimate',
    'low',
    'high',
    'pValue',
    'verdict',
  ] as const;
  return [columns.join(','), ...results.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
}
