import type { AttackRecord, StrikeRecord } from '../policies/types.js';
import type { RandomSource } from '../random/createRng.js';
import { seedStream } from '../random/createStream.js';
import { createStreamState, type StreamState, streamSource } from '../random/streamDraw.js';
import type { CompiledScenario } from './compileScenario.js';
import { createEventQueue, type EventQueue } from './EventQueue.js';
import { PolicyView } from './PolicyView.js';
import { resetRunState } from './resetRunState.js';
import { createSeedsAhead, type SeedsAhead } from './SeedsAhead.js';
import type { PoliticalLevel, RunWarning, SimEvent, TracePoint } from './SimEvent.js';

/** A strike decided by the policy and waiting to land. */
export interface PendingStrike {
  readonly decidedAt: number;
  readonly delayDays: number;
  readonly targets: number;
  readonly care: number;
  readonly militia: number;
  /** Host killed imposed by a replayed record; −1 when the strike draws it. */
  readonly hostKilled: number;
}

/** Running totals from which the outcomes are read at the end of a run. */
export interface RunTally {
  attacks: number;
  rockets: number;
  foreignKilled: number;
  foreignWounded: number;
  hostKilledByMilitia: number;
  hostWoundedByMilitia: number;
  hostKilledByStrikes: number;
  hostWoundedByStrikes: number;
  militiaLosses: number;
  strikes: number;
  occupiedHits: number;
  cycles: number;
  condemnations: number;
  summons: number;
  peakIntensity: number;
  peakHostPressure: number;
  firstStrikeTime: number;
  attacksBeforeFirstStrike: number;
  expulsionTime: number;
  withdrawalTime: number;
}

/**
 * The mutable state of one run. It belongs to that run alone (no global state), so runs
 * can proceed side by side; the handlers update it in place and schedule into `queue`.
 */
export interface RunState {
  readonly cs: CompiledScenario;
  /** The time of the event being handled (days). */
  now: number;
  /** The time the militia state below refers to (days); it lags `now` on events that leave it alone. */
  t: number;
  /** A_k = Σ_{attacks i of k} β_k e^{−β_k (t − t_i)}: running self-/cross-excitation sums. */
  readonly excitation: Float64Array;
  /** R_m = Σ_{strikes j on m} r_j δ_m e^{−δ_m (t − s_j)}: the strike response. */
  readonly response: Float64Array;
  /** C_m ∈ [0, 1]: capability. */
  readonly capability: Float64Array;
  /**
   * C_m at the horizon if no further hit: 1 − (1 − C_m(s))·e^{−r(H − s)} from the last hit s,
   * the same from any time after it; the thinning bound's capability factor.
   */
  readonly capabilityAtHorizon: Float64Array;
  /** Next thinning candidate of each militia and the intensity bound it was drawn with. */
  readonly candidate: Float64Array;
  readonly bound: Float64Array;
  /** Each militia's attack-time stream, and its state (the same stream, drawn without a call). */
  readonly attackRng: readonly RandomSource[];
  readonly attackStream: readonly StreamState[];
  readonly marksRng: readonly RandomSource[];
  /** Casualty draws apart from target and rockets, which then stay paired when protection changes. */
  readonly casualtyRng: readonly RandomSource[];
  /** Scratch for one attack's casualties (foreign killed, wounded, host killed, wounded). */
  readonly harmed: Int32Array;
  readonly marksStream: readonly StreamState[];
  readonly casualtyStream: readonly StreamState[];
  /**
   * Strike-outcome streams per target militia, seeded when first needed (handleStrike) or
   * with the others (seedFromAhead), as `strikeSeeded[m]` records.
   */
  readonly strikeRng: readonly RandomSource[];
  readonly strikeStream: readonly StreamState[];
  readonly strikeSeeded: boolean[];
  /** Per militia, Mash's state after its streams' shared seed head (seedStreamAfter starts there). */
  readonly streamPrefix: number[];
  /** The next replicates' streams, seeded together when runs go in order (runReplicate). */
  readonly ahead: SeedsAhead;
  /** The policy's stream, seeded at its first draw (policySeeded). */
  readonly policyRandom: RandomSource;
  readonly policyStream: StreamState;
  policySeeded: boolean;
  /** `${seed}/${replicate}`: the head of every stream's seed path this run. */
  streamSeed: string;
  readonly queue: EventQueue;
  domesticPressure: number;
  domesticPressureAt: number;
  hostPressure: number;
  hostPressureAt: number;
  withdrawn: boolean;
  stopped: boolean;
  lastAttackTime: number;
  lastAttackMilitia: number;
  /**
   * Whether attackHistory and strikeHistory are kept: when the policy reads them or the
   * caller asks. Otherwise they stay empty and the attack the policy sees is `lastAttack`,
   * one record overwritten at every attack.
   */
  readonly keepHistory: boolean;
  readonly attackHistory: AttackRecord[];
  readonly strikeHistory: StrikeRecord[];
  /** The record of the latest attack when no history is kept (reused). */
  readonly lastAttack: { -readonly [K in keyof AttackRecord]: AttackRecord[K] };
  /** The host's political reactions so far (few: one per threshold crossed). */
  readonly politicalHistory: { readonly time: number; readonly level: PoliticalLevel }[];
  /** The delay of the latest strike that landed and its intelligence quality q. */
  qualityDelay: number;
  quality: number;
  readonly pending: PendingStrike[];
  pendingCount: number;
  /**
   * Landing times of strikes preceded by an attack within the cycle window, awaiting the next
   * attack: the first `openCycleCount` entries (the array is reused, not truncated).
   */
  readonly openCycles: number[];
  openCycleCount: number;
  /** The policy's view, reused between decisions. */
  readonly observation: PolicyView;
  readonly tally: RunTally;
  readonly log: SimEvent[] | null;
  readonly traceTimes: readonly number[];
  traceIndex: number;
  readonly trace: TracePoint[] | null;
  readonly warnings: RunWarning[];
}

/** Scheduled event kinds. */
export const DAILY_CHECK = 0;
export const STRIKE_LANDING = 1;
export const WITHDRAWAL = 2;

/**
 * Create the state of one run at day 0: full capability, no excitation, nothing scheduled,
 * host pressure at the scenario's `initialPressure` (thresholds it reaches count as crossed
 * before the start: no event, no withdrawal).
 *
 * Streams (common random numbers): with `base = seed/replicate`, militia m's attack times
 * draw from `base/militia:<id>/attacks`, its target and rockets from `…/marks`, the
 * casualties of its attacks from `…/casualties`, strikes on it from
 * `…/strikes`, and the policy from `base/policy` — exactly the streams
 * `createRng(seed).fork(replicate).fork('militia:' + id).fork('attacks')` etc. give, built
 * directly from their seed paths (createStream) to skip the intermediate generators.
 *
 * @param cs - the compiled scenario
 * @param streamSeed - `${seed}/${replicate}` (see replicateStreamSeed)
 * @param logEvents - whether to build the event log
 * @param traceTimes - sorted times in [0, horizon] at which to record the state
 * @param keepHistory - keep the attack and strike histories even when the policy does not
 *   read them (a caller that reads them afterwards)
 * @returns the state
 * @example
 * const state = createRunState(compileScenario(presets.restraint), '42/0', false, []);
 * state.capability[0]; // => 1
 */
export function createRunState(
  cs: CompiledScenario,
  streamSeed: string,
  logEvents: boolean,
  traceTimes: readonly number[],
  keepHistory = false,
): RunState {
  const size = cs.militiaIds.length;
  const states = () => Array.from({ length: size }, createStreamState);
  const attackStream = states();
  const marksStream = states();
  const casualtyStream = states();
  const strikeStream = states();
  const policyStream = createStreamState();
  const policyRng = streamSource(policyStream);
  const state: RunState = {
    cs,
    now: 0,
    t: 0,
    excitation: new Float64Array(size),
    response: new Float64Array(size),
    capability: new Float64Array(size),
    capabilityAtHorizon: new Float64Array(size),
    candidate: new Float64Array(size),
    bound: new Float64Array(size),
    attackRng: attackStream.map(streamSource),
    attackStream,
    marksRng: marksStream.map(streamSource),
    marksStream,
    casualtyRng: casualtyStream.map(streamSource),
    casualtyStream,
    harmed: new Int32Array(4),
    strikeRng: strikeStream.map(streamSource),
    strikeStream,
    strikeSeeded: new Array<boolean>(size).fill(false),
    streamPrefix: new Array<number>(size).fill(0),
    ahead: createSeedsAhead(size),
    policyRandom: () => {
      if (!state.policySeeded) {
        seedStream(`${state.streamSeed}/policy`, policyStream);
        state.policySeeded = true;
      }
      return policyRng();
    },
    policyStream,
    policySeeded: false,
    streamSeed,
    queue: createEventQueue(),
    domesticPressure: 0,
    domesticPressureAt: 0,
    hostPressure: 0,
    hostPressureAt: 0,
    withdrawn: false,
    stopped: false,
    lastAttackTime: Number.NEGATIVE_INFINITY,
    lastAttackMilitia: 0,
    keepHistory: keepHistory || cs.policyReadsHistory,
    attackHistory: [],
    strikeHistory: [],
    lastAttack: {
      time: 0,
      militia: '',
      base: '',
      rockets: 0,
      foreignKilled: 0,
      foreignWounded: 0,
      hostKilled: 0,
      hostWounded: 0,
    },
    politicalHistory: [],
    qualityDelay: Number.NaN,
    quality: 0,
    pending: [],
    pendingCount: 0,
    openCycles: [],
    openCycleCount: 0,
    observation: null as unknown as PolicyView, // set below: the view reads this state
    tally: {
      attacks: 0,
      rockets: 0,
      foreignKilled: 0,
      foreignWounded: 0,
      hostKilledByMilitia: 0,
      hostWoundedByMilitia: 0,
      hostKilledByStrikes: 0,
      hostWoundedByStrikes: 0,
      militiaLosses: 0,
      strikes: 0,
      occupiedHits: 0,
      cycles: 0,
      condemnations: 0,
      summons: 0,
      peakIntensity: 0,
      peakHostPressure: 0,
      firstStrikeTime: Number.NaN,
      attacksBeforeFirstStrike: 0,
      expulsionTime: Number.NaN,
      withdrawalTime: Number.NaN,
    },
    log: logEvents ? [] : null,
    traceTimes,
    traceIndex: 0,
    trace: traceTimes.length > 0 ? [] : null,
    warnings: [],
  };
  (state as { observation: PolicyView }).observation = new PolicyView(state);
  resetRunState(state, streamSeed);
  return state;
}
