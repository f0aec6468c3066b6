import type { AttackAttribution } from '../../calibrate/attributeObservedAttacks.js';
import { formatNumber, textTable } from './textTable.js';

/** Rows shown at most for a record that is not the 2020 case study (the latest attacks). */
const MOST_ROWS = 30;

const key = (a: AttackAttribution) => `${a.day} ${a.target ?? ''}`.trim();

/**
 * The attribution table of the calibrate report: one row per attack (its day and target),
 * one column per record or reading. Readings date some attacks differently and hold
 * different attacks (the wire reports add March 11), so rows are matched by day and target,
 * never by position, and a reading without that attack shows "—". For the 2020 case study
 * the March 2020 attacks are shown, as the case study asks; for any other record,
 * its latest attacks.
 *
 * @param labels - the column labels (readings or record names)
 * @param attributions - one list per column, from attributeObservedAttacks
 * @param caseStudy - whether the records are readings of the embedded 2020 record
 * @returns the heading and table lines (empty when there is no attack to show)
 * @example
 * const a = { time: 1, day: '2020-03-01', target: 'Taji', background: 0.5, triggered: 0.5, provoked: 0 };
 * attributionTable(['wire'], [[a]], true)[1]?.split('\n')[2];
 * // => '2020-03-01 Taji  0.5 · 0.5 · 0'
 */
export function attributionTable(
  labels: readonly string[],
  attributions: readonly (readonly AttackAttribution[])[],
  caseStudy: boolean,
): string[] {
  const shown = (list: readonly AttackAttribution[]) =>
    caseStudy ? list.filter((a) => a.day.startsWith('2020-03')) : list;
  const byKey = attributions.map((list) => new Map(shown(list).map((a) => [key(a), a])));
  const all = [...new Set(attributions.flatMap((list) => shown(list)).map(key))].sort();
  if (all.length === 0) return [];
  const keys = all.slice(-MOST_ROWS);
  const heading = caseStudy
    ? 'Attribution of the March attacks'
    : keys.length < all.length
      ? `Attribution of the latest ${keys.length} of ${all.length} attacks`
      : 'Attribution of the attacks';
  return [
    `${heading} (posterior mean probability: background · triggered by an earlier attack · provoked by a strike${labels.length > 1 ? '; — where a reading does not hold the attack on that day' : ''}):`,
    textTable(
      ['attack', ...labels],
      keys.map((k) => [
        k,
        ...byKey.map((m) => {
          const b = m.get(k);
          return b === undefined
            ? '—'
            : `${formatNumber(b.background, 2)} · ${formatNumber(b.triggered, 2)} · ${formatNumber(b.provoked, 2)}`;
        }),
      ]),
    ),
    '',
  ];
}
