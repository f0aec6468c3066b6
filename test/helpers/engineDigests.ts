import { createHash } from 'node:crypto';
import { compileScenario } from '../../src/model/compileScenario.js';
import { runReplicate } from '../../src/model/runReplicate.js';
import { runScenario } from '../../src/model/runScenario.js';
import { presets } from '../../src/scenario/presets.js';
import type { ScenarioInput } from '../../src/scenario/Scenario.js';

/** How many runs of each kind a digest covers. */
export interface DigestSizes {
  /** Outcome rows from runReplicate (the fast path, no log). */
  readonly rows: number;
  /** Event logs from runScenario. */
  readonly logs: number;
  /** Runs with a trace (the general loop) and their logs. */
  readonly traced: number;
}

/** The sizes the engine's speed work was checked with: 20,000 rows, 300 logs, 50 traces. */
export const FULL_DIGEST: DigestSizes = { rows: 20_000, logs: 300, traced: 50 };

const withPolicy = (name: keyof typeof presets, policy: object): ScenarioInput => ({
  ...presets[name],
  foreignForce: { ...presets[name].foreignForce, policy: policy as never },
});

/**
 * The scenarios whose runs are digested: every preset, and policies that take the engine's
 * other paths (histories kept, the policy's own stream, pressures read daily).
 */
export const DIGEST_SCENARIOS: ReadonlyArray<readonly [string, ScenarioInput]> = [
  ...Object.entries(presets),
  ['graduated', withPolicy('tit-for-tat-spiral', { name: 'graduated' })],
  ['generousTitForTat', withPolicy('tit-for-tat-spiral', { name: 'generousTitForTat' })],
  ['pressureAware', withPolicy('iraq-2020', { name: 'pressureAware' })],
];

/** A trace every 7 days over a year. */
const TRACE = Array.from({ length: 53 }, (_, i) => 7 * i);

/**
 * SHA-256 digests (16 hex digits each) of one scenario's runs under seed `golden`:
 * replicates 0…rows−1 through runReplicate, 0…logs−1 through runScenario with the event
 * log, and 0…traced−1 with a trace. JSON keeps every double exactly (shortest round trip),
 * so any change in a draw, an event's order or a float's last bit changes a digest.
 *
 * @param scenario - the scenario
 * @param sizes - how many runs of each kind
 * @returns the three digests
 */
export function engineDigests(
  scenario: ScenarioInput,
  sizes: DigestSizes,
): { rows: string; logs: string; traced: string } {
  const compiled = compileScenario(scenario);
  const rows = createHash('sha256');
  for (let r = 0; r < sizes.rows; r++)
    rows.update(JSON.stringify(runReplicate(compiled, 'golden', r)));
  const logs = createHash('sha256');
  for (let r = 0; r < sizes.logs; r++) {
    const run = runScenario(compiled, { seed: 'golden', replicate: r });
    logs.update(JSON.stringify([run.events, run.outcomes, run.warnings]));
  }
  const traced = createHash('sha256');
  for (let r = 0; r < sizes.traced; r++) {
    const run = runScenario(compiled, { seed: 'golden', replicate: r, trace: TRACE });
    traced.update(JSON.stringify([run.trace, run.events, run.outcomes]));
  }
  const hex = (h: ReturnType<typeof createHash>) => h.digest('hex').slice(0, 16);
  return { rows: hex(rows), logs: hex(logs), traced: hex(traced) };
}
