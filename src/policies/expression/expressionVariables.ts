import type { AttackRecord, PolicyObservation } from '../types.js';

/** One variable an expression may read: its meaning, what it reads and how far back. */
export interface ExpressionVariable {
  readonly description: string;
  /** Observation fields it reads (for the policy's `meta.reads`). */
  readonly reads: readonly (keyof PolicyObservation)[];
  /** How many of the latest attacks/strikes it reads (for `meta.memoryDepth`). */
  readonly memoryDepth: number;
  /** Its value for an observation; booleans are 1/0, as mathjs converts them in arithmetic. */
  readonly value: (o: PolicyObservation) => number;
}

function lastAttack(o: PolicyObservation): AttackRecord | undefined {
  return o.attack ?? o.attacks[o.attacks.length - 1];
}

// Scans from the end, so the cost is the number of attacks in the window, not the history.
function attacksWithin(o: PolicyObservation, days: number): number {
  const from = o.time - days;
  let count = 0;
  for (let i = o.attacks.length - 1; i >= 0; i--) {
    const a = o.attacks[i] as AttackRecord;
    if (a.time <= from) break;
    if (a.time <= o.time) count++;
  }
  return count;
}

/**
 * The documented scope of an expression policy: every name an expression may read. All are
 * plain numbers (booleans as 1/0); a name outside this table is refused when the policy is
 * built. "Own" means the foreign force's personnel.
 */
export const EXPRESSION_VARIABLES: Readonly<Record<string, ExpressionVariable>> = Object.freeze({
  time: {
    description: 'days since the scenario start',
    reads: ['time'],
    memoryDepth: 0,
    value: (o) => o.time,
  },
  trigger: {
    description: '1 when deciding after an attack, 0 on the daily check',
    reads: ['trigger'],
    memoryDepth: 0,
    value: (o) => (o.trigger === 'attack' ? 1 : 0),
  },
  isAttack: {
    description: 'true when deciding after an attack, false on the daily check',
    reads: ['trigger'],
    memoryDepth: 0,
    value: (o) => (o.trigger === 'attack' ? 1 : 0),
  },
  lastAttackKilled: {
    description: 'own personnel killed in the latest attack (0 if none yet)',
    reads: ['attack', 'attacks'],
    memoryDepth: 1,
    value: (o) => lastAttack(o)?.foreignKilled ?? 0,
  },
  lastAttackWounded: {
    description: 'own personnel wounded in the latest attack (0 if none yet)',
    reads: ['attack', 'attacks'],
    memoryDepth: 1,
    value: (o) => lastAttack(o)?.foreignWounded ?? 0,
  },
  lastAttackRockets: {
    description: 'rockets fired in the latest attack (0 if none yet)',
    reads: ['attack', 'attacks'],
    memoryDepth: 1,
    value: (o) => lastAttack(o)?.rockets ?? 0,
  },
  daysSinceLastAttack: {
    description: 'days since the latest attack (Infinity if none yet)',
    reads: ['attack', 'attacks'],
    memoryDepth: 1,
    value: (o) => {
      const a = lastAttack(o);
      return a === undefined ? Number.POSITIVE_INFINITY : o.time - a.time;
    },
  },
  ownKilled: {
    description: 'own killed so far',
    reads: ['ownKilled'],
    memoryDepth: 0,
    value: (o) => o.ownKilled,
  },
  ownWounded: {
    description: 'own wounded so far',
    reads: ['ownWounded'],
    memoryDepth: 0,
    value: (o) => o.ownWounded,
  },
  attacksLast7Days: {
    description: 'attacks in the 7 days up to now, (time − 7, time]',
    reads: ['attacks'],
    memoryDepth: Number.POSITIVE_INFINITY,
    value: (o) => attacksWithin(o, 7),
  },
  attacksLast30Days: {
    description: 'attacks in the 30 days up to now, (time − 30, time]',
    reads: ['attacks'],
    memoryDepth: Number.POSITIVE_INFINITY,
    value: (o) => attacksWithin(o, 30),
  },
  daysSinceLastStrike: {
    description: 'days since the latest strike landed (Infinity if none yet)',
    reads: ['strikes'],
    memoryDepth: 1,
    value: (o) => {
      const s = o.strikes[o.strikes.length - 1];
      return s === undefined ? Number.POSITIVE_INFINITY : o.time - s.time;
    },
  },
  strikesSoFar: {
    description: 'strikes landed so far',
    reads: ['strikes'],
    memoryDepth: Number.POSITIVE_INFINITY,
    value: (o) => o.strikes.length,
  },
  pendingStrikes: {
    description: 'strikes decided but not yet landed',
    reads: ['pendingStrikes'],
    memoryDepth: 0,
    value: (o) => o.pendingStrikes,
  },
  domesticPressure: {
    description: "the foreign force's domestic pressure D(t)",
    reads: ['domesticPressure'],
    memoryDepth: 0,
    value: (o) => o.domesticPressure,
  },
  hostPressure: {
    description: "the host government's sovereignty pressure P(t)",
    reads: ['hostPressure'],
    memoryDepth: 0,
    value: (o) => o.hostPressure,
  },
  expulsionThreshold: {
    description: 'the host pressure at which the host demands the force leave',
    reads: ['expulsionThreshold'],
    memoryDepth: 0,
    value: (o) => o.expulsionThreshold,
  },
} satisfies Record<string, ExpressionVariable>);
