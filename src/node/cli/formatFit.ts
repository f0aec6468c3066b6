import type { ParameterPrior } from '../../hawkes/fit/parameterPrior.js';
import type { StrikeEffectSummary } from '../../hawkes/fit/strikeEffectSummary.js';
import type { HawkesFit } from '../../hawkes/fitHawkes.js';
import { formatNumber, formatPValue, textTable } from './textTable.js';

/** A fitted attack process as a readable report: estimates, tests, comparison, caveats. */
export function formatFit(fit: HawkesFit, label: string, notes: readonly string[]): string {
  const level = `${Math.round(fit.confidence * 100)}%`;
  const estimates = textTable(
    ['parameter', 'estimate', 'unit', 'std. error', `${level} interval`, 'note'],
    fit.estimates.map((e) => [
      e.name,
      formatNumber(e.value),
      e.unit,
      formatNumber(e.standardError),
      e.lower === null
        ? '—'
        : `[${formatNumber(e.lower)}${e.lowerOpen ? '…' : ''}, ${formatNumber(e.upper)}${e.upperOpen ? '…' : ''}]`,
      [e.fixed ? 'fixed' : '', e.atBound ? `on ${e.atBound} bound` : '', e.intervalMethod ?? '']
        .filter(Boolean)
        .join(', '),
    ]),
  );
  const heldOut = fit.holdout;
  const comparison =
    fit.comparison.length === 0
      ? ''
      : `\nModels compared by AIC (lower is better)${heldOut ? `; held out: the ${heldOut.heldOutEvents} events after day ${formatNumber(heldOut.from)}, scored by each model fitted to the ${heldOut.trainingEvents} before (higher is better)` : ''}\n${textTable(
          [
            'model',
            'parameters',
            'log-likelihood',
            'AIC',
            'ΔAIC',
            'weight',
            ...(heldOut ? ['held-out log-lik.'] : []),
          ],
          fit.comparison.map((r) => [
            r.model,
            String(r.freeParameters),
            formatNumber(r.logLikelihood, 4),
            formatNumber(r.aic, 4),
            formatNumber(r.deltaAic, 2),
            formatNumber(r.akaikeWeight, 2),
            ...(heldOut ? [formatNumber(r.heldOutLogLikelihood, 4)] : []),
          ]),
        )}\n`;
  const test = fit.poissonTest;
  const ks = fit.goodnessOfFit.ks;
  return [
    `Fit to ${label} (${fit.events} attacks over ${formatNumber(fit.horizon)} days): ${fit.description}`,
    ...notes.map((n) => `  · ${n}`),
    '',
    estimates,
    '  (… marks an interval end at the end of the search range: the data do not bound it there;',
    '   standard errors are computed with any parameter on a bound held there)',
    ...(fit.strikeResponseCutoff === null
      ? []
      : [`  strikeResponse interval: ${fit.strikeResponseCutoff.message}`]),
    ...(fit.strikeResponseDecayLimit === null
      ? []
      : [`  strikeResponseDecay limit: ${formatDecayLimit(fit.strikeResponseDecayLimit)}`]),
    '',
    ...(fit.strikeEffect === null ? [] : [formatStrikeEffect(fit.strikeEffect, level), '']),
    ...(fit.priors === null ? [] : [formatPriors(fit.priors, fit.logPosterior)]),
    `log-likelihood ${formatNumber(fit.logLikelihood, 5)}, AIC ${formatNumber(fit.aic, 5)}`,
    `Against a homogeneous Poisson process: LR = ${formatNumber(test.statistic)}, p = ${test.pValue === null ? 'not computed' : formatPValue(test.pValue)} (${test.method}, seed ${test.seed})`,
    `Goodness of fit by time rescaling: KS D = ${formatNumber(ks.statistic)}, exact p = ${formatPValue(ks.pValue)} (n = ${ks.n})`,
    comparison,
    fit.warnings.length === 0
      ? 'No warnings.'
      : `Warnings\n${fit.warnings.map((w) => `  - ${w.message}`).join('\n')}`,
  ].join('\n');
}

const RESOLUTION_SOURCE = {
  option: 'given',
  'whole-days': 'every time a whole day',
  continuous: 'continuous times',
} as const;

/** The strike decay's bound in words: its value, the rule that sets it, whether the fit sits on it. */
function formatDecayLimit(limit: NonNullable<HawkesFit['strikeResponseDecayLimit']>): string {
  const rule =
    limit.basis === 'time-resolution'
      ? `the record's time resolution, ${days(limit.timeResolution)} (${RESOLUTION_SOURCE[limit.source]})`
      : `a quarter of the mean gap between attacks; time resolution ${limit.timeResolution === 0 ? 'continuous' : days(limit.timeResolution)} (${RESOLUTION_SOURCE[limit.source]})`;
  return `at most ${formatNumber(limit.upper)} per day, a response lasting at least ${days(1 / limit.upper)}: ${rule}${limit.atLimit ? '; the estimate sits on it' : ''}`;
}

function days(x: number): string {
  return `${formatNumber(x)} ${x === 1 ? 'day' : 'days'}`;
}

/** The strike effect as one or two lines: the count, its interval, and whether it is identified. */
function formatStrikeEffect(effect: StrikeEffectSummary, level: string): string {
  const end = (value: number | null, open: boolean) =>
    `${open ? '(open) ' : ''}${formatNumber(value)}`;
  const interval =
    effect.lower === null
      ? ''
      : `; ${level} interval [${end(effect.lower, effect.lowerOpen)}, ${end(effect.upper, effect.upperOpen)}] (${effect.intervalNote})`;
  return [
    `Strike effect: ${formatNumber(effect.perStrike)} expected attacks in the ${formatNumber(effect.window)} days after each strike, with its response minus without${interval}`,
    `  ${effect.message}`,
  ].join('\n');
}

/** The priors of a MAP fit, one per parameter, with the log posterior at the mode. */
function formatPrior(prior: ParameterPrior): string {
  const { type, ...shape } = prior;
  return `${type}(${Object.entries(shape)
    .map(([k, v]) => `${k} ${formatNumber(v as number)}`)
    .join(', ')})`;
}

function formatPriors(
  priors: Readonly<Record<string, ParameterPrior>>,
  logPosterior: number | null,
): string {
  const list = Object.entries(priors)
    .map(([name, prior]) => `${name} ~ ${formatPrior(prior)}`)
    .join('; ');
  return `Posterior mode (MAP) under the priors ${list}: log posterior ${formatNumber(logPosterior, 5)}; standard errors are the Laplace approximation's`;
}
