/**
 * One simulated year of the `iraq-2020` preset, printed as a dated timeline: attacks with
 * their rockets and casualties, the retaliation strikes the March 2020 policy orders (only
 * after own deaths, five sites, 1.25 days later), and the host government's reactions.
 *
 * Headline check: every strike answers a deadly attack exactly 1.25 days earlier, and every
 * political reaction comes at a strike.
 *
 * Run: npx tsx examples/01-iraq-2020-timeline.ts [seed]
 */
import { presets, runScenario, type SimEvent } from 'escalation-sim';

export interface TimelineOptions {
  readonly seed?: number | string;
  /** Print only the events of the first `days` days (the run is always the whole year). */
  readonly days?: number;
  readonly write?: (line: string) => void;
}

export function main({ seed = 7, days = 365, write = console.log }: TimelineOptions = {}) {
  const run = runScenario(presets['iraq-2020'], { seed });
  write(`iraq-2020, seed ${seed}: one simulated year (times UTC)`);
  for (const event of run.events) if (event.time <= days) write(describe(event));
  const o = run.outcomes;
  write(
    `\nOver the whole year: ${o.attacks} attacks, ${o.strikes} strikes; foreign killed ${o.foreignKilled}, host killed by militia ${o.hostKilledByMilitia} and by strikes ${o.hostKilledByStrikes}; ` +
      `expulsion demanded: ${o.expulsionDemanded === 1 ? `day ${o.expulsionDay?.toFixed(0)}` : 'no'}`,
  );
  checkHeadline(run.events);
  return run;
}

function describe(e: SimEvent): string {
  const when = e.date.slice(0, 16).replace('T', ' ');
  switch (e.type) {
    case 'attack':
      return `${when}  attack on ${e.base}: ${e.rockets} rockets; foreign ${e.foreignKilled} killed ${e.foreignWounded} wounded, host ${e.hostKilled} killed ${e.hostWounded} wounded`;
    case 'strike':
      return `${when}  STRIKE on ${e.targets} sites (quality ${e.quality.toFixed(2)}): ${e.occupiedHits} occupied, ${e.militiaKilled} militia and ${e.hostKilled} host forces killed`;
    case 'political':
      return `${when}  host government: ${e.level} (pressure ${e.pressure.toFixed(1)})`;
    case 'withdrawal':
      return `${when}  foreign force withdraws`;
  }
}

function checkHeadline(events: readonly SimEvent[]): void {
  const deadly = new Set(
    events.flatMap((e) => (e.type === 'attack' && e.foreignKilled > 0 ? [e.time] : [])),
  );
  const strikes = events.filter((e) => e.type === 'strike');
  for (const s of strikes) {
    if (!deadly.has(s.decidedAt) || Math.abs(s.time - s.decidedAt - 1.25) > 1e-9) {
      throw new Error(
        `headline check failed: the strike of ${s.date} does not answer a deadly attack 1.25 days earlier`,
      );
    }
  }
  const strikeTimes = new Set(strikes.map((s) => s.time));
  for (const p of events) {
    if (p.type === 'political' && !strikeTimes.has(p.time)) {
      throw new Error(`headline check failed: the reaction of ${p.date} comes at no strike`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main({ seed: process.argv[2] ?? 7 });
