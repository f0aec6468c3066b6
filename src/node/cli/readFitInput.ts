import { PRECISIONS } from '../../data/EventColumnStore.js';
import { EVENT_TYPES } from '../../data/EventRecord.js';
import { iraq2020Reading } from '../../data/iraq2020/iraq2020Reading.js';
import type { ReadingName } from '../../data/iraq2020/types.js';
import type { StrikeInput } from '../../hawkes/fit/strikeInput.js';
import { CliError } from './CliError.js';
import type { EventFileOptions } from './loadEventFile.js';
import { readEventColumns } from './readEventColumns.js';

/** Event times ready for `fitHawkes`, with a plain account of how they were placed. */
export interface FitInput {
  readonly label: string;
  readonly times: number[];
  readonly horizon: number;
  readonly strikes: StrikeInput | undefined;
  /** How many strikes the source has, whether or not they are fitted. */
  readonly strikesAvailable: number;
  /**
   * The coarsest precision among the fitted events' dates, in days (1 for a date, 1/1440
   * for a time to the minute), or undefined when no fitted event has a date (bare times).
   */
  readonly timeResolution: number | undefined;
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
  const { events, notes: fileNotes, where, dateAt } = readEventColumns(source, options);
  const ATTACK = EVENT_TYPES.indexOf('attack');
  const STRIKE = EVENT_TYPES.indexOf('strike');
  const attacks: number[] = []; // positions in the sorted columns
  const strikes: number[] = [];
  for (let i = 0; i < events.time.length; i++) {
    if (events.type[i] === ATTACK) attacks.push(i);
    else if (events.type[i] === STRIKE) strikes.push(i);
  }
  const time = (i: number) => events.time[i] as number;
  const at = (i: number) => where(events.origin[i] as number);
  if (attacks.length === 0)
    throw new CliError(
      `${source} has no attack events to fit (rows with type "attack", or a file without a type column)`,
    );
  for (let k = 1; k < attacks.length; k++) {
    const [a, b] = [attacks[k - 1] as number, attacks[k] as number];
    if (time(a) === time(b)) {
      throw new CliError(
        `${at(b)} has the same time as ${at(a)} (${dateAt(events.origin[b] as number) ?? time(b)}): a Hawkes fit needs distinct times; ` +
          (options.dayPlacement === 'start'
            ? 'use --day-placement spread to place same-day attacks apart within their day'
            : 'give times of day, or remove the duplicate'),
      );
    }
  }
  const early = attacks.find((i) => time(i) < 0);
  if (early !== undefined) {
    throw new CliError(
      `${at(early)} lies before day 0 (time ${fmt(time(early))}): ` +
        (options.start === undefined
          ? 'times must be >= 0'
          : `--start ${options.start} is after it; choose an earlier --start`),
    );
  }
  const horizonOption = options.horizon;
  const late =
    horizonOption === undefined
      ? undefined
      : [...attacks, ...(options.useStrikes ? strikes : [])].find((i) => time(i) > horizonOption);
  if (late !== undefined) {
    throw new CliError(
      `${at(late)} lies past the horizon (${EVENT_TYPES[events.type[late] as number]} at day ${fmt(time(late))}, --horizon ${fmt(horizonOption as number)}): raise --horizon or leave the row out`,
    );
  }
  if (options.useStrikes && strikes.length === 0) {
    throw new CliError(
      `--strikes asks for the strike response, but ${source} has no rows of type "strike"`,
      2,
    );
  }
  const last = time(attacks[attacks.length - 1] as number);
  const DAY = PRECISIONS.indexOf('day');
  const dayPrecision = attacks.some((i) => events.precision[i] === DAY);
  const horizon = options.horizon ?? (dayPrecision ? Math.floor(last) + 1 : last);
  const notes = [
    ...fileNotes,
    events.start === null
      ? 'times in days as given (sorted)'
      : `day 0 is ${events.start} 00:00 UTC`,
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
  const killed = (i: number) => events.killed[i] as number;
  const fitted = options.useStrikes ? [...attacks, ...strikes] : attacks;
  const timeResolution = coarsest(
    fitted.map((i) => PRECISIONS[events.precision[i] as number] ?? null),
  );
  if (options.useStrikes && timeResolution !== undefined)
    notes.push(resolutionNote(timeResolution));
  return {
    label: source,
    times: attacks.map(time),
    horizon,
    strikes:
      options.useStrikes && strikes.length > 0
        ? {
            times: strikes.map(time),
            hostKilled: strikes.map((i) => (Number.isNaN(killed(i)) ? 0 : killed(i))),
          }
        : undefined,
    strikesAvailable: strikes.length,
    timeResolution,
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
  const timeResolution = coarsest([
    ...reading.attackPrecision,
    ...(options.useStrikes ? reading.strikes.map((s) => s.precision) : []),
  ]);
  if (options.useStrikes && timeResolution !== undefined)
    notes.push(resolutionNote(timeResolution));
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
    timeResolution,
    notes,
  };
}

const STEP_DAYS: Readonly<Record<string, number>> = {
  day: 1,
  minute: 1 / 1440,
  second: 1 / 86_400,
};

/** The longest step among dated events' precisions, in days; undefined when none is dated. */
function coarsest(precisions: readonly (string | null)[]): number | undefined {
  const steps = precisions.flatMap((p) => (p === null ? [] : [STEP_DAYS[p] ?? 0]));
  return steps.length === 0 ? undefined : Math.max(...steps);
}

function resolutionNote(step: number): string {
  const unit = step === 1 ? '1 day' : step * 1440 === 1 ? '1 minute' : `${fmt(step * 86_400)} s`;
  return `time resolution ${unit}: the coarsest precision among the fitted events' dates (set --time-resolution)`;
}

/** The documented lower figure of a count (a range's minimum); 0 when undocumented. */
function lowerCount(count: number | { readonly min: number } | null): number {
  if (count === null) return 0;
  return typeof count === 'number' ? count : count.min;
}

function fmt(x: number): string {
  return Number(x.toFixed(3)).toString();
}
