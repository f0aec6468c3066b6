import { toDays } from '../data/toDays.js';
import { createCategoricalSampler } from '../random/createCategoricalSampler.js';
import { createRng } from '../random/createRng.js';
import { defineScenario } from '../scenario/defineScenario.js';
import type { Scenario, ScenarioInput } from '../scenario/Scenario.js';
import type { ObservedRecord } from './observed/ObservedRecord.js';
import type { Posterior } from './Posterior.js';
import { prepareCalibration } from './prepareCalibration.js';
import { readPosterior } from './readPosterior.js';
import type { SummaryStatistic } from './statistics/SummaryStatistic.js';
import { weightedQuantile } from './weightedQuantile.js';

/** Where the observed value of one statistic falls among posterior-predictive simulations. */
export interface PredictiveCheckRow {
  readonly statistic: string;
  readonly description: string;
  readonly observed: number;
  readonly mean: number;
  readonly q05: number;
  readonly q25: number;
  readonly median: number;
  readonly q75: number;
  readonly q95: number;
  /** P(simulated > observed) + ½·P(simulated = observed): the mid-p upper tail. */
  readonly upperTail: number;
  /** Two-sided predictive p-value: 2·min(upper, 1 − upper), at most 1. */
  readonly pValue: number;
}

/** A posterior predictive check: one row per statistic, plot-ready, with what made it. */
export interface PredictiveCheck {
  readonly rows: readonly PredictiveCheckRow[];
  readonly replicates: number;
  readonly seed: number | string;
  readonly observed: string;
  /** The simulated statistics, one row per replicate, for plots. */
  readonly simulated: readonly (readonly number[])[];
}

/**
 * A posterior predictive check: simulate records from parameter draws of the posterior and
 * show, statistic by statistic, where the observed record falls among them.
 *
 * Why: a calibrated model that cannot reproduce its own data (an observed count in the far
 * tail of what it simulates) is misspecified whatever its posterior says; the predictive
 * p-value (Gelman, Meng & Stern 1996) flags the statistics it gets wrong. The statistics
 * used in the ABC distance are matched by construction, so look at the others too
 * (`statistics`).
 *
 * Replicate r draws its parameters from the stream `${seed}/${r}/parameters` and simulates
 * on `${seed}/${r}/check`, in the posterior's mode over the calibration window.
 *
 * @param scenario - the scenario the posterior was calibrated on
 * @param observed - the record
 * @param posterior - from calibrate (checked against the scenario)
 * @param options - replicates (default 1000), seed, statistics (default: the posterior's)
 * @returns rows per statistic and the simulated statistics
 * @throws PosteriorError for a posterior of another scenario; RangeError for bad options
 * @example
 * const check = posteriorPredictiveCheck(presets['iraq-2020'], observedFromReading('wire'), posterior, { replicates: 200, seed: 2 });
 * check.rows[0]?.statistic; // => 'attacks'
 */
export function posteriorPredictiveCheck(
  scenario: Scenario | ScenarioInput,
  observed: ObservedRecord,
  posterior: Posterior,
  options: {
    readonly replicates?: number;
    readonly seed: number | string;
    readonly statistics?: readonly SummaryStatistic[];
  },
): PredictiveCheck {
  const checked = readPosterior(posterior, scenario);
  const replicates = options.replicates ?? 1000;
  if (!(Number.isSafeInteger(replicates) && replicates >= 1 && replicates <= 1_000_000))
    throw new RangeError(`replicates must be an integer in [1, 1000000], received ${replicates}`);
  const offset = toDays(observed.start, defineScenario(scenario).start);
  const parameters = Object.fromEntries(checked.paths.map((p, i) => [p, checked.priors[i]]));
  const prepared = prepareCalibration(scenario, observed, {
    parameters: parameters as Record<string, NonNullable<(typeof checked.priors)[number]>>,
    mode: checked.provenance.mode,
    // The posterior's window is on the scenario's time axis; the problem takes the record's.
    window: {
      from: checked.provenance.window.from - offset,
      to: checked.provenance.window.to - offset,
    },
    ...(options.statistics ? { statistics: options.statistics } : {}),
  });
  const freeIndex = prepared.paths.map((p) => checked.paths.indexOf(p));
  const pick = createCategoricalSampler(checked.weights);
  const simulated: number[][] = [];
  for (let r = 0; r < replicates; r++) {
    const row = checked.draws[
      pick(createRng(`${options.seed}/${r}/parameters`))
    ] as readonly number[];
    const outcome = prepared.simulate(
      freeIndex.map((i) => row[i] as number),
      `${options.seed}/${r}/check`,
    );
    if ('refused' in outcome)
      throw new RangeError(`a posterior draw was refused by the scenario: ${outcome.refused}`);
    simulated.push([...outcome.statistics]);
  }
  const equal = simulated.map(() => 1);
  const rows = prepared.statistics.map((s, j): PredictiveCheckRow => {
    const values = simulated.map((x) => x[j] as number);
    const value = prepared.observedStatistics[j] as number;
    const upper =
      values.reduce((t, x) => t + (x > value ? 1 : x === value ? 0.5 : 0), 0) / values.length;
    return {
      statistic: s.name,
      description: s.description,
      observed: value,
      mean: values.reduce((t, x) => t + x, 0) / values.length,
      q05: weightedQuantile(values, equal, 0.05),
      q25: weightedQuantile(values, equal, 0.25),
      median: weightedQuantile(values, equal, 0.5),
      q75: weightedQuantile(values, equal, 0.75),
      q95: weightedQuantile(values, equal, 0.95),
      upperTail: upper,
      pValue: Math.min(1, 2 * Math.min(upper, 1 - upper)),
    };
  });
  return { rows, replicates, seed: options.seed, observed: observed.label, simulated };
}
