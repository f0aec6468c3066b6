import type { LoadedEvents } from '../../data/loadEvents.js';
import type { PoliticalLevel } from '../../model/SimEvent.js';
import { requireArrayLike, requireObject } from '../../util/requireArgument.js';
import type { ObservedAttack, ObservedPolitical, ObservedRecord } from './ObservedRecord.js';

const LEVELS: readonly [RegExp, PoliticalLevel][] = [
  [/condemn/i, 'condemnation'],
  [/summon|ambassador/i, 'summon'],
  [/expul|expel|withdrawal demand|leave/i, 'expulsion'],
];

/** A count or the midpoint of its range (`killed`–`killedMax`). */
const count = (low: number | undefined, high: number | undefined): number | null =>
  low === undefined ? null : high === undefined ? low : (low + high) / 2;

/**
 * An observed record from events loaded with `loadEvents` (or `loadAcledCsv`): attacks with
 * their casualties and targets, strikes, and political reactions read from their subtype
 * (`condemnation`; `summon` or `ambassadors summoned`; `expulsion demand`).
 *
 * Conventions: on a strike row, `killed` is read as the host soldiers and police the strike
 * killed (the collateral that drives host pressure). The window runs from the first attack
 * (given, not counted: a record usually starts because of it) to the end of the day of the
 * last event, unless `window` says otherwise. Undated attacks count towards casualty totals.
 *
 * @param loaded - the loaded events (they must carry dates, so that `start` is known)
 * @param options - `label` (e.g. the file name) and an optional `window` in days from `start`
 * @returns the record
 * @throws RangeError when the events have no start date or no dated attack
 * @example
 * const loaded = loadEvents('date,type\n2020-01-05,attack\n2020-01-09,attack\n');
 * observedFromEvents(loaded, { label: 'two attacks' }).window; // => { from: 0, to: 5 }
 */
export function observedFromEvents(
  loaded: LoadedEvents,
  options: {
    readonly label: string;
    readonly window?: { readonly from: number; readonly to: number };
  },
): ObservedRecord {
  requireObject('loaded', loaded, 'loaded events (loadEvents(text))');
  requireArrayLike(
    'loaded.events',
    loaded.events,
    'loaded events with their events array (loadEvents(text))',
  );
  requireArrayLike(
    'loaded.undated',
    loaded.undated,
    'loaded events with their undated array (loadEvents(text))',
  );
  requireObject('options', options, 'an object { label, window? }');
  if (loaded.start === null)
    throw new RangeError(
      'the events need dates (not only times) so that the record has a start date',
    );
  const attackOf = (e: {
    killed?: number | undefined;
    killedMax?: number | undefined;
    wounded?: number | undefined;
    woundedMax?: number | undefined;
    target?: string | undefined;
  }): Omit<ObservedAttack, 'time'> => ({
    rockets: null,
    killed: count(e.killed, e.killedMax),
    wounded: count(e.wounded, e.woundedMax),
    hostKilled: null,
    target: e.target ?? null,
  });
  const attacks: ObservedAttack[] = [
    ...loaded.events
      .filter((e) => e.type === 'attack')
      .map((e) => ({ time: e.time, ...attackOf(e) })),
    ...loaded.undated
      .filter((e) => e.type === 'attack')
      .map((e) => ({ time: null, ...attackOf(e) })),
  ];
  const first = attacks.find((a) => a.time !== null)?.time;
  if (first === undefined || first === null)
    throw new RangeError('the events hold no dated attack');
  const strikes = loaded.events
    .filter((e) => e.type === 'strike')
    .map((e) => ({
      time: e.time,
      targets: null,
      hostKilled: count(e.killed, e.killedMax),
      delayDays: null,
    }));
  const political: ObservedPolitical[] = [...loaded.events, ...loaded.undated].flatMap((e) => {
    if (e.type !== 'political') return [];
    const level = LEVELS.find(([pattern]) => pattern.test(e.subtype ?? ''))?.[1];
    return level === undefined
      ? []
      : [{ level, time: 'time' in e && typeof e.time === 'number' ? e.time : null }];
  });
  const last = Math.max(...loaded.events.map((e) => e.time));
  return {
    label: options.label,
    start: loaded.start,
    window: options.window ?? { from: first, to: Math.floor(last) + 1 },
    attacks,
    strikes,
    political,
  };
}
