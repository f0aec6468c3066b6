import type { Posterior } from '../../calibrate/Posterior.js';
import { attributionChart } from '../../charts/attributionChart.js';
import { comparisonChart } from '../../charts/comparisonChart.js';
import { fanChart } from '../../charts/fanChart.js';
import { hypothesisChart } from '../../charts/hypothesisChart.js';
import { posteriorMarginalsChart } from '../../charts/posteriorMarginalsChart.js';
import { posteriorPairsChart } from '../../charts/posteriorPairsChart.js';
import { primChart } from '../../charts/primChart.js';
import { sensitivityChart } from '../../charts/sensitivityChart.js';
import { sweepHeatmap } from '../../charts/sweepHeatmap.js';
import { timelineChart } from '../../charts/timelineChart.js';
import { toleranceChart } from '../../charts/toleranceChart.js';
import { policyText } from '../../experiments/ensembleProvenance.js';
import { runEnsemble } from '../../experiments/runEnsemble.js';
import { OUTCOME_NAMES } from '../../model/outcomes.js';
import { runScenario } from '../../model/runScenario.js';
import type { Scenario } from '../../scenario/Scenario.js';
import { LIBRARY_VERSION } from '../../version.js';
import type { Report, ReportSection } from '../charts/reportHtml.js';
import { type ChartSettings, record, traceDays } from './chartKinds.js';
import type { ResultFile } from './readResultFile.js';

type Input = { readonly kind: 'scenario'; readonly value: Scenario } | ResultFile;

/** The report of an input: a scenario is run; a result file is drawn and tabulated. */
export function reportOf(input: Input, settings: ChartSettings): Report {
  switch (input.kind) {
    case 'scenario':
      return scenarioReport(input.value, settings);
    case 'comparison': {
      const c = input.value;
      return {
        title: `Policy comparison: ${c.scenario}`,
        madeBy: {
          library: `${c.library.name} ${c.library.version}`,
          scenario: c.scenario,
          'scenario fingerprints': Object.entries(c.fingerprints)
            .map(([p, f]) => `${p} ${f}`)
            .join('; '),
          policies: c.policies.map((p) => p.label).join(', '),
          baseline: c.baseline,
          seed: String(c.seed),
          replicates: c.replicates,
          'first replicate': c.from,
        },
        sections: [
          { heading: 'Estimates and paired differences', chart: comparisonChart(c) },
          {
            heading: 'Paired differences to the baseline',
            table: {
              columns: ['outcome', 'contrast', 'estimate', 'low', 'high', 'p (Holm)'],
              rows: c.outcomes.flatMap((o) =>
                o.differences.map((d) => [
                  o.outcome,
                  `${d.policy} − ${d.versus}`,
                  d.estimate,
                  d.low,
                  d.high,
                  d.pAdjusted,
                ]),
              ),
            },
          },
        ],
      };
    }
    case 'hypotheses': {
      const h = input.value;
      const first = h[0];
      return {
        title: `Hypothesis tests: ${first?.scenario ?? ''}`,
        madeBy: {
          library: `${first?.library.name} ${first?.library.version}`,
          scenario: [...new Set(h.map((o) => o.scenario))].join(', '),
          'scenario fingerprint': [...new Set(h.map((o) => o.fingerprint))].join(', '),
          seed: String(first?.seed),
          replicates: [...new Set(h.map((o) => o.replicates))].join(', '),
          policies: h.map((o) => `${o.treatmentLabel} vs ${o.controlLabel}`).join('; '),
        },
        sections: [
          { heading: 'Effects and verdicts', chart: hypothesisChart(h) },
          {
            heading: 'Results',
            table: {
              columns: ['hypothesis', 'metric', 'estimate', 'low', 'high', 'p', 'verdict'],
              rows: h.map((o) => [
                o.name,
                o.metric,
                o.estimate,
                o.low,
                o.high,
                o.pValue,
                o.verdict,
              ]),
            },
            note: h.map((o) => o.text).join(' '),
          },
        ],
      };
    }
    case 'posterior':
      return posteriorReport([input.value], []);
    case 'calibration':
      return posteriorReport(input.value.posteriors, input.value.attributions);
    default:
      return resultReport(input, settings);
  }
}

function scenarioReport(scenario: Scenario, s: ChartSettings): Report {
  const ensemble = runEnsemble(scenario, {
    replicates: s.replicates,
    seed: s.seed,
    keepEvents: true,
  });
  const p = ensemble.provenance;
  // Replicate 0 again, with a trace of the host's pressure: the same run as the ensemble's first.
  const run = runScenario(scenario, { seed: s.seed, replicate: 0, trace: traceDays(scenario) });
  const observed = s.reading === undefined ? undefined : record(s.reading);
  return {
    title: `Ensemble: ${scenario.name}`,
    madeBy: {
      library: `escalation-sim ${p.version}`,
      scenario: p.scenario,
      'scenario fingerprint': p.fingerprint,
      policy: policyText(p),
      seed: String(p.seed),
      replicates: p.replicates,
    },
    sections: [
      {
        heading: `Replicate 0: ${run.outcomes.attacks} attacks, ${run.outcomes.strikes} strikes`,
        chart: timelineChart(run, scenario),
      },
      {
        heading: 'Cumulative attacks over the replicates',
        chart: fanChart(ensemble, scenario, observed),
        note: 'Bands: 50% and 90% of the runs at each day (quantiles of type 7 across replicates).',
      },
      {
        heading: 'Outcomes',
        table: {
          columns: ['outcome', 'mean', '95% CI low', 'high', '2.5%', 'median', '97.5%', 'nulls'],
          rows: OUTCOME_NAMES.map((name) => {
            const o = ensemble.summaries[name];
            const q = o.quantiles;
            return [
              name,
              o.mean,
              o.ci95?.low ?? null,
              o.ci95?.high ?? null,
              q.p2_5,
              q.p50,
              q.p97_5,
              o.nulls,
            ];
          }),
        },
      },
    ],
  };
}

function posteriorReport(
  posteriors: readonly Posterior[],
  attributions: readonly (readonly unknown[])[],
): Report {
  const first = posteriors[0] as Posterior;
  const sections: ReportSection[] = posteriors.flatMap((p, i) => [
    { heading: `Posterior marginals: ${p.provenance.observed}`, chart: posteriorMarginalsChart(p) },
    ...(p.correlations.paths.length >= 2
      ? [{ heading: `Posterior pairs: ${p.provenance.observed}`, chart: posteriorPairsChart(p) }]
      : []),
    ...(p.warnings.some((w) => w.startsWith('an equal-weight pool'))
      ? []
      : [{ heading: `ABC tolerance trace: ${p.provenance.observed}`, chart: toleranceChart(p) }]),
    ...((attributions[i]?.length ?? 0) > 0
      ? [
          {
            heading: `Attribution of the observed attacks: ${p.provenance.observed}`,
            chart: attributionChart(attributions[i] as never),
          },
        ]
      : []),
    {
      heading: `Parameters: ${p.provenance.observed}`,
      table: {
        columns: ['parameter', 'mean', 'sd', 'median', '5%', '95%', 'prior mean', 'narrowing'],
        rows: p.summary.map((q) => [
          q.path,
          q.mean,
          q.sd,
          q.median,
          q.q05,
          q.q95,
          q.priorMean,
          q.narrowing,
        ]),
      },
      note: p.warnings.join(' '),
    },
  ]);
  return {
    title: `Calibration: ${first.provenance.scenario} to ${posteriors.map((p) => p.provenance.observed).join(', ')}`,
    madeBy: {
      library: first.provenance.library,
      scenario: first.provenance.scenario,
      'scenario fingerprint': first.provenance.fingerprint,
      seed: String(first.provenance.seed),
      particles: first.provenance.particles,
      mode: first.provenance.mode,
    },
    sections,
  };
}

function resultReport(input: ResultFile, s: ChartSettings): Report {
  const made = (input.kind === 'sweep' ? input.made : input.value) as Record<string, unknown>;
  const library = made.library as { name: string; version: string } | undefined;
  const madeBy = {
    library: library ? `${library.name} ${library.version}` : `escalation-sim ${LIBRARY_VERSION}`,
    scenario: String(made.scenario ?? ''),
    'scenario fingerprint': String(made.fingerprint ?? ''),
    seed: String(made.seed ?? ''),
    replicates: String(made.replicates ?? ''),
    policy: JSON.stringify(made.policy ?? made.policies ?? ''),
  };
  if (input.kind === 'sweep') {
    const rows = input.value;
    const columns = Object.keys(rows[0] ?? {});
    let chart: ReportSection;
    try {
      chart = { heading: 'Heat map', chart: sweepHeatmap(rows, settingsFor(s)) };
    } catch (error) {
      chart = { heading: 'Heat map', note: (error as Error).message };
    }
    return {
      title: `Sweep: ${madeBy.scenario}`,
      madeBy,
      sections: [
        chart,
        {
          heading: 'Rows',
          table: { columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) },
        },
      ],
    };
  }
  if (input.kind === 'sensitivity') {
    const r = input.value;
    return {
      title: `Sensitivity (${r.method}) of ${r.outcome}: ${r.scenario}`,
      madeBy: { ...madeBy, policy: r.policy.label },
      sections: [
        { heading: 'Indices', chart: sensitivityChart(r) },
        {
          heading: 'Parameters',
          table: {
            columns: ['parameter', 'low', 'high', 'μ*', 'σ', 'S', 'ST'],
            rows: r.parameters.map((p) => [
              p.path,
              p.low,
              p.high,
              p.muStar ?? null,
              p.sigma ?? null,
              p.first ?? null,
              p.total ?? null,
            ]),
          },
        },
      ],
    };
  }
  const d = input.value as Extract<ResultFile, { kind: 'discovery' }>['value'];
  return {
    title: `Scenario discovery: ${d.condition}`,
    madeBy,
    sections: [
      { heading: 'PRIM trade-off', chart: primChart(d) },
      {
        heading: `The box chosen: coverage ${d.box.coverage.toFixed(3)}, density ${d.box.density.toFixed(3)}`,
        table: {
          columns: ['input', 'low', 'high', 'restricted'],
          rows: d.box.limits.map((l) => [
            l.input,
            l.low,
            l.high,
            d.box.restricted.includes(l.input) ? 'yes' : 'no',
          ]),
        },
      },
    ],
  };
}

function settingsFor(s: ChartSettings) {
  return {
    ...(s.outcome === undefined ? {} : { outcome: s.outcome }),
    ...(s.x === undefined ? {} : { x: s.x }),
    ...(s.y === undefined ? {} : { y: s.y }),
  };
}
