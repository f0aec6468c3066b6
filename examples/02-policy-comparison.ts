/**
 * Restraint, casualtyThreshold (the March 2020 policy) and titForTat on the `iraq-2020`
 * preset with `comparePolicies`: replicate r of every policy draws the same militia streams
 * (common random numbers), so differences are paired replicate by replicate; proportions
 * get Wilson and Newcombe intervals and every p-value is Holm-adjusted over the policies.
 *
 * Headline check: restraint never strikes and never draws an expulsion demand, and
 * titForTat draws more expulsion demands than casualtyThreshold (a paired 95% interval
 * above zero).
 *
 * Run: npx tsx examples/02-policy-comparison.ts [replicates]
 */
import { comparePolicies, type PolicyComparison, presets } from 'escalation-sim';

export interface ComparisonOptions {
  readonly replicates?: number;
  readonly seed?: number | string;
  readonly write?: (line: string) => void;
}

export function main({ replicates = 2000, seed = 1, write = console.log }: ComparisonOptions = {}) {
  const base = presets['iraq-2020'];
  // The March 2020 strike (five sites, 1.25 days, care 0.25) for every striking policy.
  const strike = { delayDays: 1.25, targets: 5, care: 0.25 };
  const comparison = comparePolicies(
    base,
    [
      { name: 'casualtyThreshold', params: strike },
      'restraint',
      { name: 'titForTat', params: strike },
    ],
    {
      replicates,
      seed,
      outcomes: ['attacks', 'strikes', 'foreignKilled', 'hostKilledByStrikes', 'expulsionDemanded'],
    },
  );
  write(
    `iraq-2020: ${replicates} replicate years per policy, seed ${seed}, common random numbers; baseline ${comparison.baseline}`,
  );
  for (const p of comparison.policies)
    write(`  ${p.label}: ${JSON.stringify(p.spec && 'params' in p.spec ? p.spec.params : {})}`);
  for (const o of comparison.outcomes) {
    write(`\n${o.outcome} (${o.kind})`);
    for (const p of o.policies)
      write(`  ${p.policy.padEnd(20)} ${fmt(p.estimate)} [${fmt(p.low)}, ${fmt(p.high)}]`);
    for (const d of o.differences)
      write(
        `  ${`${d.policy} − ${d.versus}`.padEnd(32)} ${fmt(d.estimate)} [${fmt(d.low)}, ${fmt(d.high)}]  Holm p ${d.pAdjusted === null ? 'n/a' : d.pAdjusted < 1e-4 ? '< 0.0001' : d.pAdjusted.toFixed(4)}`,
      );
  }
  write(
    '\nAn expulsion demand is followed by withdrawal, after which no attacks fall on the force: lower attack counts under titForTat are the attackers’ goal reached, not deterrence.',
  );
  checkHeadline(comparison);
  return comparison;
}

function fmt(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(3);
}

function checkHeadline(c: PolicyComparison): void {
  const table = (name: string) => c.outcomes.find((o) => o.outcome === name);
  const restraint = (name: string) => table(name)?.policies.find((p) => p.policy === 'restraint');
  if (restraint('strikes')?.estimate !== 0 || restraint('expulsionDemanded')?.estimate !== 0)
    throw new Error('headline check failed: restraint struck or drew an expulsion demand');
  const more = table('expulsionDemanded')?.differences.find((d) => d.policy === 'titForTat');
  if (!((more?.low ?? 0) > 0))
    throw new Error(
      'headline check failed: titForTat does not draw more expulsion demands than casualtyThreshold',
    );
}

if (import.meta.url === `file://${process.argv[1]}`)
  main({ replicates: Number(process.argv[2] ?? 2000) });
