import type { AttackAttribution } from '../calibrate/attributeObservedAttacks.js';
import { describeValue } from '../util/requireArgument.js';
import { type ChartSpec, VEGA_LITE_SCHEMA } from './chartSupport.js';

const KINDS = ['background', 'triggered', 'provoked'] as const;

/**
 * The attribution of observed attacks: for each attack in the record, stacked bars of the
 * posterior probabilities that it was background, triggered by earlier attacks, or provoked
 * by a strike.
 *
 * Why: "was this attack retaliation for the strike?" is the question behind H1; this reads
 * the model's answer attack by attack.
 *
 * @param attributions - attributeObservedAttacks(…) (or the attributions of `calibrate --json`)
 * @returns a Vega-Lite spec
 * @throws TypeError or RangeError naming the entry that is not an attribution
 * @example
 * attributionChart([{ time: 1, day: '2020-01-02', target: 'Taji', background: 0.5, triggered: 0.3, provoked: 0.2 }]).data.values.length; // => 3
 */
export function attributionChart(
  attributions: readonly AttackAttribution[],
): ChartSpec & { data: { values: object[] } } {
  if (!Array.isArray(attributions) || attributions.length === 0)
    throw new RangeError(
      `attributions must be a non-empty array from attributeObservedAttacks, received ${describeValue(attributions)}`,
    );
  const values = attributions.flatMap((a, i) => {
    for (const kind of ['time', ...KINDS] as const)
      if (typeof a?.[kind] !== 'number')
        throw new RangeError(
          `attributions[${i}].${kind} must be a number, received ${describeValue(a?.[kind])}`,
        );
    const attack = `${i + 1}. ${a.day}${a.target ? ` ${a.target}` : ''}`;
    return KINDS.map((kind, order) => ({ attack, kind, order, probability: a[kind] }));
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: 'Observed attacks: posterior probability of each cause',
    data: { values },
    width: 420,
    height: { step: 20 },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'attack', type: 'nominal', title: null, sort: null },
      x: { field: 'probability', type: 'quantitative', stack: 'zero', scale: { domain: [0, 1] } },
      color: { field: 'kind', type: 'nominal', title: null, scale: { domain: [...KINDS] } },
      order: { field: 'order' },
      tooltip: [
        { field: 'attack', type: 'nominal' },
        { field: 'kind', type: 'nominal' },
        { field: 'probability', type: 'quantitative', format: '.2f' },
      ],
    },
  } as ChartSpec & { data: { values: object[] } };
}
