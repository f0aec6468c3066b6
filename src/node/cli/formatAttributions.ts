import type { MaximumLikelihoodAttribution } from '../../calibrate/attributeByMaximumLikelihood.js';
import type { AttackAttribution } from '../../calibrate/attributeObservedAttacks.js';
import { labelledWarnings } from './labelledWarnings.js';
import { formatNumber, textTable } from './textTable.js';

/** Rows shown at most for a record that is not the 2020 case study (the latest attacks). */
const MOST_ROWS = 30;

const key = (a: AttackAttribution) => `${a.day} ${a.target ?? ''}`.trim();

/**
 * The attribution table of the calibrate report: one row per attack (its day and target),
 * one column per record or reading. Readings date some attacks differently and hold
 * different attacks (the wire reports add March 11), so rows are matched by day and target,
 * never by position, and a reading without that attack shows "—". For the 2020 case study
 * the March 2020 attacks are shown, as the issue's case study asks; for any other record,
 * its latest attacks.
 *
 * @param labels - the column labels (readings or record names)
 * @param attributions - one list per column, from attributeObservedAttacks
 * @param caseStudy - whether the records are readings of the embedded 2020 record
 * @param basis - what the probabilities rest on: averaged over the posterior (default), or
 *   under the maximum-likelihood fit of the attack process
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
  basis: 'posterior' | 'mle' = 'posterior',
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
    `${heading} (${basis === 'posterior' ? 'posterior mean probability' : 'probability under the maximum-likelihood fit of the attack process'}: background · triggered by an earlier attack · provoked by a strike${labels.length > 1 ? '; — where a reading does not hold the attack on that day' : ''}):`,
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

/** A record's maximum-likelihood attribution, or why its fit could not be made. */
export type MleAttributionOrError = MaximumLikelihoodAttribution | { readonly error: string };

/**
 * The maximum-likelihood part of the calibrate report: the attribution table under each
 * record's fit, then each fit's parameters and the parameters it left on a bound (where the
 * point estimate says little and the posterior's table is the one to read).
 *
 * @param labels - the column labels (readings or record names)
 * @param fits - one per column, from attributeByMaximumLikelihood, or the error of its fit
 * @param caseStudy - whether the records are readings of the embedded 2020 record
 * @returns the lines (a table, the fits, the bound warnings)
 * @example
 * mleAttributionLines(['wire'], [{ error: 'times must hold at least 2 events' }], true);
 * // => ['Maximum-likelihood fits of the attack process (with the strikes):', '  wire: no fit: times must hold at least 2 events', '']
 */
export function mleAttributionLines(
  labels: readonly string[],
  fits: readonly MleAttributionOrError[],
  caseStudy: boolean,
): string[] {
  const made = fits.map((f) => ('error' in f ? [] : f.attacks));
  const bounds = fits.map((f) =>
    'error' in f
      ? []
      : f.warnings
          .filter((w) => w.code === 'on-bound')
          .map(
            (w) =>
              `${w.parameter} sits on a bound of the fit's range: its point estimate says little, the posterior's table is the one to read`,
          ),
  );
  return [
    ...attributionTable(labels, made, caseStudy, 'mle'),
    'Maximum-likelihood fits of the attack process (with the strikes):',
    ...fits.map(
      (f, i) =>
        `  ${labels[i]}: ${
          'error' in f
            ? `no fit: ${f.error}`
            : Object.entries(f.params)
                .map(([name, v]) => `${name} ${formatNumber(v)}`)
                .join(', ')
        }`,
    ),
    ...labelledWarnings(labels, bounds),
    '',
  ];
}
