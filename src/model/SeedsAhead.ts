import { seedStreamBatch } from '../random/seedStreamBatch.js';
import type { RunState } from './RunState.js';
import { replicateStreamSeed } from './replicateStreamSeed.js';

/** Replicates whose streams are seeded together when runs go in order. */
const AHEAD = 4;

/** The purposes of each militia's streams seeded with the run, and with strikes. */
const TAILS = ['attacks', 'marks', 'casualties'] as const;
const TAILS_AND_STRIKES = ['attacks', 'marks', 'casualties', 'strikes'] as const;

/**
 * The streams of the next few replicates, seeded together (seedStreamBatch) when a run
 * state serves replicates in order, as ensembles, sweeps and comparisons run them. Every
 * stream is the one its seed path gives, whichever way it was seeded: this saves time only.
 */
export interface SeedsAhead {
  /** The master seed and the first replicate of the batch, and how many it holds (0: none). */
  seed: number | string | undefined;
  first: number;
  count: number;
  /** Whether the batch seeded the strike streams too. */
  strikes: boolean;
  /** The master seed and replicate of the previous run, to tell runs in order. */
  lastSeed: number | string | undefined;
  last: number;
  readonly heads: string[];
  /** Per militia: the stream states of the batch, 4 per stream (see seedStreamBatch). */
  readonly states: readonly Float64Array[];
  /** Per militia: Mash's state after each head and the militia's path (seedStreamAfter). */
  readonly prefixes: readonly Float64Array[];
  readonly scratch: Float64Array;
}

/**
 * An empty batch for a scenario of `militias` militias.
 *
 * @param militias - the number of militias
 * @returns a batch holding nothing
 * @example
 * createSeedsAhead(1).count; // => 0
 */
export function createSeedsAhead(militias: number): SeedsAhead {
  const streams = AHEAD * TAILS_AND_STRIKES.length;
  return {
    seed: undefined,
    first: 0,
    count: 0,
    strikes: false,
    lastSeed: undefined,
    last: -1,
    heads: new Array<string>(AHEAD).fill(''),
    states: Array.from({ length: militias }, () => new Float64Array(4 * streams)),
    prefixes: Array.from({ length: militias }, () => new Float64Array(AHEAD)),
    scratch: new Float64Array(3 * streams),
  };
}

/**
 * Seed a run's streams (attacks, marks, casualties and, when the batch has them, strikes, of
 * every militia) from the batch of seeds ahead: from the batch that holds this replicate, or,
 * when this run follows the previous one in order, from a new batch of it and the next
 * replicates. The strike streams are seeded with the others when the previous run seeded
 * them (its policy struck), since a scenario whose runs strike keeps striking.
 *
 * @param state - the run state being reset (its strikeSeeded still the previous run's)
 * @param seed - the master seed
 * @param replicate - the replicate
 * @returns whether it seeded the streams (if not, the caller seeds them one replicate alone)
 * @example
 * seedFromAhead(state, 1, 7); // => true when the state's previous run was replicate 6 of seed 1
 */
export function seedFromAhead(state: RunState, seed: number | string, replicate: number): boolean {
  const ahead = state.ahead;
  const inOrder = ahead.lastSeed === seed && replicate === ahead.last + 1;
  ahead.lastSeed = seed;
  ahead.last = replicate;
  let slot = replicate - ahead.first;
  if (!(ahead.seed === seed && slot >= 0 && slot < ahead.count)) {
    if (!(inOrder && Number.isSafeInteger(replicate + AHEAD))) return false;
    const paths = state.cs.militiaStreamPaths;
    for (let j = 0; j < AHEAD; j++) ahead.heads[j] = replicateStreamSeed(seed, replicate + j);
    let struck = false;
    for (let m = 0; m < paths.length; m++) struck ||= state.strikeSeeded[m] === true;
    const tails = struck ? TAILS_AND_STRIKES : TAILS;
    for (let m = 0; m < paths.length; m++) {
      const states = ahead.states[m] as Float64Array;
      const prefixes = ahead.prefixes[m] as Float64Array;
      seedStreamBatch(ahead.heads, paths[m] as string, tails, states, prefixes, ahead.scratch);
    }
    ahead.seed = seed;
    ahead.first = replicate;
    ahead.count = AHEAD;
    ahead.strikes = struck;
    slot = 0;
  }
  const perReplicate = ahead.strikes ? TAILS_AND_STRIKES.length : TAILS.length;
  for (let m = 0; m < state.streamPrefix.length; m++) {
    const states = ahead.states[m] as Float64Array;
    const at = 4 * perReplicate * slot;
    copyState(states, at, state.attackStream[m] as Float64Array);
    copyState(states, at + 4, state.marksStream[m] as Float64Array);
    copyState(states, at + 8, state.casualtyStream[m] as Float64Array);
    if (ahead.strikes) copyState(states, at + 12, state.strikeStream[m] as Float64Array);
    state.strikeSeeded[m] = ahead.strikes;
    state.streamPrefix[m] = (ahead.prefixes[m] as Float64Array)[slot] as number;
  }
  return true;
}

/** Copy one stream state (4 entries from `at`) into a stream's own. */
function copyState(from: Float64Array, at: number, to: Float64Array): void {
  to[0] = from[at] as number;
  to[1] = from[at + 1] as number;
  to[2] = from[at + 2] as number;
  to[3] = from[at + 3] as number;
}
