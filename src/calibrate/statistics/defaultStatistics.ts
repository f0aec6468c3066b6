import type { ObservedRecord } from '../observed/ObservedRecord.js';
import { requireObservedRecord } from '../observed/requireObservedRecord.js';
import type { SummaryStatistic } from './SummaryStatistic.js';
import { windowAttacks } from './windowAttacks.js';

/** Days before and after each strike compared by `strikeResponse7`. */
const AROUND_STRIKE_DAYS = 7;

const inWindow = (r: ObservedRecord, t: number | null) =>
  t !== null && t > r.window.from && t <= r.window.to;

/** Attacks in the window, dated or not: the casualty totals count undated attacks too. */
const casualtyAttacks = (r: ObservedRecord) =>
  r.attacks.filter((a) => a.time === null || inWindow(r, a.time));

/** Gaps between the window's start, each attack and the window's end (they sum to its length). */
function gaps(r: ObservedRecord): number[] {
  const times = [r.window.from, ...windowAttacks(r).map((a) => a.time), r.window.to];
  return times.slice(1).map((t, i) => t - (times[i] as number));
}

const attacks: SummaryStatistic = {
  name: 'attacks',
  description: 'dated attacks in the window (from, to]',
  compute: (r) => windowAttacks(r).length,
};

const gapCv: SummaryStatistic = {
  name: 'gapCv',
  description:
    'coefficient of variation of the gaps between the window start, the attacks and the window end (1 for a Poisson process; above 1 when attacks cluster)',
  compute: (r) => {
    const g = gaps(r);
    const mean = g.reduce((s, x) => s + x, 0) / g.length;
    const variance = g.reduce((s, x) => s + (x - mean) ** 2, 0) / g.length;
    return mean > 0 ? Math.sqrt(variance) / mean : 0;
  },
};

const longestQuiet: SummaryStatistic = {
  name: 'longestQuiet',
  description: 'the longest gap without an attack, as a share of the window',
  compute: (r) => Math.max(...gaps(r)) / (r.window.to - r.window.from),
};

const strikeResponse7: SummaryStatistic = {
  name: 'strikeResponse7',
  description: `attacks in the ${AROUND_STRIKE_DAYS} days after each strike minus those in the ${AROUND_STRIKE_DAYS} days before, summed over the strikes in the window`,
  compute: (r) => {
    const times = windowAttacks(r).map((a) => a.time);
    let total = 0;
    for (const s of r.strikes) {
      if (!inWindow(r, s.time)) continue;
      for (const t of times) {
        if (t > s.time && t <= s.time + AROUND_STRIKE_DAYS) total++;
        else if (t <= s.time && t > s.time - AROUND_STRIKE_DAYS) total--;
      }
    }
    return total;
  },
};

const largestSalvo: SummaryStatistic = {
  name: 'largestSalvo',
  description: 'the largest number of rockets in one attack of the window (of those with a count)',
  compute: (r) => Math.max(0, ...casualtyAttacks(r).map((a) => a.rockets ?? 0)),
};

const killed: SummaryStatistic = {
  name: 'killed',
  description: 'everyone killed by militia attacks in the window',
  compute: (r) => casualtyAttacks(r).reduce((s, a) => s + (a.killed ?? 0), 0),
};

const deadlyAttacks: SummaryStatistic = {
  name: 'deadlyAttacks',
  description: 'attacks in the window that killed anyone (how concentrated the deaths are)',
  compute: (r) => casualtyAttacks(r).filter((a) => (a.killed ?? 0) > 0).length,
};

const wounded: SummaryStatistic = {
  name: 'wounded',
  description: 'everyone wounded by militia attacks in the window',
  compute: (r) => casualtyAttacks(r).reduce((s, a) => s + (a.wounded ?? 0), 0),
};

const hostKilledByMilitia: SummaryStatistic = {
  name: 'hostKilledByMilitia',
  description: 'host soldiers and police killed by militia attacks in the window',
  compute: (r) => casualtyAttacks(r).reduce((s, a) => s + (a.hostKilled ?? 0), 0),
};

const strikes: SummaryStatistic = {
  name: 'strikes',
  description: 'retaliation strikes in the window',
  compute: (r) => r.strikes.filter((s) => inWindow(r, s.time)).length,
};

const hostKilledByStrikes: SummaryStatistic = {
  name: 'hostKilledByStrikes',
  description: 'host soldiers and police killed by strikes in the window',
  compute: (r) =>
    r.strikes.filter((s) => inWindow(r, s.time)).reduce((t, s) => t + (s.hostKilled ?? 0), 0),
};

const reaction = (level: 'condemnation' | 'summon' | 'expulsion'): SummaryStatistic => ({
  name: level,
  description: `1 when the host government reached ${level === 'summon' ? 'summoning ambassadors' : `a${level === 'expulsion' ? 'n expulsion demand' : ' condemnation'}`} in the window (or before it, undated), else 0`,
  compute: (r) =>
    r.political.some((p) => p.level === level && (p.time === null || p.time <= r.window.to))
      ? 1
      : 0,
});

/**
 * The default summary statistics for an observed record: those the record can inform.
 *
 * Always: the attack count, the coefficient of variation of the gaps and the longest quiet
 * spell (rate and clustering). With strikes in the window: attacks in the 7 days after each
 * strike against the 7 days before; in generative mode also the number of strikes and the
 * host deaths they caused (in replay mode the record imposes both). With any rocket count:
 * the largest salvo. With any casualty figure: killed, wounded, the number of deadly attacks
 * and host killed by the militia. With any host reaction: condemnation, summons and expulsion
 * as 0/1 (a record that documents some reactions is taken to document all).
 *
 * @param observed - the observed record
 * @param mode - `replay` (strikes imposed) or `generative` (the policy decides)
 * @returns the statistics, in a fixed order
 * @example
 * defaultStatistics(observedFromReading('wire'), 'replay').map((s) => s.name).slice(0, 3);
 * // => ['attacks', 'gapCv', 'longestQuiet']
 */
export function defaultStatistics(
  observed: ObservedRecord,
  mode: 'replay' | 'generative',
): SummaryStatistic[] {
  requireObservedRecord('observed', observed);
  const list = [attacks, gapCv, longestQuiet];
  const struck = observed.strikes.some((s) => inWindow(observed, s.time));
  if (struck) list.push(strikeResponse7);
  if (mode === 'generative') list.push(strikes, hostKilledByStrikes);
  const inRecord = casualtyAttacks(observed);
  if (inRecord.some((a) => a.rockets !== null)) list.push(largestSalvo);
  if (inRecord.some((a) => a.killed !== null || a.wounded !== null)) {
    list.push(killed, deadlyAttacks, wounded, hostKilledByMilitia);
  }
  if (observed.political.length > 0) {
    list.push(reaction('condemnation'), reaction('summon'), reaction('expulsion'));
  }
  return list;
}
