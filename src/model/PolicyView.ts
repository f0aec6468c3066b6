import type { AttackRecord, PolicyObservation, StrikeRecord } from '../policies/types.js';
import { domesticPressureAt, hostPressureAt } from './pressures.js';
import type { RunState } from './RunState.js';

/**
 * The policy's view of a run: one object per run, updated before each decision (no
 * allocation per check). The pressures are getters computed from the run state only when a
 * policy reads them. A class rather than an object literal with getters: literals with
 * accessors take V8's slow path and cost microseconds each to create.
 *
 * @example
 * const state = createRunState(compileScenario(presets.restraint), '1/0', false, []);
 * state.observation.hostPressure; // => 0
 */
export class PolicyView implements PolicyObservation {
  time = 0;
  trigger: 'attack' | 'daily' = 'daily';
  attack: AttackRecord | null = null;
  pendingStrikes = 0;
  ownKilled = 0;
  ownWounded = 0;
  readonly attacks: readonly AttackRecord[];
  readonly strikes: readonly StrikeRecord[];
  readonly expulsionThreshold: number;

  constructor(private readonly state: RunState) {
    this.attacks = state.attackHistory;
    this.strikes = state.strikeHistory;
    this.expulsionThreshold = state.cs.scenario.hostGovernment.thresholds.expulsion;
  }

  get domesticPressure(): number {
    return domesticPressureAt(this.state, this.time);
  }

  get hostPressure(): number {
    return hostPressureAt(this.state, this.time);
  }
}
