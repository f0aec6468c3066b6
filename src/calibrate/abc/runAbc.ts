import { requireFunction } from '../../util/requireArgument.js';
import type { Prior } from '../priors/Prior.js';
import { type AbcAttemptRunner, abcAttempts } from './abcAttempts.js';
import { abcSmc } from './abcSmc.js';
import type {
  AbcGenerationPlan,
  AbcOutcome,
  AbcProgress,
  AbcResult,
  AbcSettings,
} from './abcTypes.js';

/**
 * Run ABC in this thread: the synchronous driver of `abcSmc`.
 *
 * @param priors - one prior per free parameter
 * @param observed - the observed statistics
 * @param settings - see AbcSettings
 * @param simulate - the model: parameters and a stream name to an outcome
 * @param onProgress - called after each batch
 * @returns the result
 * @example
 * // Poisson counts with a gamma prior: the posterior of the rate is Gamma(2 + 7, 1 + 1).
 * const result = runAbc([{ type: 'gamma', shape: 2, rate: 1 }], [7],
 *   { ...DEFAULT_ABC_SETTINGS, particles: 200, seed: 1 },
 *   ([rate], stream) => ({ statistics: [samplePoisson(createRng(stream), rate)] }));
 * result.population.thetas.length; // => 200
 */
export function runAbc(
  priors: readonly Prior[],
  observed: readonly number[],
  settings: AbcSettings,
  simulate: (theta: readonly number[], stream: string) => AbcOutcome,
  onProgress?: (progress: AbcProgress) => void,
): AbcResult {
  requireFunction('simulate', simulate, 'a function (theta, stream) => outcome');
  const steps = abcSmc(priors, observed, settings, onProgress);
  let runner: { plan: AbcGenerationPlan; run: AbcAttemptRunner } | undefined;
  let step = steps.next();
  while (!step.done) {
    const { plan, from } = step.value;
    if (runner?.plan !== plan) runner = { plan, run: abcAttempts(plan) };
    step = steps.next([runner.run(from, settings.batchSize, simulate)]);
  }
  return step.value;
}

/** Defaults of the ABC settings (all but the seed). */
export const DEFAULT_ABC_SETTINGS: Omit<AbcSettings, 'seed'> = {
  particles: 1000,
  method: 'smc',
  quantile: 0.5,
  rejectionQuantile: 0.1,
  targetTolerance: 0,
  minAcceptanceRate: 0.02,
  maxGenerations: 12,
  simulationBudget: 200_000,
  batchSize: 256,
  kernel: 'beaumont',
};
