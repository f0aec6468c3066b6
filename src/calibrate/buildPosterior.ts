import { LIBRARY_VERSION } from '../version.js';
import type { AbcResult, AbcSettings } from './abc/abcTypes.js';
import { calibrationFingerprint } from './calibrationFingerprint.js';
import type { ParameterSummary, Posterior } from './Posterior.js';
import { predictedStatistic } from './predictedStatistic.js';
import type { PreparedCalibration } from './prepareCalibration.js';
import { summarizeDraws } from './summarizeDraws.js';

/** Attacks in a window below which a warning says identification is weak. */
const FEW_ATTACKS = 20;

/**
 * Turn ABC's weighted particles into a Posterior: summaries beside the priors, how much each
 * parameter narrowed, correlations, predictions for held-out windows, diagnostics, warnings
 * and provenance.
 *
 * @param prepared - the prepared calibration
 * @param result - ABC's result
 * @param settings - the ABC settings used
 * @param scenarioName - the scenario's name as given
 * @returns the posterior
 * @example
 * // Used by calibrate; see its example.
 */
export function buildPosterior(
  prepared: PreparedCalibration,
  result: AbcResult,
  settings: AbcSettings,
  scenarioName: string,
): Posterior {
  const { population, generations } = result;
  const w = population.weights;
  const paths = [...prepared.paths, ...prepared.fixed.map((f) => f.path)];
  const priors = [
    ...prepared.priors,
    ...prepared.fixed.map((f) => ({ type: 'fixed' as const, value: f.value })),
  ];
  const draws = population.thetas.map((t) => [...t, ...prepared.fixed.map((f) => f.value)]);
  const { summary, correlations } = summarizeDraws(paths, priors, draws, w);
  const names = prepared.statistics.map((s) => s.name);
  const predictions = prepared.predict.map((p, k) => ({
    window: p.window,
    statistics: names.map((statistic, j) =>
      predictedStatistic(
        statistic,
        population.extras.map((e) => e[k * names.length + j] as number),
        w,
        p.observed?.[j] ?? null,
      ),
    ),
  }));
  const last = generations.at(-1);
  const attempts = generations.reduce((s, g) => s + g.simulations, 0);
  const refused = generations.reduce((s, g) => s + g.refused, 0);
  const diagnostics = {
    method: settings.method,
    generations,
    stopReason: result.stopReason,
    simulations: result.simulations,
    effectiveSampleSize: last?.effectiveSampleSize ?? 0,
    finalTolerance: last?.tolerance ?? Infinity,
    refusedShare: attempts > 0 ? refused / attempts : 0,
    firstRefusal: result.firstRefusal?.replace(/\s*\n\s*/g, ' ') ?? null,
  };
  const observedAttacks = prepared.observed.attacks.filter(
    (a) =>
      a.time !== null &&
      a.time > prepared.observed.window.from &&
      a.time <= prepared.observed.window.to,
  ).length;
  return {
    kind: 'escalation-sim/posterior',
    formatVersion: 1,
    paths,
    draws,
    weights: w,
    priors,
    summary,
    correlations,
    statistics: {
      names,
      descriptions: prepared.statistics.map((s) => s.description),
      observed: prepared.observedStatistics,
      scales: result.scales,
    },
    predictions,
    diagnostics,
    warnings: warnings(summary, diagnostics, observedAttacks, result.scales, names),
    provenance: {
      library: LIBRARY_VERSION,
      scenario: scenarioName,
      fingerprint: calibrationFingerprint(prepared.scenario, paths),
      observed: prepared.observed.label,
      window: prepared.observed.window,
      mode: prepared.mode,
      seed: settings.seed,
      particles: settings.particles,
    },
  };
}

function warnings(
  summary: readonly ParameterSummary[],
  diagnostics: Posterior['diagnostics'],
  attacks: number,
  scales: readonly number[],
  names: readonly string[],
): string[] {
  const out: string[] = [];
  if (attacks < FEW_ATTACKS)
    out.push(
      `only ${attacks} attacks in the window: most parameters stay close to their priors; read the narrowing column before the estimates`,
    );
  const vague = summary.filter((s) => s.narrowing !== null && s.narrowing < 0.2).map((s) => s.path);
  if (vague.length > 0)
    out.push(
      `not identified by this record (posterior sd within 20% of the prior's): ${vague.join(', ')}`,
    );
  const flat = names.filter((_, j) => !((scales[j] as number) > 0));
  if (flat.length > 0)
    out.push(
      `left out of the distance, as they do not move with the calibrated parameters across prior draws (R² < 1%): ${flat.join(', ')}`,
    );
  if (diagnostics.stopReason === 'budget')
    out.push(
      'stopped by the simulation budget: the last generation did not finish, the one before it is returned',
    );
  if (diagnostics.stopReason === 'acceptance')
    out.push(
      'stopped as the acceptance rate fell below its minimum: a smaller tolerance would cost much more',
    );
  if (diagnostics.effectiveSampleSize < 100)
    out.push(
      `effective sample size ${diagnostics.effectiveSampleSize.toFixed(0)}: summaries are noisy; use more particles`,
    );
  if (diagnostics.refusedShare > 0.05)
    out.push(
      `${(100 * diagnostics.refusedShare).toFixed(0)}% of draws broke the scenario's rules and count as outside the prior (first: ${diagnostics.firstRefusal})`,
    );
  return out;
}
