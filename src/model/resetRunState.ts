import { seedStreams3 } from '../random/seedStreams3.js';
import type { StreamState } from '../random/streamDraw.js';
import { clearQueue } from './EventQueue.js';
import type { RunState } from './RunState.js';
import { seedFromAhead } from './SeedsAhead.js';

/** The purposes of each militia's streams seeded with the run (strikes' stream is seeded when needed). */
const STREAM_TAILS = ['attacks', 'marks', 'casualties'] as const;

/**
 * Make a finished run's state the fresh state of another replicate of the same compiled
 * scenario: exactly what createRunState(state.cs, streamSeed, …) returns (same draws, same
 * outcomes), without allocating its arrays, streams and view again. The event log, trace,
 * histories and warnings are emptied in place, so a caller must have read them first.
 *
 * @param state - a state from createRunState (mutated)
 * @param streamSeed - `${seed}/${replicate}` of the next run (see replicateStreamSeed)
 * @param seed - the master seed that made streamSeed, given by a caller that may run
 *   replicates in order (runReplicate): the streams may then come from the seeds ahead
 *   (seedFromAhead); without it they are seeded for this replicate alone
 * @param replicate - the replicate that made streamSeed (with seed)
 * @returns the same state, ready for simulateRun
 * @example
 * const state = createRunState(compileScenario(presets.restraint), '42/0', false, []);
 * simulateRun(state);
 * resetRunState(state, '42/1').tally.attacks; // => 0
 */
export function resetRunState(
  state: RunState,
  streamSeed: string,
  seed?: number | string,
  replicate = -1,
): RunState {
  const cs = state.cs;
  const initial = cs.scenario.hostGovernment.initialPressure;
  state.streamSeed = streamSeed;
  if (seed === undefined || !seedFromAhead(state, seed, replicate)) {
    // Each militia's three streams are seeded together (seedStreams3 is faster than three
    // calls); its strike stream when it is first struck.
    for (let m = 0; m < cs.militiaStreamPaths.length; m++) {
      state.streamPrefix[m] = seedStreams3(
        streamSeed,
        cs.militiaStreamPaths[m] as string,
        STREAM_TAILS,
        state.attackStream[m] as StreamState,
        state.marksStream[m] as StreamState,
        state.casualtyStream[m] as StreamState,
      );
      state.strikeSeeded[m] = false;
    }
  }
  state.policySeeded = false;
  state.now = 0;
  state.t = 0;
  // Loops, not fill: fill is a runtime call that costs more than a few stores.
  for (let m = 0; m < state.excitation.length; m++) {
    state.excitation[m] = 0;
    state.response[m] = 0;
    state.capability[m] = 1;
    state.capabilityAtHorizon[m] = 1;
    state.candidate[m] = 0;
    state.bound[m] = 0;
  }
  clearQueue(state.queue);
  state.domesticPressure = 0;
  state.domesticPressureAt = 0;
  state.hostPressure = initial;
  state.hostPressureAt = 0;
  state.withdrawn = false;
  state.stopped = false;
  state.lastAttackTime = Number.NEGATIVE_INFINITY;
  state.lastAttackMilitia = 0;
  empty(state.attackHistory);
  empty(state.strikeHistory);
  empty(state.politicalHistory);
  state.qualityDelay = Number.NaN;
  state.quality = 0;
  empty(state.pending);
  state.pendingCount = 0;
  state.openCycleCount = 0;
  const tally = state.tally;
  tally.attacks = 0;
  tally.rockets = 0;
  tally.foreignKilled = 0;
  tally.foreignWounded = 0;
  tally.hostKilledByMilitia = 0;
  tally.hostWoundedByMilitia = 0;
  tally.hostKilledByStrikes = 0;
  tally.hostWoundedByStrikes = 0;
  tally.militiaLosses = 0;
  tally.strikes = 0;
  tally.occupiedHits = 0;
  tally.cycles = 0;
  tally.condemnations = 0;
  tally.summons = 0;
  tally.peakIntensity = 0;
  tally.peakHostPressure = initial;
  tally.firstStrikeTime = Number.NaN;
  tally.attacksBeforeFirstStrike = 0;
  tally.expulsionTime = Number.NaN;
  tally.withdrawalTime = Number.NaN;
  if (state.log) empty(state.log);
  state.traceIndex = 0;
  if (state.trace) empty(state.trace);
  empty(state.warnings);
  return state;
}

/** Empty an array in place; setting `length` is a runtime call, skipped when already empty. */
function empty(array: unknown[]): void {
  if (array.length !== 0) array.length = 0;
}
