import fc from 'fast-check';
import type { AttackRecord, PolicyObservation, StrikeRecord } from '../../src/policies/types.js';

const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }));

/** A random attack at a given time. */
const attackAt = (time: number) =>
  fc.record({
    time: fc.constant(time),
    militia: fc.constantFrom('kh', 'ahh'),
    base: fc.constantFrom('taji', 'k1', 'green-zone'),
    rockets: fc.integer({ min: 1, max: 40 }),
    foreignKilled: count,
    foreignWounded: count,
    hostKilled: count,
    hostWounded: count,
  }) satisfies fc.Arbitrary<AttackRecord>;

/**
 * A random, internally consistent observation: attack times increase up to `time`; after an
 * attack trigger the triggering attack is the last entry of `attacks`; strikes were decided
 * at attack times and landed by `time`, in landing order.
 */
export const observationArb: fc.Arbitrary<PolicyObservation> = fc
  .record({
    // Mostly close attacks (episodes, windows of 7 and 30 days), sometimes long quiet spells.
    gaps: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.double({ min: 0.01, max: 3, noNaN: true }) },
        { weight: 1, arbitrary: fc.double({ min: 3, max: 60, noNaN: true }) },
      ),
      { maxLength: 25 },
    ),
    // Strikes decided at attacks (as most policies do), landing after a delay.
    strikeSpecs: fc.array(
      fc.record({ at: fc.nat(), delay: fc.double({ min: 0, max: 10, noNaN: true }) }),
      { maxLength: 15 },
    ),
    isAttack: fc.boolean(),
    wait: fc.oneof(
      fc.double({ min: 0.01, max: 2, noNaN: true }),
      fc.double({ min: 2, max: 60, noNaN: true }),
    ),
    pendingStrikes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 })),
    domesticPressure: fc.double({ min: 0, max: 20, noNaN: true }),
    hostPressure: fc.double({ min: 0, max: 20, noNaN: true }),
    expulsionThreshold: fc.oneof(
      fc.double({ min: 1, max: 20, noNaN: true }),
      fc.constant(Number.POSITIVE_INFINITY),
    ),
    marks: fc.array(attackAt(0), { minLength: 26, maxLength: 26 }),
  })
  .map((r) => {
    let t = 0;
    const attacks: AttackRecord[] = r.gaps.map((g, i) => {
      t += g;
      return { ...(r.marks[i] as AttackRecord), time: t };
    });
    const time = t + r.wait;
    const strikes: StrikeRecord[] =
      attacks.length === 0
        ? []
        : r.strikeSpecs
            .map(({ at, delay }) => {
              const decidedAt = (attacks[at % attacks.length] as AttackRecord).time;
              return {
                decidedAt,
                time: decidedAt + delay,
                targets: 5,
                care: 0.5,
                quality: 0.5,
                occupiedHits: 1,
                militiaKilled: 2,
                hostKilled: 0,
              };
            })
            .filter((s) => s.time <= time)
            .sort((a, b) => a.time - b.time);
    let attack: AttackRecord | null = null;
    if (r.isAttack) {
      attack = { ...(r.marks[25] as AttackRecord), time };
      attacks.push(attack);
    }
    let ownKilled = 0;
    let ownWounded = 0;
    for (const a of attacks) {
      ownKilled += a.foreignKilled;
      ownWounded += a.foreignWounded;
    }
    return {
      time,
      trigger: r.isAttack ? 'attack' : 'daily',
      attack,
      attacks,
      strikes,
      pendingStrikes: r.pendingStrikes,
      ownKilled,
      ownWounded,
      domesticPressure: r.domesticPressure,
      hostPressure: r.hostPressure,
      expulsionThreshold: r.expulsionThreshold,
    } satisfies PolicyObservation;
  });

/** The observation with its histories cut to the latest `depth` entries (the trigger kept). */
export function truncate(o: PolicyObservation, depth: number): PolicyObservation {
  if (!Number.isFinite(depth)) return o;
  const keep = <T>(xs: readonly T[]) => (depth === 0 ? [] : xs.slice(-depth));
  return { ...o, attacks: keep(o.attacks), strikes: keep(o.strikes) };
}
