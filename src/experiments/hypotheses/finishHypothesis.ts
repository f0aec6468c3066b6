import { createRng } from '../../random/createRng.js';
import { pairedMeanDifference } from '../compare/pairedMeanDifference.js';
import { pairedProportionDifference } from '../compare/pairedProportionDifference.js';
import { formatVerdict } from './formatVerdict.js';
import type { HypothesisOutcome } from './HypothesisOutcome.js';
import type { HypothesisHeader, HypothesisPart } from './HypothesisPart.js';
import { type Direction, signFlipTest } from './signFlipTest.js';

/**
 * The test's estimate, interval, p-values and verdict from its header and all its pairs.
 *
 * @param header - from planHypothesis
 * @param part - the pairs of every replicate, in replicate order
 * @returns the result with its verdict
 * @example
 * const plan = planHypothesis({ scenario: presets['iraq-2020'], control: 'restraint', metric: 'strikes', direction: 'greater', replicates: 20, seed: 1 });
 * finishHypothesis(plan.header, plan.runPart(0, 20)).verdict; // => 'supported'
 */
export function finishHypothesis(
  header: HypothesisHeader,
  part: HypothesisPart,
): HypothesisOutcome {
  const { seed, confidence, permutations, alpha, direction, proportion } = header;
  const differences: number[] = [];
  let sumT = 0;
  let sumC = 0;
  const counts = { both: 0, onlyTreatment: 0, onlyControl: 0, neither: 0 };
  const byDraw = new Map<number, { sum: number; n: number }>();
  for (const [t, c, draw] of part.pairs) {
    differences.push(t - c);
    const cell = byDraw.get(draw) ?? { sum: 0, n: 0 };
    cell.sum += t - c;
    cell.n++;
    byDraw.set(draw, cell);
    sumT += t;
    sumC += c;
    if (t === 1 && c === 1) counts.both++;
    else if (t === 1) counts.onlyTreatment++;
    else if (c === 1) counts.onlyControl++;
    else counts.neither++;
  }
  const n = differences.length;
  const mean = n > 0 ? (sumT - sumC) / n : null;
  const sd =
    n > 1 && mean !== null
      ? Math.sqrt(differences.reduce((a, d) => a + (d - mean) ** 2, 0) / (n - 1))
      : null;
  const estimate =
    proportion && n > 0
      ? pairedProportionDifference(counts, confidence)
      : pairedMeanDifference(n, mean, sd, confidence);
  const rng = createRng(seed).fork('hypothesis-permutations');
  const test = (d: Direction) =>
    n > 0 ? signFlipTest(differences, d, permutations, rng.fork(d)) : null;
  const pValue = test(direction);
  const opposite = direction === 'greater' ? 'less' : direction === 'less' ? 'greater' : null;
  const pOpposite = opposite ? test(opposite) : null;
  const verdict =
    pValue !== null && pValue < alpha
      ? 'supported'
      : pOpposite !== null && pOpposite < alpha
        ? 'contradicted'
        : 'inconclusive';
  const result: Omit<HypothesisOutcome, 'text'> = {
    library: header.library,
    name: header.name,
    question: header.question,
    scenario: header.scenario,
    fingerprint: header.fingerprint,
    seed,
    replicates: header.replicates,
    treatment: header.treatment,
    treatmentLabel: header.treatmentLabel,
    control: header.control,
    controlLabel: header.controlLabel,
    metric: header.metric,
    ...(header.window ? { window: header.window } : {}),
    ...(header.controlWindow ? { controlWindow: header.controlWindow } : {}),
    direction,
    pairs: n,
    excluded: part.excluded,
    excludedReason: header.excludedReason,
    treatmentMean: n > 0 ? sumT / n : null,
    controlMean: n > 0 ? sumC / n : null,
    estimate: estimate.estimate,
    low: estimate.low,
    high: estimate.high,
    confidence,
    method: estimate.method.split(';')[0] as string,
    pValue,
    testMethod: header.testMethod,
    alpha,
    verdict,
    conditions: header.conditions,
    ...(header.withPosterior ? { posterior: posteriorShare(byDraw, direction, mean ?? 0) } : {}),
    drivers: header.drivers,
  };
  return { ...result, text: formatVerdict(result) };
}

function posteriorShare(
  byDraw: ReadonlyMap<number, { sum: number; n: number }>,
  direction: Direction,
  overall: number,
): NonNullable<HypothesisOutcome['posterior']> {
  const sign = direction === 'greater' ? 1 : direction === 'less' ? -1 : Math.sign(overall);
  let holds = 0;
  let total = 0;
  for (const { sum, n } of byDraw.values()) {
    total += n;
    if (sign !== 0 && Math.sign(sum) === sign) holds += n;
  }
  return {
    share: total > 0 ? holds / total : 0,
    drawsUsed: byDraw.size,
    replicatesPerDraw: byDraw.size > 0 ? total / byDraw.size : 0,
  };
}
