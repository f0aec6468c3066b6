import type { HypothesisOutcome } from '../experiments/testHypothesis.js';
import { describeValue } from '../util/requireArgument.js';
import { type ChartSpec, requireResult, VEGA_LITE_SCHEMA } from './chartSupport.js';
import { ROW_HEADER } from './comparisonChart.js';

const VERDICTS = ['supported', 'contradicted', 'inconclusive'];

/**
 * The verdicts of hypothesis tests: for each, the paired effect (treatment − control) with
 * its interval beside zero, coloured by its verdict, one row per hypothesis on its own scale.
 *
 * Why: H1–H4 measure different things in different units; one row each keeps every scale
 * honest while the colours give the verdicts at a glance.
 *
 * @param outcomes - testHypothesis results (or `test --json`): one or several
 * @returns a Vega-Lite spec
 * @throws TypeError naming outcomes (or the entry) that is not a hypothesis result
 * @example
 * const [h4] = HYPOTHESES.H4({ replicates: 20, seed: 1 });
 * hypothesisChart([testHypothesis({ ...h4, permutations: 99 })]).data.values.length; // => 1
 */
export function hypothesisChart(
  outcomes: HypothesisOutcome | readonly HypothesisOutcome[],
): ChartSpec & { data: { values: object[] } } {
  const list = Array.isArray(outcomes) ? outcomes : [outcomes];
  if (list.length === 0)
    throw new RangeError('outcomes must hold at least one testHypothesis result, received []');
  list.forEach((o, i) => {
    requireResult(`outcomes[${i}]`, o, 'a hypothesis result (testHypothesis(…))');
    if (!VERDICTS.includes(o.verdict))
      throw new RangeError(
        `outcomes[${i}].verdict must be one of ${VERDICTS.join(', ')}, received ${describeValue(o.verdict)}`,
      );
  });
  const values = list.map((o) => ({
    hypothesis: `${o.name} (${o.metric})`,
    contrast: `${o.treatmentLabel} vs ${o.controlLabel}`,
    estimate: o.estimate,
    low: o.low,
    high: o.high,
    pValue: o.pValue,
    verdict: o.verdict,
    direction: o.direction,
  }));
  const y = { field: 'hypothesis', type: 'nominal' as const, title: null };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: 'Hypotheses: paired effect (treatment − control) with interval and verdict',
    data: { values },
    facet: {
      row: {
        field: 'hypothesis',
        type: 'nominal',
        title: null,
        header: ROW_HEADER,
      },
    },
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 360,
      height: { step: 26 },
      layer: [
        { mark: { type: 'rule', color: 'grey' }, encoding: { x: { datum: 0 } } },
        {
          mark: { type: 'rule' },
          encoding: {
            y: { ...y, axis: null },
            x: { field: 'low', type: 'quantitative', title: 'effect', scale: { zero: false } },
            x2: { field: 'high' },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 80 },
          encoding: {
            y: { ...y, axis: null },
            x: { field: 'estimate', type: 'quantitative' },
            color: {
              field: 'verdict',
              type: 'nominal',
              scale: { domain: VERDICTS, range: ['#2ca02c', '#d62728', '#7f7f7f'] },
            },
            tooltip: [
              { field: 'hypothesis', type: 'nominal' },
              { field: 'contrast', type: 'nominal' },
              { field: 'verdict', type: 'nominal' },
              { field: 'estimate', type: 'quantitative', format: '.3g' },
              { field: 'pValue', type: 'quantitative', format: '.3g' },
            ],
          },
        },
      ],
    },
  } as unknown as ChartSpec & { data: { values: object[] } };
}
