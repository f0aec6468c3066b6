/**
 * The four hypotheses of DESIGN.md (H1 provocation, H2 haste, H3 expulsion, H4 resolve) on
 * `iraq-2020`, under each reading of the 2020 record (table, text, wire: the preset
 * calibrated to that reading alone, `iraq2020ForReading`) and under three assumptions about
 * how the militia answers a strike — deterring, neutral, provoking — so a reader sees which
 * conclusions are assumptions: those whose verdict changes along a row. (The calibration
 * leaves the strike response to its prior under every reading, so the data cannot replace
 * these three; the readings differ in the baseline they identify.)
 *
 * Headline check, under every reading: H1's verdict depends on the assumption (contradicted
 * when strikes deter, supported when host deaths provoke), while H2's host-deaths verdict
 * (haste kills more host forces) holds under all three, since it follows from intelligence
 * decay alone.
 *
 * Run: npx tsx examples/03-hypotheses.ts [replicates] [--full]
 */
import {
  HYPOTHESES,
  type HypothesisOutcome,
  iraq2020ForReading,
  type ReadingName,
  STRIKE_RESPONSES,
  testHypothesis,
  withStrikeResponse,
} from 'escalation-sim';

export interface HypothesesOptions {
  readonly replicates?: number;
  readonly seed?: number | string;
  /** Print every test in full (estimate, interval, p-value and the verdict's text). */
  readonly full?: boolean;
  readonly write?: (line: string) => void;
}

const READINGS: readonly ReadingName[] = ['table', 'text', 'wire'];

/** Outcomes by reading, then by strike response. */
export type HypothesisGrid = Record<ReadingName, Record<string, HypothesisOutcome[]>>;

export function main({
  replicates = 1000,
  seed = 1,
  full = false,
  write = console.log,
}: HypothesesOptions = {}): HypothesisGrid {
  const responses = Object.keys(STRIKE_RESPONSES);
  write(`iraq-2020, ${replicates} replicates per test, seed ${seed}, common random numbers`);
  for (const response of responses) {
    const r = STRIKE_RESPONSES[response as keyof typeof STRIKE_RESPONSES];
    write(
      `  ${response}: strikeResponse ${r.strikeResponse}, hostDeathResponse ${r.hostDeathResponse}`,
    );
  }
  const grid = {} as HypothesisGrid;
  for (const reading of READINGS) {
    const calibrated = iraq2020ForReading(reading);
    grid[reading] = {};
    write(
      `\nReading "${reading}" (baseline ${calibrated.militias[0]?.baseline} attacks/day): verdicts by strike response`,
    );
    for (const response of responses) {
      const scenario = withStrikeResponse(calibrated, response);
      grid[reading][response] = Object.values(HYPOTHESES).flatMap((build) =>
        build({ scenario, replicates, seed }).map((spec) => testHypothesis(spec)),
      );
    }
    const names = (grid[reading][responses[0] as string] ?? []).map((h) => h.name);
    write(`  ${'hypothesis'.padEnd(30)} ${responses.map((r) => r.padEnd(13)).join(' ')}`);
    for (const [i, name] of names.entries())
      write(
        `  ${name.padEnd(30)} ${responses.map((r) => (grid[reading][r]?.[i]?.verdict ?? '').padEnd(13)).join(' ')}`,
      );
    if (full)
      for (const response of responses)
        for (const h of grid[reading][response] ?? [])
          write(
            `    ${response} · ${h.name}: ${fmt(h.estimate)} [${fmt(h.low)}, ${fmt(h.high)}], p ${pValue(h.pValue)} (${h.pairs} pairs). ${h.text}`,
          );
  }
  write('\nWhat each verdict rests on');
  for (const line of dependence(grid, responses)) write(`  ${line}`);
  checkHeadline(grid, responses);
  return grid;
}

/** For each hypothesis: holds everywhere, or changes with the assumption, the reading, both. */
function dependence(grid: HypothesisGrid, responses: readonly string[]): string[] {
  const first = grid[READINGS[0] as ReadingName][responses[0] as string] ?? [];
  return first.map((h, i) => {
    const verdict = (reading: ReadingName, response: string) =>
      grid[reading][response]?.[i]?.verdict;
    const byResponse = READINGS.some(
      (reading) => new Set(responses.map((r) => verdict(reading, r))).size > 1,
    );
    const byReading = responses.some(
      (r) => new Set(READINGS.map((reading) => verdict(reading, r))).size > 1,
    );
    const what =
      byResponse && byReading
        ? 'changes with the strike-response assumption and with the reading'
        : byResponse
          ? 'changes with the strike-response assumption, not with the reading'
          : byReading
            ? 'changes with the reading of the record, not with the assumption'
            : `${h.verdict} under every reading and assumption`;
    return `${h.name.padEnd(30)} ${what}`;
  });
}

function fmt(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(3);
}

function pValue(p: number | null): string {
  return p === null ? 'n/a' : p < 1e-3 ? '< 0.001' : p.toFixed(3);
}

function checkHeadline(grid: HypothesisGrid, responses: readonly string[]): void {
  for (const reading of READINGS) {
    const verdict = (response: string, name: string) =>
      grid[reading][response]?.find((h) => h.name === name)?.verdict;
    if (
      verdict('deterring', 'H1 provocation') !== 'contradicted' ||
      verdict('provoking', 'H1 provocation') !== 'supported'
    )
      throw new Error(
        `headline check failed: under the ${reading} reading H1 does not follow the strike-response assumption`,
      );
    for (const response of responses)
      if (verdict(response, 'H2 haste (host deaths)') !== 'supported')
        throw new Error(
          `headline check failed: H2 (host deaths) not supported under ${response} with the ${reading} reading`,
        );
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  main({ replicates: Number(process.argv[2] ?? 1000), full: process.argv.includes('--full') });
