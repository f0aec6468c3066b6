import type { StrikeRecord } from '../policies/types.js';
import type { RandomSource } from '../random/createRng.js';
import { samplePoisson, samplePoissonWithZero } from '../random/samplePoisson.js';
import { seedStreamAfter } from '../random/seedStreams3.js';
import type { StreamState } from '../random/streamDraw.js';
import { binomialCount } from './binomialCount.js';
import { calendarDate } from './calendarDate.js';
import { STRIKE_ZERO_TABLE } from './compileScenario.js';
import { advanceMilitias, redrawCandidate, totalIntensity } from './militiaDynamics.js';
import { raiseHostPressure } from './pressures.js';
import type { RunState } from './RunState.js';

/**
 * A decided strike lands at `state.now` on `targets` sites of its militia (dropped if the
 * force has withdrawn).
 *
 * Intelligence quality grows with the delay: q = 1 − e^{−delay/intelligenceDays}. Each site
 * is occupied with probability q (hits ~ Binomial(targets, q)); occupied sites cost the
 * militia Poisson(fightersPerOccupiedSite) fighters each and a fraction of its capability,
 * C ← C·(1 − loss)^hits. Each site holds host forces with probability
 * hostColocatedProbability; co-located sites suffer Poisson(perSite·(1 − care)·(1 − q))
 * host killed (and wounded), so collateral falls with care and with intelligence.
 * The militia's response jumps by r = strikeResponse + hostDeathResponse·hostKilled (kernel
 * r·δ·e^{−δu}); host pressure jumps by perStrike + perHostDeath·hostKilled.
 *
 * @param state - the run state (mutated)
 * @param index - the pending strike's index
 * @example
 * handleStrike(state, 0); // state.tally.strikes => one more (unless the force has withdrawn)
 */
export function handleStrike(state: RunState, index: number): void {
  state.pendingCount--;
  if (state.withdrawn) return;
  const cs = state.cs;
  const force = cs.scenario.foreignForce;
  const s = state.now;
  const strike = state.pending[index] as (typeof state.pending)[number];
  const m = strike.militia;
  advanceMilitias(state, s);
  const rng = strikeStream(state, m);
  // Policies mostly strike with one delay: its quality is computed once per run.
  if (strike.delayDays !== state.qualityDelay) {
    state.qualityDelay = strike.delayDays;
    state.quality = -Math.expm1(-strike.delayDays / force.intelligenceDays);
  }
  const quality = state.quality;
  const hits = binomialCount(rng, strike.targets, quality);
  const militiaKilled =
    hits > 0
      ? cachedPoisson(rng, cs.fightersZeroCache, hits, hits * force.fightersPerOccupiedSite)
      : 0;
  if (hits > 0) {
    const c = (state.capability[m] as number) * (1 - (cs.lossPerHit[m] as number)) ** hits;
    state.capability[m] = c;
    state.capabilityAtHorizon[m] =
      1 - (1 - c) * Math.exp(-(cs.recovery[m] as number) * (cs.horizon - s));
  }
  const colocated = binomialCount(rng, strike.targets, force.hostColocatedProbability);
  const exposure = colocated * (1 - strike.care) * (1 - quality);
  // A replayed record may impose the host deaths it documents.
  const hostKilled =
    strike.hostKilled >= 0
      ? strike.hostKilled
      : exposure > 0
        ? cachedPoisson(
            rng,
            cs.hostZeroCache,
            colocated,
            exposure * force.hostKilledPerColocatedSite,
          )
        : 0;
  const hostWounded =
    exposure > 0 ? samplePoisson(rng, exposure * force.hostWoundedPerColocatedSite) : 0;

  const r = (cs.strikeResponse[m] as number) + (cs.hostDeathResponse[m] as number) * hostKilled;
  if (r !== 0)
    state.response[m] = (state.response[m] as number) + r * (cs.responseDecay[m] as number);
  // A provoking strike raises the intensity above the bound the candidate was drawn with.
  if (r > 0) redrawCandidate(state, m, s);

  const tally = state.tally;
  tally.strikes++;
  tally.occupiedHits += hits;
  tally.militiaLosses += militiaKilled;
  tally.hostKilledByStrikes += hostKilled;
  tally.hostWoundedByStrikes += hostWounded;
  if (Number.isNaN(tally.firstStrikeTime)) tally.firstStrikeTime = s;
  if (s - state.lastAttackTime <= cs.scenario.cycleWindowDays)
    state.openCycles[state.openCycleCount++] = s;
  const lambda = totalIntensity(state);
  if (lambda > tally.peakIntensity) tally.peakIntensity = lambda;

  if (state.keepHistory || state.log) {
    const record: StrikeRecord = {
      decidedAt: strike.decidedAt,
      time: s,
      targets: strike.targets,
      care: strike.care,
      quality,
      occupiedHits: hits,
      militiaKilled,
      hostKilled,
    };
    if (state.keepHistory) state.strikeHistory.push(record);
    state.log?.push({
      type: 'strike',
      ...record,
      date: calendarDate(cs.startMs, s),
      militia: cs.militiaIds[m] as string,
      hostWounded,
    });
  }
  const pressure = cs.scenario.hostGovernment.pressure;
  raiseHostPressure(state, s, pressure.perStrike + pressure.perHostDeath * hostKilled);
}

/**
 * samplePoisson(rng, mean) with e^{−mean} from `cache` at slot k (pairs [mean, e^{−mean}])
 * when the mean there is the same: strikes' losses recur with a few means.
 */
function cachedPoisson(rng: RandomSource, cache: Float64Array, k: number, mean: number): number {
  if (k >= STRIKE_ZERO_TABLE) return samplePoisson(rng, mean);
  const at = 2 * k;
  if (cache[at] !== mean) {
    cache[at] = mean;
    cache[at + 1] = Math.exp(-mean);
  }
  return samplePoissonWithZero(rng, mean, cache[at + 1] as number);
}

/**
 * Militia m's strike stream, seeded at its first use in a run (many runs never strike),
 * unless the seeds ahead brought it (seedFromAhead, when the previous run struck).
 */
function strikeStream(state: RunState, m: number): RandomSource {
  if (!state.strikeSeeded[m]) {
    // `${seed}/${replicate}/militia:${id}/strikes`, from the hash its sibling streams left.
    seedStreamAfter(
      state.streamPrefix[m] as number,
      state.streamSeed,
      state.cs.militiaStreamPaths[m] as string,
      'strikes',
      state.strikeStream[m] as StreamState,
    );
    state.strikeSeeded[m] = true;
  }
  return state.strikeRng[m] as RandomSource;
}
