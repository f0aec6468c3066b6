import type { HypothesisWindow } from './HypothesisSpec.js';

const ANCHORS = ['start', 'firstStrike', 'firstStrikeKillingHost'];

/**
 * Check a hypothesis window against the horizon.
 *
 * @param window - the window
 * @param name - the option's name, for the message
 * @param horizon - the scenario's horizon (days)
 * @throws RangeError naming the option and the rule broken
 * @example
 * checkWindow({ from: 0, to: 30 }, 'window', 365); // => undefined
 */
export function checkWindow(window: HypothesisWindow, name: string, horizon: number): void {
  const { from, to, anchor = 'start' } = window;
  if (!ANCHORS.includes(anchor))
    throw new RangeError(
      `${name}.anchor must be one of ${ANCHORS.join(', ')}, received ${JSON.stringify(anchor)}`,
    );
  if (!(Number.isFinite(from) && Number.isFinite(to) && from < to))
    throw new RangeError(`${name} must have finite from < to, received (${from}, ${to}]`);
  const low = anchor === 'start' ? 0 : -horizon;
  if (from < low || to > horizon)
    throw new RangeError(
      `${name} (${from}, ${to}] lies outside the horizon: with anchor ${anchor} it must lie within [${low}, ${horizon}] days`,
    );
}
