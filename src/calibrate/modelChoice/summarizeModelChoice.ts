import { requireArrayLike, requireObject } from '../../util/requireArgument.js';
import type { MechanismResult, ModelChoice } from './Mechanism.js';
import type { ModelChoiceDraws } from './modelChoiceSteps.js';

/** Accepted draws below which the probabilities are called rough. */
const FEW_ACCEPTED = 100;

/** How the Monte Carlo errors are computed, stated in every result. */
export const MODEL_CHOICE_ERROR_METHOD =
  'Given the tolerance, the accepted draws are independent draws from the ABC posterior over mechanisms, so the accepted counts are multinomial: SE(p) = √(p(1 − p)/K) with K draws accepted, and SE(log B) = √((1 − p_m)/(K·p_m) + (1 − p_r)/(K·p_r) + 2/K) by the delta method (r: the reference). The tolerance is itself a quantile of the distances, which these errors ignore.';

/** The caveat of ABC model choice, stated in every result. */
export const MODEL_CHOICE_CAVEAT =
  'ABC model choice compares summary statistics, not the data: with statistics that are not sufficient across the mechanisms, the Bayes factors ABC converges to can differ from the true ones, however many simulations (Robert, Cornuet, Marin & Pillai 2011, PNAS 108:15112). Trust a choice the statistics were shown to make on records simulated under each mechanism.';

/**
 * Posterior mechanism probabilities, their Monte Carlo errors, Bayes factors against a
 * reference and warnings, from the draws of rejection ABC over (mechanism, θ).
 *
 * Why: the draws come from the joint prior, so a mechanism's posterior probability is its
 * share of the accepted draws; a Bayes factor is the ratio of posterior to prior odds.
 *
 * @param draws - from modelChoiceSteps
 * @param names - mechanism names, in order
 * @param priorWeights - the mechanisms' prior weights, in order
 * @param reference - index of the mechanism the Bayes factors are against
 * @param seed - the seed, recorded
 * @returns the model choice
 * @example
 * const draws = { models: [0, 1, 1, 0], distances: [0, 1, 0, 9], refused: [false, false, false, false],
 *   scales: [1], tolerance: 1, firstRefusal: null };
 * summarizeModelChoice(draws, ['a', 'b'], [1, 1], 0, 1).mechanisms[1]?.bayesFactor; // => 2
 */
export function summarizeModelChoice(
  draws: ModelChoiceDraws,
  names: readonly string[],
  priorWeights: readonly number[],
  reference: number,
  seed: number | string,
): ModelChoice {
  requireObject('draws', draws, 'the draws of modelChoiceSteps');
  requireArrayLike('draws.models', draws.models, 'an array of model indices');
  requireArrayLike('draws.refused', draws.refused, 'an array of flags, one per draw');
  requireArrayLike('names', names, 'an array of mechanism names');
  requireArrayLike('priorWeights', priorWeights, 'an array of prior model weights, one per name');
  const totalWeight = priorWeights.reduce((s, w) => s + w, 0);
  const priors = priorWeights.map((w) => w / totalWeight);
  const simulated = names.map(() => 0);
  const accepted = names.map(() => 0);
  const refused = names.map(() => 0);
  draws.models.forEach((m, i) => {
    simulated[m] = (simulated[m] as number) + 1;
    if (draws.refused[i]) refused[m] = (refused[m] as number) + 1;
    else if ((draws.distances[i] as number) <= draws.tolerance)
      accepted[m] = (accepted[m] as number) + 1;
  });
  const K = accepted.reduce((s, a) => s + a, 0);
  const p = accepted.map((a) => a / K);
  const pr = p[reference] as number;
  const priorOdds = (m: number) => (priors[m] as number) / (priors[reference] as number);
  const mechanisms: MechanismResult[] = names.map((name, m) => {
    const pm = p[m] as number;
    const bayesFactor = pr > 0 ? pm / pr / priorOdds(m) : null;
    let logBayesFactorSe: number | null = null;
    if (m === reference) logBayesFactorSe = 0;
    else if (pr > 0 && pm > 0)
      logBayesFactorSe = Math.sqrt((1 - pm) / (K * pm) + (1 - pr) / (K * pr) + 2 / K);
    return {
      name,
      prior: priors[m] as number,
      simulations: simulated[m] as number,
      accepted: accepted[m] as number,
      refused: refused[m] as number,
      probability: pm,
      standardError: Math.sqrt((pm * (1 - pm)) / K),
      bayesFactor,
      logBayesFactorSe,
    };
  });
  return {
    mechanisms,
    reference: names[reference] as string,
    tolerance: draws.tolerance,
    accepted: K,
    simulations: draws.models.length,
    statistics: [],
    scales: draws.scales,
    errorMethod: MODEL_CHOICE_ERROR_METHOD,
    warnings: warnings(mechanisms, reference, K, draws.firstRefusal),
    seed,
  };
}

function warnings(
  mechanisms: readonly MechanismResult[],
  reference: number,
  K: number,
  firstRefusal: string | null,
): string[] {
  const out: string[] = [];
  const ref = mechanisms[reference] as MechanismResult;
  const others = mechanisms.filter((_, m) => m !== reference);
  if (ref.accepted === 0) {
    out.push(
      `No draw of "${ref.name}" came within the tolerance: the Bayes factors against it are unbounded at this tolerance and cannot be given; read the probabilities instead.`,
    );
  } else if (
    others.every((m) => m.bayesFactor !== null && m.bayesFactor >= 1 / 3 && m.bayesFactor <= 3)
  ) {
    out.push(
      `The data cannot discriminate between the mechanisms: every Bayes factor against "${ref.name}" lies between 1/3 and 3 (Kass & Raftery 1995: not worth more than a bare mention).`,
    );
  }
  if (K < FEW_ACCEPTED)
    out.push(`Only ${K} draws were accepted: the probabilities are rough; simulate more.`);
  const refused = mechanisms.reduce((s, m) => s + m.refused, 0);
  if (refused > 0)
    out.push(
      `The scenario refused ${refused} draws (counted as rejected, which lowers those mechanisms' evidence)${firstRefusal === null ? '' : `; the first: ${firstRefusal}`}.`,
    );
  out.push(MODEL_CHOICE_CAVEAT);
  return out;
}
