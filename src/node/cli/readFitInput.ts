import { iraq2020Reading } from '../../data/iraq2020/iraq2020Reading.js';
import type { ReadingName } from '../../data/iraq2020/types.js';
import type { StrikeInput } from '../../hawkes/fit/strikeInput.js';
import { CliError } from './CliError.js';
import { type EventFileOptions, loadEventFile } from './loadEventFile.js';

/** Event times ready for `fitHawkes`, with a plain account of how they were placed. */
export interface FitInput {
  readonly label: string;
  readonly times: number[];
  readonly horizon: number;
  readonly strikes: StrikeInput | undefined;
  /** How many strikes the source has, whether or not they are fitted. */
  readonly strikesAvailable: number;
  /** Sentences for the reader: the window, the time convention, what was left out. */
  readonly notes: string[];
}

export interface FitInputOptions extends EventFileOptions {
  readonly horizon: number | undefined;
  readonly window: 'documented' | 'calendar';
  readonly useStrikes: boolean;
}

const READINGS: readonly ReadingName[] = ['table', 'text', 'wire'];

/**
 * Resolve `iraq-2020:<reading>` or an event file (see `loadEventFile`) into attack times,
 * strikes and a horizon, refusing what a fit cannot use with the line that holds it.
 */
export function readFitInput(source: string, options: FitInputOptions): FitInput {
  const embedded = /^iraq-?2020(?::(.*))?$/.exec(source);
  if (embedded) return embeddedInput((embedded[1] ?? 'table') as ReadingName, options);
  const { loaded, notes: fileNotes } = loadEventFile(source, options);
  const attacks = loaded.events.filter((e) => e.type === 'attack');
  const strikes = loaded.events.filter((e) => e.type === 'strike');
  if (attacks.length === 0)
    throw new CliError(
      `${source} has no attack events to fit (rows with type "attack", or a file without a type column)`,
    );
  for (let i = 1; i < attacks.length; i++) {
    const [a, b] = [attacks[i - 1], attacks[i]];
    if (a && b && a.time === b.time) {
      throw new CliError(
        `${origin(b.origin)} has the same time as ${origin(a.origin)} (${b.date ?? b.time}): a Hawkes fit needs distinct times; ` +
          (options.dayPlacement === 'start'
            ? 'use --day-placement spread to place same-day attacks apart within their day'
            : 'give times of day, or remove the duplicate'),
      );
    }
  }
  const early = attacks.find((e) => e.time < 0);
  if (early) {
    throw new CliError(
      `${origin(early.origin)} lies before day 0 (time ${fmt(early.time)}): ` +
        (options.start === undefined
          ? 'times must be >= 0'
          : `--start ${options.start} is after it; choose an earlier --start`),
    );
  }
  const horizonOption = options.horizon;
  const late =
    horizonOption === undefined
      ? undefined
      : [...attacks, ...(options.useStrikes ? strikes : [])].find((e) => e.time > horizonOption);
  if (late) {
    throw new CliError(
      `${origin(late.origin)} lies past the horizon (${late.type} at day ${fmt(late.time)}, --horizon ${fmt(horizonOption as number)}): raise --horizon or leave the row out`,
    );
  }
  if (options.useStrikes && strikes.length === 0) {
    throw new CliError(
      `--strikes asks for the strike response, but ${source} has no rows of type "strike"`,
      2,
    );
  }
  const last = attacks[attacks.length - 1]?.time as number;
  const dayPrecision = attacks.some((e) => e.precision === 'day');
  const horizon = options.horizon ?? (dayPrecision ? Math.floor(last) + 1 : last);
  const notes = [
    ...fileNotes,
    loaded.start === null
      ? 'times in days as given (sorted)'
      : `day 0 is ${loaded.start} 00:00 UTC`,
    options.horizon === undefined
      ? `horizon ${fmt(horizon)} days (default: ${dayPrecision ? 'the end of the last attack’s day' : 'the last attack'}; set --horizon)`
      : `horizon ${fmt(horizon)} days`,
  ];
  if (dayPrecision) {
    notes.push(
      options.dayPlacement === 'spread'
        ? 'dates without a time are placed within their day: one at mid-day, k on one day at (i+1)/(k+1)'
        : 'dates without a time are placed at 00:00 UTC (same-day attacks then tie and are refused)',
    );
  }
  return {
    label: source,
    times: attacks.map((e) => e.time),
    horizon,
    strikes:
      options.useStrikes && strikes.length > 0
        ? { times: strikes.map((e) => e.time), hostKilled: strikes.map((e) => e.killed ?? 0) }
        : undefined,
    strikesAvailable: strikes.length,
    notes,
  };
}

function embeddedInput(name: ReadingName, options: FitInputOptions): FitInput {
  if (!READINGS.includes(name))
    throw new CliError(
      `unknown reading "${name}" of iraq-2020; readings: ${READINGS.join(', ')}`,
      2,
    );
  if (options.start !== undefined)
    throw new CliError(
      '--start applies to event files; for iraq-2020 choose --window documented|calendar',
      2,
    );
  const reading = iraq2020Reading(name);
  const origin = options.window === 'documented' ? reading.documentedFromDays : 0;
  const horizon = options.horizon ?? reading.horizonDays - origin;
  const strikeTimes = reading.strikes.map((s) => s.time - origin);
  const hostKilled = reading.strikes.map((s) => lowerCount(s.killed.host));
  const notes = [
    `reading "${name}": ${reading.description}`,
    options.window === 'documented'
      ? `window: from the start of the documented record (the Baghdad day of the first attack) to the end of the last dated event, ${fmt(horizon)} days`
      : `window: from 2020-01-01 00:00 UTC (treating January as observed and quiet, which the source does not document), ${fmt(horizon)} days`,
    'dates without a time sit at mid-day Baghdad time; times of day are used where wire reports give them',
  ];
  if (reading.undatedAttacks.length > 0)
    notes.push(
      `${reading.undatedAttacks.length} documented attack(s) have no date in this reading and are left out`,
    );
  return {
    label: `iraq-2020:${name}`,
    times: reading.attackTimes.map((t) => t - origin),
    horizon,
    strikes: options.useStrikes ? { times: strikeTimes, hostKilled } : undefined,
    strikesAvailable: strikeTimes.length,
    notes,
  };
}

function origin(o: { readonly line: number } | { readonly index: number }): string {
  return 'line' in o ? `line ${o.line}` : `event [${o.index}]`;
}

/** The documented lower figure of a count (a range's minimum); 0 when undocumented. */
function lowerCount(count: number | { readonly min: number } | null): number {
  if (count === null) return 0;
  return typeof count === 'number' ? count : count.min;
}

function fmt(x: number): string {
  return Number(x.toFixed(3)).toString();
}
