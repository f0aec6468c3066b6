import { attributeEvents } from '../hawkes/attributeEvents.js';
import { createCategoricalSampler } from '../random/createCategoricalSampler.js';
import { createRng } from '../random/createRng.js';
import { defineScenario } from '../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import { datedAttacks } from './datedAttacks.js';
import type { ObservedRecord } from './observed/ObservedRecord.js';
import type { Posterior } from './Posterior.js';
import { readPosterior } from './readPosterior.js';

/** One observed attack's attribution, averaged over posterior draws. */
export interface AttackAttribution {
  /** Days from the record's start. */
  readonly time: number;
  /** The attack's calendar day (UTC), from the record's start. */
  readonly day: string;
  readonly target: string | null;
  /** Posterior mean probabilities that the attack was background, triggered or provoked (they sum to 1). */
  readonly background: number;
  readonly triggered: number;
  readonly provoked: number;
}

const FIELDS = [
  'baseline',
  'branchingRatio',
  'decay',
  'strikeResponse',
  'strikeResponseDecay',
  'hostDeathResponse',
] as const;

/**
 * For each dated attack of a record, the probability that it was background (the baseline
 * rate), triggered by an earlier attack (self-excitation) or provoked by a strike, averaged
 * over draws of a calibrated posterior: the attack-process share of the intensity at that
 * moment under each draw (attributeEvents), with the record's strikes and their host deaths.
 *
 * What it leaves out: attacks before the record's first one (unknown) trigger nothing here,
 * so early attacks lean to "background"; a deterring strike takes no share (attributeEvents).
 * Militia 0's parameters are used; those the posterior does not draw come from the scenario.
 *
 * @param scenario - the scenario the posterior belongs to
 * @param observed - the record
 * @param posterior - from calibrate
 * @param options - draws to average over (default 400), seed
 * @returns one attribution per dated attack, in time order
 * @throws PosteriorError for a posterior of another scenario
 * @example
 * attributeObservedAttacks(presets['iraq-2020'], observedFromReading('wire'), posterior, { seed: 1 }).length;
 * // => 10
 */
export function attributeObservedAttacks(
  scenario: Scenario | ScenarioInput,
  observed: ObservedRecord,
  posterior: Posterior,
  options: { readonly draws?: number; readonly seed: number | string },
): AttackAttribution[] {
  const checked = readPosterior(posterior, scenario);
  const militia = defineScenario(scenario).militias[0];
  if (militia === undefined) throw new RangeError('scenario must have a militia');
  const draws = options.draws ?? 400;
  if (!(Number.isSafeInteger(draws) && draws >= 1 && draws <= 100_000))
    throw new RangeError(`draws must be an integer in [1, 100000], received ${draws}`);
  const attacks = datedAttacks(observed);
  const times = attacks.map((a) => a.attack.time);
  const strikes = {
    times: observed.strikes.map((s) => s.time),
    hostKilled: observed.strikes.map((s) => s.hostKilled ?? 0),
  };
  const column = Object.fromEntries(
    FIELDS.map((f) => [f, checked.paths.indexOf(`militias.0.${f}`)]),
  );
  const pick = createCategoricalSampler(checked.weights);
  const sums = times.map(() => ({ background: 0, triggered: 0, provoked: 0 }));
  for (let k = 0; k < draws; k++) {
    const row = checked.draws[
      pick(createRng(`${options.seed}/${k}/attribution`))
    ] as readonly number[];
    const value = (f: (typeof FIELDS)[number]) => {
      const j = column[f] as number;
      return j >= 0 ? (row[j] as number) : militia[f];
    };
    const params = {
      baseline: value('baseline'),
      branchingRatio: value('branchingRatio'),
      decay: value('decay'),
      strikeResponse: value('strikeResponse'),
      strikeResponseDecay: value('strikeResponseDecay'),
      hostDeathResponse: value('hostDeathResponse'),
    };
    attributeEvents(times, params, { strikes }).forEach((a, i) => {
      const s = sums[i] as { background: number; triggered: number; provoked: number };
      s.background += a.background;
      s.triggered += a.triggered;
      s.provoked += a.provoked;
    });
  }
  return attacks.map(({ attack, day }, i) => {
    const s = sums[i] as { background: number; triggered: number; provoked: number };
    return {
      time: attack.time,
      day,
      target: attack.target,
      background: s.background / draws,
      triggered: s.triggered / draws,
      provoked: s.provoked / draws,
    };
  });
}
