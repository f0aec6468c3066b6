import type { PriorOption } from '../../../hawkes/fit/parameterPrior.js';
import { fitHawkes } from '../../../hawkes/fitHawkes.js';
import { LIBRARY_VERSION } from '../../../version.js';
import { CliError } from '../CliError.js';
import { formatFit } from '../formatFit.js';
import { type CliIo, emit } from '../io.js';
import { numberOption, parseCommand, singleInput } from '../parseOptions.js';
import { progressBar } from '../progressBar.js';
import { readFitInput } from '../readFitInput.js';
import { toJson } from '../toJson.js';

export const fitHelp = `Usage: escalation-sim fit <file | iraq-2020:table|text|wire> [options]

Fit a self-exciting (Hawkes) attack process by maximum likelihood and report estimates,
standard errors, profile-likelihood intervals, a bootstrapped test against a Poisson
process, goodness of fit by time rescaling, a comparison with trend models by AIC, and
warnings where the data cannot tell things apart.

The input is the embedded 2020 data set under one of its readings, or an event file:
CSV with a "date" (ISO, optional THH:MM and offset) or "time" (days) column and an
optional "type" column (rows of type "attack" are fitted, "strike" rows are strikes), a
JSON array of such events (a .json file), or an ACLED export (a CSV with event_date,
event_type, sub_event_type, actor1, … columns; explosions and battles count as attacks,
air/drone strikes as strikes).

Options:
  --horizon D        end of the observation window in days (default: see the output)
  --start DATE       ISO date of day 0 for an event file (default: its earliest date)
  --window W         for iraq-2020: "documented" (from the first attack's day, default)
                     or "calendar" (from 2020-01-01)
  --day-placement P  dates without a time: "spread" within their day (default: one at
                     mid-day, k on one day evenly) or "start" (00:00 UTC; ties refused)
  --strikes          also fit the response to strikes (strikeResponse and its decay)
  --skip-invalid     drop invalid rows (counted in the output) instead of refusing the file
  --time-column C    CSV: the column that holds times in days, if not named "time"
  --date-column C    CSV: the column that holds dates, if not named "date" (other
                     columns the format does not know are ignored and listed)
  --actor NAME       ACLED: keep rows whose actor1 or actor2 contains NAME (repeatable)
  --event-type TYPE  ACLED: keep rows of this event_type (repeatable)
  --fix NAME=VALUE   hold a parameter, e.g. --fix decay=0.2 (repeatable)
  --prior NAME=PRIOR a prior on a parameter, which makes the fit a posterior mode (MAP):
                     a named one, --prior branchingRatio=lewis2012 (the prior calibrate
                     uses), or the JSON shapes calibrate --priors takes, e.g.
                     --prior 'decay={"type":"gamma","shape":2,"rate":10}' (repeatable)
  --intervals M      "profile" (default up to 2000 events), "wald" or "none"
  --bootstrap N      bootstrap replicates of the Poisson test (default 199; each is a
                     full refit, the slow part with strikes: --bootstrap 0 skips it)
  --seed S           seed of the bootstrap (default 1)
  --holdout DAYS     also fit every model to all but the last DAYS days and score those
                     days' events by predictive log-likelihood, beside AIC
  --effect-window D  with --strikes: days after each strike over which its effect on the
                     expected attack count is reported (default 7)
  --strike-cutoff M  with --strikes: the cut-off of the strike response's profile interval:
                     "auto" (default: bootstrap for 2 or more strikes and up to 500
                     events without --prior, else chi-square; the output says which
                     and why), "bootstrap" (each end where the signed root, corrected
                     by its bootstrap mean and spread there, reaches the normal
                     quantile; about ten times slower than chi-square) or "chi-square"
                     (Wilks; with few events it covers less than stated)
  --cutoff-replicates N  bootstrap records at each end of that interval (default 49; each
                     is a few local searches)
  --time-resolution D  with --strikes: the step in days at which times are known (default:
                     the coarsest precision of the fitted dates, 1 for dates alone; for
                     bare times 1 if all are whole days, else 0, continuous). A strike
                     response must last 1/decay >= D and >= a quarter of the mean gap
                     between attacks: a shorter one predicts nothing the record could
                     hold, and the output says when the fit sits on that limit
  --json             print JSON (params, logLikelihood, estimates, tests, comparison, warnings)
  --out FILE         write to FILE instead of stdout
  --progress         show progress on stderr from the start (on a terminal it always
                     shows; otherwise a line every 10% once the fit has run 5 seconds)
  -h, --help         show this help
`;

/** `escalation-sim fit`: fit the attack process to a file or an embedded reading. */
export function fitCommand(args: readonly string[], io: CliIo): number {
  const parsed = parseCommand(
    'fit',
    args,
    {
      horizon: { type: 'string' },
      start: { type: 'string' },
      window: { type: 'string' },
      'day-placement': { type: 'string' },
      strikes: { type: 'boolean' },
      'skip-invalid': { type: 'boolean' },
      'time-column': { type: 'string' },
      'date-column': { type: 'string' },
      actor: { type: 'string', multiple: true },
      'event-type': { type: 'string', multiple: true },
      fix: { type: 'string', multiple: true },
      prior: { type: 'string', multiple: true },
      intervals: { type: 'string' },
      bootstrap: { type: 'string' },
      seed: { type: 'string' },
      holdout: { type: 'string' },
      'effect-window': { type: 'string' },
      'strike-cutoff': { type: 'string' },
      'cutoff-replicates': { type: 'string' },
      'time-resolution': { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      progress: { type: 'boolean' },
    },
    fitHelp,
    io,
  );
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  const source = singleInput(
    'fit',
    positionals,
    "fit needs an input: a CSV or JSON event file, or iraq-2020:table|text|wire; see 'escalation-sim fit --help'",
  );
  const window = oneOf('window', values.window, ['documented', 'calendar'] as const, 'documented');
  const dayPlacement = oneOf(
    'day-placement',
    values['day-placement'],
    ['spread', 'start'] as const,
    'spread',
  );
  const intervals =
    values.intervals === undefined
      ? undefined
      : oneOf('intervals', values.intervals, ['profile', 'wald', 'none'] as const, 'profile');
  const input = readFitInput(source, {
    horizon: numberOption('horizon', values.horizon, (x) => x > 0, 'a number of days > 0'),
    start: values.start,
    window,
    dayPlacement,
    useStrikes: values.strikes === true,
    skipInvalid: values['skip-invalid'] === true,
    actors: values.actor ?? [],
    eventTypes: values['event-type'] ?? [],
    columns: {
      ...(values['time-column'] ? { time: values['time-column'] } : {}),
      ...(values['date-column'] ? { date: values['date-column'] } : {}),
    },
  });
  const bootstrap = numberOption(
    'bootstrap',
    values.bootstrap,
    (x) => Number.isInteger(x) && x >= 0,
    'a whole number >= 0',
  );
  const holdoutDays = numberOption(
    'holdout',
    values.holdout,
    (x) => x > 0 && x < input.horizon,
    `a number of days in (0, ${input.horizon})`,
  );
  const effectWindow = numberOption(
    'effect-window',
    values['effect-window'],
    (x) => x > 0,
    'a number of days > 0',
  );
  const strikeCutoff =
    values['strike-cutoff'] === undefined
      ? undefined
      : oneOf(
          'strike-cutoff',
          values['strike-cutoff'],
          ['auto', 'bootstrap', 'chi-square'] as const,
          'auto',
        );
  const cutoffReplicates = numberOption(
    'cutoff-replicates',
    values['cutoff-replicates'],
    (x) => Number.isInteger(x) && x >= 19 && x <= 10_000,
    'a whole number from 19 to 10000',
  );
  const timeResolution =
    numberOption(
      'time-resolution',
      values['time-resolution'],
      (x) => x >= 0 && x < input.horizon,
      `a number of days in [0, ${input.horizon}) (0 for continuous times)`,
    ) ?? input.timeResolution;
  const progress = progressBar(
    io,
    process.stderr.isTTY === true,
    'fit',
    'steps',
    values.progress === true,
  );
  const fit = fitHawkes(input.times, {
    horizon: input.horizon,
    ...(input.strikes ? { strikes: input.strikes } : {}),
    fix: parseFix(values.fix ?? []),
    ...(values.prior === undefined ? {} : { priors: parsePriors(values.prior) }),
    ...(intervals ? { intervals } : {}),
    ...(bootstrap === undefined ? {} : { bootstrap }),
    seed: values.seed ?? 1,
    ...(holdoutDays === undefined ? {} : { holdout: { from: input.horizon - holdoutDays } }),
    ...(effectWindow === undefined ? {} : { effectWindow }),
    ...(strikeCutoff === undefined
      ? {}
      : { strikeCutoff: strikeCutoff === 'chi-square' ? ('chiSquare' as const) : strikeCutoff }),
    ...(cutoffReplicates === undefined ? {} : { strikeCutoffReplicates: cutoffReplicates }),
    ...(timeResolution === undefined ? {} : { timeResolution }),
    onProgress: progress.update,
  });
  progress.finish();
  const notes =
    input.strikes === undefined && input.strikesAvailable > 0
      ? [
          ...input.notes,
          `${input.strikesAvailable} strike(s) in the input are not fitted (add --strikes)`,
        ]
      : input.notes;
  emit(
    values.json
      ? toJson({
          provenance: {
            software: 'escalation-sim',
            version: LIBRARY_VERSION,
            seed: values.seed ?? 1,
          },
          input: { source: input.label, horizon: input.horizon, times: input.times, notes },
          ...fit,
        })
      : formatFit(fit, input.label, notes),
    values.out,
    io,
  );
  return 0;
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new CliError(
      `--${name} must be one of ${allowed.join(', ')}, received ${JSON.stringify(value)}`,
      2,
    );
  return value as T;
}

function parseFix(entries: readonly string[]): Record<string, number> {
  const fix: Record<string, number> = {};
  for (const entry of entries) {
    const match = /^([A-Za-z]+)=(.+)$/.exec(entry);
    const value = match ? Number(match[2]) : Number.NaN;
    if (!match || !Number.isFinite(value))
      throw new CliError(
        `--fix must look like NAME=NUMBER (e.g. decay=0.2), received ${JSON.stringify(entry)}`,
        2,
      );
    fix[match[1] as string] = value;
  }
  return fix;
}

/** `NAME=lewis2012` or `NAME={json}` into priors by name; fitHawkes checks the shapes. */
function parsePriors(entries: readonly string[]): Record<string, PriorOption> {
  const priors: Record<string, PriorOption> = {};
  for (const entry of entries) {
    const match = /^([A-Za-z]+)=(.+)$/s.exec(entry);
    if (!match)
      throw new CliError(
        `--prior must look like NAME=PRIOR (e.g. branchingRatio=lewis2012), received ${JSON.stringify(entry)}`,
        2,
      );
    const [, name, text] = match as unknown as [string, string, string];
    if (!text.trimStart().startsWith('{')) {
      priors[name] = text as PriorOption;
      continue;
    }
    try {
      priors[name] = JSON.parse(text) as PriorOption;
    } catch (error) {
      throw new CliError(`--prior ${name}: not valid JSON: ${(error as Error).message}`, 2);
    }
  }
  return priors;
}
