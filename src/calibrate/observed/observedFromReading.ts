import { iraq2020Reading, type SideCounts } from '../../data/iraq2020/iraq2020Reading.js';
import type { Count, ReadingName } from '../../data/iraq2020/types.js';
import type { ObservedAttack, ObservedRecord } from './ObservedRecord.js';

const midpoint = (c: Count): number | null =>
  c === null ? null : typeof c === 'number' ? c : (c.min + c.max) / 2;

/** Casualties of every side together, or of one; `null` when no figure is documented. */
function total(counts: SideCounts, which?: 'host'): number | null {
  const known = Object.values(counts).filter((c) => c !== null);
  if (known.length === 0) return null;
  if (which !== undefined) return midpoint(counts[which]) ?? 0;
  return known.reduce<number>((sum, c) => sum + (midpoint(c) ?? 0), 0);
}

/**
 * The observed record of one reading of the documented 2020 sequence (`table`, `text` or
 * `wire`): attacks with their rockets and casualties, the strike with its host deaths and
 * the delay since the deadly attack it answered, the condemnation and the summons.
 *
 * The window runs from the first documented attack (the source counts "since January 27";
 * that attack is given, not counted) to the end of the reading's last documented day. In the
 * `table` and `text` readings the deadly Camp Taji attack has no date: it is kept as an
 * undated attack (its casualties count; it does not count as a dated attack). Casualties the
 * sources do not mention are 0 for attacks whose other figures are given, else unknown.
 *
 * @param reading - `table`, `text` or `wire`
 * @returns the observed record
 * @throws RangeError for an unknown reading, listing the three
 * @example
 * observedFromReading('wire').attacks.length; // => 10
 */
export function observedFromReading(reading: ReadingName): ObservedRecord {
  const r = iraq2020Reading(reading);
  const attack = (
    time: number | null,
    rockets: Count,
    killed: SideCounts,
    wounded: SideCounts,
    target: string | null,
  ): ObservedAttack => ({
    time,
    rockets: midpoint(rockets),
    killed: total(killed),
    wounded: total(wounded),
    hostKilled: total(killed, 'host'),
    target,
  });
  const dated = r.attacks.map((a) => attack(a.time, a.rockets, a.killed, a.wounded, a.target));
  const undated = r.undatedAttacks.map((a) => {
    const figures = a.casualties.article;
    const count = (outcome: 'killed' | 'wounded', s?: 'host') =>
      figures
        .filter((f) => f.outcome === outcome && (s === undefined || f.side === s))
        .reduce((sum, f) => sum + (midpoint(f.count.value) ?? 0), 0);
    return {
      time: null,
      rockets: midpoint(a.rockets?.value ?? null),
      killed: count('killed'),
      wounded: count('wounded'),
      hostKilled: count('killed', 'host'),
      target: a.target.value,
    };
  });
  const deadly = r.attacks.find((a) => (midpoint(a.killed.foreign) ?? 0) > 0);
  const strikes = r.strikes.map((s) => ({
    time: s.time,
    targets: midpoint(s.sites),
    hostKilled: midpoint(s.killed.host) ?? 0,
    // The strike answered the deadly attack; its delay is known only where that attack is dated.
    delayDays: deadly !== undefined && deadly.time < s.time ? s.time - deadly.time : null,
  }));
  return {
    label: `iraq-2020:${reading}`,
    start: r.start,
    window: { from: r.attackTimes[0] ?? r.documentedFromDays, to: r.horizonDays },
    attacks: [...dated, ...undated],
    strikes,
    political: r.political.map((p) => ({
      level: p.subtype === 'condemnation' ? 'condemnation' : 'summon',
      time: null,
    })),
  };
}
