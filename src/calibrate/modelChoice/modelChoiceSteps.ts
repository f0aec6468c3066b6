import { createCategoricalSampler } from '../../random/createCategoricalSampler.js';
import { createRng } from '../../random/createRng.js';
import type { AbcOutcome } from '../abc/abcTypes.js';
import { scaledDistance } from '../abc/scaledDistance.js';
import { quantileSorted, statisticScales } from '../abc/statisticScales.js';
import type { Prior } from '../priors/Prior.js';
import { samplePrior } from '../priors/samplePrior.js';

/** Settings of rejection ABC over the joint (mechanism, θ) space. */
export interface ModelChoiceSettings {
  /** Draws from the joint prior, all mechanisms together. */
  readonly simulations: number;
  /** The first this many draws set the statistics' scales (a pooled prior-predictive pilot). */
  readonly pilot: number;
  /** Share of the draws kept: the tolerance is this quantile of the distances. */
  readonly acceptQuantile: number;
  /** Draws handed out at once (a unit of work; results do not depend on it). */
  readonly batchSize: number;
  readonly seed: number | string;
}

/** A batch of draws to simulate: mechanism index, parameters and stream of each. */
export interface ModelChoiceBatch {
  readonly models: readonly number[];
  readonly thetas: readonly (readonly number[])[];
  readonly streams: readonly string[];
}

/** Every draw's mechanism and distance (Infinity when refused), the scales and the tolerance. */
export interface ModelChoiceDraws {
  readonly models: readonly number[];
  readonly distances: readonly number[];
  readonly refused: readonly boolean[];
  readonly scales: readonly number[];
  readonly tolerance: number;
  readonly firstRefusal: string | null;
}

/**
 * Rejection ABC over the joint space of mechanism and parameters (Grelaud, Robert, Marin,
 * Rodolphe & Taly 2009), as a generator of simulation batches like abcSmc.
 *
 * Draw k picks mechanism m by its prior weight and θ from m's priors on the stream
 * `${seed}/a${k}/proposal`, and is simulated on `${seed}/a${k}/simulation`. The first `pilot`
 * draws (mechanisms pooled) set each statistic's scale, so every mechanism is judged by one
 * distance; the tolerance is the `acceptQuantile` of all distances, and a draw is accepted
 * when its distance is at most the tolerance (ties all kept). Each draw owns its streams, so
 * the result does not depend on the batch size or on who simulates.
 *
 * @param priors - per mechanism, one prior per free parameter
 * @param modelWeights - prior weight of each mechanism
 * @param observed - the observed statistics
 * @param settings - see ModelChoiceSettings
 * @returns a generator yielding batches and returning every draw's mechanism and distance
 * @throws RangeError when no statistic varies across the pilot, or the model refuses every pilot draw
 * @example
 * // See compareMechanisms for the driver.
 */
export function* modelChoiceSteps(
  priors: readonly (readonly Prior[])[],
  modelWeights: readonly number[],
  observed: readonly number[],
  settings: ModelChoiceSettings,
): Generator<ModelChoiceBatch, ModelChoiceDraws, readonly AbcOutcome[]> {
  const pickModel = createCategoricalSampler(modelWeights);
  const models: number[] = [];
  const statistics: (readonly number[] | null)[] = [];
  let firstRefusal: string | null = null;
  for (let start = 0; start < settings.simulations; start += settings.batchSize) {
    const end = Math.min(settings.simulations, start + settings.batchSize);
    const batch = { models: [] as number[], thetas: [] as number[][], streams: [] as string[] };
    for (let k = start; k < end; k++) {
      const rng = createRng(`${settings.seed}/a${k}/proposal`);
      const m = pickModel(rng);
      batch.models.push(m);
      batch.thetas.push((priors[m] as readonly Prior[]).map((p) => samplePrior(p, rng)));
      batch.streams.push(`${settings.seed}/a${k}/simulation`);
    }
    const outcomes = yield batch;
    batch.models.forEach((m, i) => {
      const outcome = outcomes[i] as AbcOutcome;
      models.push(m);
      if ('refused' in outcome) {
        firstRefusal ??= outcome.refused;
        statistics.push(null);
      } else statistics.push(outcome.statistics);
    });
  }
  const pilot = statistics.slice(0, settings.pilot).filter((s) => s !== null);
  if (pilot.length < 2)
    throw new RangeError(
      `the model refused ${settings.pilot - pilot.length} of ${settings.pilot} pilot draws${firstRefusal === null ? '' : `; the first: ${firstRefusal}`}`,
    );
  const scales = statisticScales(pilot);
  if (scales.every((s) => !(s > 0)))
    throw new RangeError(
      'no summary statistic varies across the pilot draws: the simulations cannot tell the mechanisms apart',
    );
  const distances = statistics.map((s) =>
    s === null ? Number.POSITIVE_INFINITY : scaledDistance(s, observed, scales),
  );
  const finite = distances.filter(Number.isFinite).sort((a, b) => a - b);
  const tolerance = quantileSorted(finite, settings.acceptQuantile);
  return {
    models,
    distances,
    refused: statistics.map((s) => s === null),
    scales,
    tolerance,
    firstRefusal,
  };
}
