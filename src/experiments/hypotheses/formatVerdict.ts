import type { HypothesisOutcome } from '../testHypothesis.js';

/**
 * A number for prose: three significant digits, without exponent for ordinary sizes.
 * @param x - the number (null prints as "n/a")
 * @returns the text
 * @example
 * formatFigure(0.012345); // => '0.0123'
 */
export function formatFigure(x: number | null): string {
  if (x === null) return 'n/a';
  if (x === 0) return '0';
  return Math.abs(x) >= 1e-4 && Math.abs(x) < 1e6
    ? String(Number(x.toPrecision(3)))
    : x.toExponential(2);
}

/**
 * A p-value for prose: never printed as 0 (a permutation p is at least 1/(B + 1)).
 * @param p - the p-value
 * @returns the text
 * @example
 * formatP(0.0005); // => '0.0005'
 */
export function formatP(p: number | null): string {
  return p === null ? 'n/a' : p < 1e-4 ? '< 0.0001' : formatFigure(p);
}

/**
 * The plain-language verdict of a hypothesis test: what was compared, the estimate and its
 * interval, the test, the conclusion, the conditions it holds under, and what drives it.
 *
 * @param h - the computed parts of a hypothesis result
 * @returns one paragraph
 * @example
 * const h = testHypothesis({ scenario: presets.restraint, control: 'restraint', metric: 'attacks', direction: 'greater', replicates: 10, seed: 1 });
 * formatVerdict(h) === h.text; // => true
 */
export function formatVerdict(h: Omit<HypothesisOutcome, 'text'>): string {
  const dir = h.direction === 'greater' ? 'higher' : h.direction === 'less' ? 'lower' : 'different';
  const metric = h.window
    ? `${h.metric} in days (${h.window.from}, ${h.window.to}] after ${anchorText(h.window.anchor)}`
    : h.metric;
  const against =
    h.controlWindow && h.control === 'same-run'
      ? `the same runs in days (${h.controlWindow.from}, ${h.controlWindow.to}] after ${anchorText(h.controlWindow.anchor)}`
      : h.controlLabel;
  const conclusion =
    h.verdict === 'supported'
      ? `At level ${h.alpha} the model's runs support it: ${metric} is ${dir} under ${h.treatmentLabel} than under ${against}.`
      : h.verdict === 'contradicted'
        ? `At level ${h.alpha} the model contradicts it: the effect goes the other way.`
        : `At level ${h.alpha} the model cannot tell the effect from no effect with ${h.pairs} pairs; the interval bounds how large it can be.`;
  const left = h.excluded > 0 ? `; ${h.excluded} replicates left out (${h.excludedReason})` : '';
  return [
    `${h.name}: ${h.question}`,
    `Estimate (${h.treatmentLabel} − ${against}, ${metric}): ${formatFigure(h.estimate)}, ${Math.round(h.confidence * 100)}% interval [${formatFigure(h.low)}, ${formatFigure(h.high)}] (${h.method}); ${h.treatmentLabel} ${formatFigure(h.treatmentMean)} against ${formatFigure(h.controlMean)}; ${h.pairs} paired replicates${left}; one-sided p = ${formatP(h.pValue)} (${h.direction}, ${h.testMethod}).`,
    conclusion,
    // Under ten replicates a draw's mean has a standard error above a third of a replicate's
    // sd, so its sign is noise unless the draw's effect is large: say so beside the share.
    ...(h.posterior
      ? [
          `Over the posterior: the effect holds in ${Math.round(100 * h.posterior.share)}% of the draws (${h.posterior.drawsUsed} draws used, ${formatFigure(h.posterior.replicatesPerDraw)} replicates each on average${h.posterior.replicatesPerDraw < 10 ? '; with so few replicates a draw’s mean is mostly replicate noise, which pulls the share towards 1/2: give more replicates, or a posterior of fewer draws, to read it as parameter uncertainty' : ''}).`,
        ]
      : []),
    `Conditions: scenario ${h.scenario} (fingerprint ${h.fingerprint}), ${h.replicates} replicates from seed ${h.seed}; ${h.conditions}.`,
    `What drives it: ${h.drivers}`,
  ]
    .join(' ')
    .replace('one-sided p', h.direction === 'two-sided' ? 'two-sided p' : 'one-sided p');
}

function anchorText(anchor: string | undefined): string {
  if (anchor === 'firstStrike') return 'the first strike';
  if (anchor === 'firstStrikeKillingHost') return 'the first strike that killed host forces';
  return 'the start';
}
