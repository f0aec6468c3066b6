import type { TimeRescalingResult } from '../timeRescaling.js';
import type { PoissonTest } from './bootstrapPoissonTest.js';
import type { ModelComparisonRow } from './compareModels.js';
import type { ModelFit } from './fitModel.js';
import type { StrikeDecayLimit } from './strikeDecayLimit.js';

/** A caveat about a fit, as data: a stable code, the parameter it concerns, and a sentence. */
export interface FitWarning {
  readonly code:
    | 'few-events'
    | 'on-bound'
    | 'strike-decay-limit'
    | 'trend-not-excitation'
    | 'not-identified'
    | 'no-standard-errors'
    | 'not-converged'
    | 'several-optima'
    | 'search-restarted'
    | 'holdout-disagrees'
    | 'profile-unbracketed'
    | 'poor-fit'
    | 'no-bootstrap';
  readonly parameter?: string;
  readonly message: string;
}

/** Parameters whose range ends are where the model itself ends, not where the search stops. */
const naturalEnds: Readonly<Record<string, readonly ('lower' | 'upper')[]>> = {
  branchingRatio: ['lower', 'upper'],
};

/**
 * Collect the caveats a careful reader needs next to the numbers. With strikes,
 * `decayLimit` is the strike response decay's bound and the resolution behind it: an
 * estimate on it is reported as limited by the record rather than as an ordinary bound.
 */
export function fitWarnings(
  fit: ModelFit,
  count: number,
  horizon: number,
  comparison: readonly ModelComparisonRow[],
  goodness: TimeRescalingResult,
  test: PoissonTest,
  decayLimit: (StrikeDecayLimit & { readonly timeResolution: number }) | null = null,
): FitWarning[] {
  const warnings: FitWarning[] = [];
  if (count < 30) {
    warnings.push({
      code: 'few-events',
      message: `only ${count} events: the parameters are weakly identified; read the intervals, not the point estimates`,
    });
  }
  if (!fit.converged)
    warnings.push({
      code: 'not-converged',
      message: 'the optimiser stopped before meeting its tolerance',
    });
  for (const e of fit.estimates) {
    if (decayLimit && e.name === 'strikeResponseDecay' && e.atBound === 'upper') {
      warnings.push(decayLimitWarning(e.value, decayLimit));
    } else if (e.atBound) {
      const end = e.atBound === 'lower' ? e.searchLower : e.searchUpper;
      warnings.push({
        code: 'on-bound',
        parameter: e.name,
        message: `${e.name} is estimated on the ${e.atBound} end of its range (${end}); the other standard errors hold it there`,
      });
    }
    const artificial = (side: 'lower' | 'upper') => !(naturalEnds[e.name] ?? []).includes(side);
    if ((e.lowerOpen && artificial('lower')) || (e.upperOpen && artificial('upper'))) {
      warnings.push({
        code: 'not-identified',
        parameter: e.name,
        message: `the profile likelihood of ${e.name} stays flat to the end of its range: the data do not determine it`,
      });
    }
  }
  const excitation = fit.estimates.find((e) => e.name === 'branchingRatio');
  const decay = fit.estimates.find((e) => e.name === 'decay');
  // A kernel whose mean delay 1/β is not short against the window never decays inside it:
  // each event then raises the rate for the rest of the window, as a trend would.
  if (
    excitation?.atBound === 'upper' &&
    decay &&
    (decay.atBound === 'lower' || decay.lowerOpen || decay.value * horizon < 5)
  ) {
    const trend = comparison.find((r) => r.model.includes('Trend'));
    const preferred = trend && trend.deltaAic === 0;
    warnings.push({
      code: 'trend-not-excitation',
      message:
        `the maximum lies on the boundary (branching ratio → 1, decay → ${decay.value.toPrecision(2)} per day, a mean delay of ${(1 / decay.value).toPrecision(2)} days against a window of ${horizon.toPrecision(3)}): ` +
        'the data cannot tell self-excitation from a rate that rises over the window' +
        (preferred
          ? `; by AIC they prefer ${trend.model} (${trend.description})`
          : '; compare the trend models in the comparison table'),
    });
  }
  if (
    !fit.estimates.some((e) => e.standardError !== null) &&
    !fit.estimates.every((e) => e.fixed)
  ) {
    warnings.push({
      code: 'no-standard-errors',
      message: `no standard errors: ${fit.informationMessage}`,
    });
  }
  const best = Math.min(...fit.startValues);
  const distinct = new Set(
    fit.startValues.filter((v) => Number.isFinite(v) && v - best > 0.5).map((v) => v.toFixed(1)),
  );
  if (distinct.size > 0) {
    warnings.push({
      code: 'several-optima',
      message: `some starts ended at other local optima (${distinct.size} distinct, up to ${(Math.max(...fit.startValues.filter(Number.isFinite)) - best).toFixed(2)} log-likelihood units lower)`,
    });
  }
  const chosen = comparison[0];
  const simpler = comparison
    .filter(
      (r) =>
        chosen !== undefined &&
        r.freeParameters < chosen.freeParameters &&
        r.heldOutLogLikelihood !== null &&
        chosen.heldOutLogLikelihood !== null &&
        r.heldOutLogLikelihood > chosen.heldOutLogLikelihood,
    )
    .sort((a, b) => (b.heldOutLogLikelihood as number) - (a.heldOutLogLikelihood as number))[0];
  if (chosen && simpler) {
    warnings.push({
      code: 'holdout-disagrees',
      message: `AIC prefers ${chosen.model}, but fitted to the earlier window it forecasts the held-out events worse than the simpler ${simpler.model} (predictive log-likelihood ${(chosen.heldOutLogLikelihood as number).toFixed(2)} against ${(simpler.heldOutLogLikelihood as number).toFixed(2)})`,
    });
  }
  if (fit.restarts.length > 0) {
    const gain = fit.restarts.reduce((a, b) => a + b, 0);
    warnings.push({
      code: 'search-restarted',
      message: `the multi-start search stopped ${gain.toPrecision(2)} log-likelihood units below a point a profile found; the fit restarted from there (${fit.restarts.length} time${fit.restarts.length > 1 ? 's' : ''}): the likelihood has several optima`,
    });
  }
  for (const problem of fit.profileProblems) {
    warnings.push({
      code: 'profile-unbracketed',
      message: `a profile interval end could not be located and is reported open (${problem})`,
    });
  }
  if (goodness.ks.pValue < 0.05) {
    warnings.push({
      code: 'poor-fit',
      message: `time-rescaled residuals depart from Exp(1) (KS p = ${goodness.ks.pValue.toPrecision(2)})`,
    });
  }
  if (test.pValue === null)
    warnings.push({
      code: 'no-bootstrap',
      message: 'the Poisson test was not bootstrapped (bootstrap: 0)',
    });
  return warnings;
}

/** The strike response decays as fast as the record can show: say which limit holds it. */
function decayLimitWarning(
  value: number,
  limit: StrikeDecayLimit & { readonly timeResolution: number },
): FitWarning {
  const rule =
    limit.basis === 'time-resolution'
      ? `the record's time resolution of ${limit.timeResolution.toPrecision(3)} days`
      : 'a quarter of the mean gap between attacks';
  return {
    code: 'strike-decay-limit',
    parameter: 'strikeResponseDecay',
    message: `strikeResponseDecay sits on its limit ${value.toPrecision(3)} per day (a mean response duration of ${(1 / value).toPrecision(3)} days, ${rule}): the response's speed is limited by what the record can resolve, not estimated; a faster response would predict nothing the record could contain`,
  };
}
