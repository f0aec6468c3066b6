import type { AttackAttribution } from '../../calibrate/attributeObservedAttacks.js';
import type { ModelChoice } from '../../calibrate/modelChoice/Mechanism.js';
import type { Posterior } from '../../calibrate/Posterior.js';
import type { PredictiveCheck } from '../../calibrate/posteriorPredictiveCheck.js';
import type { Prior } from '../../calibrate/priors/Prior.js';
import { calendarDate } from '../../model/calendarDate.js';
import type { Scenario } from '../../scenario/Scenario.js';
import {
  attributionTable,
  type MleAttributionOrError,
  mleAttributionLines,
} from './formatAttributions.js';
import { labelledWarnings } from './labelledWarnings.js';
import { formatNumber, formatPValue, textTable } from './textTable.js';

const describePrior = (p: Prior): string => {
  const { type, ...rest } = p as Prior & Record<string, number>;
  return `${type}(${Object.values(rest)
    .map((v) => formatNumber(v))
    .join(', ')})`;
};

const day = (scenario: Scenario, t: number) =>
  calendarDate(Date.parse(scenario.start), t).slice(0, 10);

/**
 * The calibration report for people: parameters per reading side by side with their priors,
 * what the record identifies, predictions for unseen windows, the observed statistics,
 * diagnostics and warnings.
 *
 * @param scenario - the calibrated scenario
 * @param posteriors - one per record or reading
 * @param extras - posterior predictive checks, attributions of the observed attacks (over
 *   the posterior and under the maximum-likelihood fit) and model choices (one per
 *   posterior, or none), and where the posterior was written
 * @returns the text
 */
export function formatCalibration(
  scenario: Scenario,
  posteriors: readonly Posterior[],
  extras: {
    readonly checks: readonly PredictiveCheck[];
    readonly attributions: readonly (readonly AttackAttribution[])[];
    readonly mleAttributions: readonly MleAttributionOrError[];
    readonly choices: readonly ModelChoice[];
    readonly out: string | undefined;
  },
): string {
  const { checks, attributions, mleAttributions, choices, out } = extras;
  const first = posteriors[0] as Posterior;
  const labels = posteriors.map((p) => p.provenance.observed.replace(/^iraq-2020:/, ''));
  const lines: string[] = [];
  lines.push(
    `Calibration of ${scenario.name} to ${posteriors.map((p) => p.provenance.observed).join(', ')} (${first.provenance.mode === 'replay' ? 'replay: the record’s strikes imposed' : 'generative: the policy decides'}), ${first.provenance.particles} particles, seed ${first.provenance.seed}.`,
    'Each cell: posterior median [90% interval]. narrowed: 1 − posterior sd / prior sd (0: the record says nothing; 1: it pins the parameter down).',
    '',
  );
  const rows = first.summary.map((s, j) => [
    s.path,
    describePrior(s.prior),
    ...posteriors.map((p) => {
      const q = p.summary[j];
      return q === undefined
        ? '—'
        : `${formatNumber(q.median)} [${formatNumber(q.q05)}, ${formatNumber(q.q95)}]`;
    }),
    posteriors.map((p) => formatNumber(p.summary[j]?.narrowing ?? null, 2)).join(' '),
  ]);
  lines.push(textTable(['parameter', 'prior', ...labels, 'narrowed'], rows), '');
  const narrowing = (path: string) =>
    Math.min(...posteriors.map((p) => p.summary.find((s) => s.path === path)?.narrowing ?? 0));
  const free = first.summary.filter((s) => s.narrowing !== null).map((s) => s.path);
  const identified = free.filter((p) => narrowing(p) >= 0.5);
  const vague = free.filter((p) => narrowing(p) < 0.2);
  lines.push(
    `Identified by the record (narrowed ≥ 0.5 under every reading): ${identified.length > 0 ? identified.join(', ') : 'none'}.`,
    `Not identified (narrowed < 0.2 under some reading; the prior speaks): ${vague.length > 0 ? vague.join(', ') : 'none'}.`,
    '',
  );
  if (first.predictions.length > 0) {
    lines.push(
      'Predictions for days the calibration did not see (median [90% interval] of the accepted simulations):',
    );
    const predictionRows = first.predictions.flatMap((w, k) =>
      w.statistics
        .filter((s) => s.statistic === 'attacks')
        .map((s) => [
          `${day(scenario, w.window.from)} – ${day(scenario, w.window.to - 1e-6)}`,
          s.statistic,
          ...posteriors.map((p) => {
            const q = p.predictions[k]?.statistics.find((x) => x.statistic === s.statistic);
            return q === undefined
              ? '—'
              : `${formatNumber(q.median)} [${formatNumber(q.q05)}, ${formatNumber(q.q95)}]`;
          }),
          s.observed === null ? 'not in the record' : formatNumber(s.observed),
        ]),
    );
    lines.push(textTable(['window', 'statistic', ...labels, 'observed'], predictionRows), '');
  }
  if (checks.length > 0) {
    lines.push(
      `Posterior predictive checks (${checks[0]?.replicates} simulations per reading): observed · simulated median [90%] · two-sided p. A small p flags a statistic the model does not reproduce; scale 0 marks statistics left out of the distance.`,
    );
    lines.push(
      textTable(
        ['statistic', ...labels, 'scale'],
        first.statistics.names.map((name, j) => [
          name,
          ...checks.map((c) => {
            const r = c.rows[j];
            return r === undefined
              ? '—'
              : `${formatNumber(r.observed)} · ${formatNumber(r.median)} [${formatNumber(r.q05)}, ${formatNumber(r.q95)}] · p ${formatPValue(r.pValue)}`;
          }),
          formatNumber(first.statistics.scales[j] ?? null),
        ]),
      ),
      '',
    );
  } else {
    lines.push('Observed statistics (the distance compares these; scale 0: left out):');
    lines.push(
      textTable(
        ['statistic', ...labels, 'scale'],
        first.statistics.names.map((name, j) => [
          name,
          ...posteriors.map((p) => formatNumber(p.statistics.observed[j] ?? null)),
          formatNumber(first.statistics.scales[j] ?? null),
        ]),
      ),
      '',
    );
  }
  if (choices.length > 0) {
    lines.push(
      'Does retaliation deter or provoke? ABC model choice (posterior probability ± Monte Carlo error; Bayes factor against no effect):',
    );
    lines.push(
      textTable(
        ['mechanism', ...labels],
        (choices[0]?.mechanisms ?? []).map((m, j) => [
          m.name,
          ...choices.map((c) => {
            const r = c.mechanisms[j];
            return r === undefined
              ? '—'
              : `${formatNumber(r.probability, 2)} ± ${formatNumber(r.standardError, 1)} · BF ${formatNumber(r.bayesFactor, 2)}`;
          }),
        ]),
      ),
      ...labelledWarnings(
        labels,
        choices.map((c) => c.warnings),
      ),
      '',
    );
  }
  const caseStudy = posteriors.every((p) => p.provenance.observed.startsWith('iraq-2020:'));
  lines.push(
    ...attributionTable(labels, attributions, caseStudy),
    ...mleAttributionLines(labels, mleAttributions, caseStudy),
  );
  lines.push('Diagnostics:');
  for (const [i, p] of posteriors.entries()) {
    const d = p.diagnostics;
    lines.push(
      `  ${labels[i]}: ${d.generations.length} generations, ${d.simulations} simulations, effective sample size ${formatNumber(d.effectiveSampleSize)}, final tolerance ${formatNumber(d.finalTolerance)}, stopped: ${d.stopReason}`,
    );
  }
  const warnings = labelledWarnings(
    labels,
    posteriors.map((p) => p.warnings),
  );
  if (warnings.length > 0) lines.push('', 'Warnings:', ...warnings);
  if (out !== undefined)
    lines.push(
      '',
      `Posterior${posteriors.length > 1 ? ' (the readings pooled with equal weight)' : ''} written to ${out}; use it with: escalation-sim run ${scenario.name} --posterior ${out}`,
    );
  return `${lines.join('\n')}\n`;
}
