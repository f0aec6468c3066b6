/**
 * The four hypotheses of DESIGN.md (H1 provocation, H2 haste, H3 expulsion, H4 resolve) on
 * `iraq-2020`, each under three assumptions about how the militia answers a strike —
 * deterring, neutral, provoking — so a reader sees which conclusions are assumptions: those
 * whose verdict changes with the assumption. (The calibration of the 2020 record leaves the
 * strike response to its prior under every reading, so the data cannot replace these three.)
 *
 * Headline check: H1's verdict depends on the assumption (contradicted when strikes deter,
 * supported when host deaths provoke), while H2's host-deaths verdict (haste kills more host
 * forces) holds under all three, since it follows from intelligence decay alone.
 *
 * Run: npx tsx examples/03-hypotheses.ts [replicates] [--full]
 */
import {
  HYPOTHESES,
  type HypothesisOutcome,
  presets,
  STRIKE_RESPONSES,
  testHypothesis,
  withStrikeResponse,
} from 'escalation-sim';

export interface HypothesesOptions {
  readonly replicates?: number;
  readonly seed?: number | string;
  /** Print every verdict in full, not only the table. */
  readonly full?: boolean;
  readonly write?: (line: string) => void;
}

export function main({
  replicates = 1000,
  seed = 1,
  full = false,
  write = console.log,
}: HypothesesOptions = {}) {
  const results: Record<string, HypothesisOutcome[]> = {};
  write(`iraq-2020, ${replicates} replicates per test, seed ${seed}, common random numbers`);
  for (const response of Object.keys(STRIKE_RESPONSES)) {
    const scenario = withStrikeResponse(presets['iraq-2020'], response);
    const m = scenario.militias[0];
    write(
      `\nStrike response "${response}": strikeResponse ${m?.strikeResponse}, hostDeathResponse ${m?.hostDeathResponse}`,
    );
    results[response] = Object.values(HYPOTHESES).flatMap((build) =>
      build({ scenario, replicates, seed }).map((spec) => testHypothesis(spec)),
    );
    for (const h of results[response] ?? []) {
      const p = h.pValue === null ? 'n/a' : h.pValue < 1e-3 ? '< 0.001' : h.pValue.toFixed(3);
      write(
        `  ${h.name.padEnd(30)} ${h.verdict.padEnd(13)} ${fmt(h.estimate)} [${fmt(h.low)}, ${fmt(h.high)}]  p ${p}  (${h.pairs} pairs)`,
      );
      if (full) write(`    ${h.text}`);
    }
  }
  checkHeadline(results);
  return results;
}

function fmt(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(3);
}

function checkHeadline(results: Record<string, HypothesisOutcome[]>): void {
  const verdict = (response: string, name: string) =>
    results[response]?.find((h) => h.name === name)?.verdict;
  if (
    verdict('deterring', 'H1 provocation') !== 'contradicted' ||
    verdict('provoking', 'H1 provocation') !== 'supported'
  )
    throw new Error('headline check failed: H1 does not follow the strike-response assumption');
  for (const response of Object.keys(STRIKE_RESPONSES))
    if (verdict(response, 'H2 haste (host deaths)') !== 'supported')
      throw new Error(`headline check failed: H2 (host deaths) not supported under ${response}`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  main({ replicates: Number(process.argv[2] ?? 1000), full: process.argv.includes('--full') });
