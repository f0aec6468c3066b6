import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { comparePolicies } from '../../../src/experiments/comparePolicies.js';
import { runEnsemble } from '../../../src/experiments/runEnsemble.js';
import { withPolicy } from '../../../src/experiments/withPolicy.js';
import { customPolicy, presets } from '../../../src/index.js';
import { LIBRARY } from '../../../src/version.js';
import { expectClose } from '../../helpers/expectClose.js';

const iraq = presets['iraq-2020'];

describe('comparePolicies', () => {
  const comparison = comparePolicies(iraq, ['restraint', 'restraint', 'titForTat'], {
    replicates: 200,
    seed: 3,
    outcomes: ['attacks', 'strikes', 'expulsionDemanded', 'expulsionDay'],
  });
  const table = (name: string) => comparison.outcomes.find((o) => o.outcome === name);

  it('records what made it: library version, seed, replicates, policies with every parameter', () => {
    expect(LIBRARY.version).toBe(packageJson.version);
    expect(comparison).toMatchObject({
      library: LIBRARY,
      seed: 3,
      replicates: 200,
      baseline: 'restraint#1',
    });
    expect(comparison.policies.map((p) => p.label)).toEqual([
      'restraint#1',
      'restraint#2',
      'titForTat',
    ]);
    expect(comparison.policies[2]?.spec).toEqual({
      name: 'titForTat',
      params: { respondTo: 'every', delayDays: 1.25, targets: 5, care: 0.5 },
    });
  });

  it('a policy against itself on common random numbers differs by exactly zero', () => {
    const same = table('attacks')?.differences[0];
    expect(same).toMatchObject({
      policy: 'restraint#2',
      n: 200,
      estimate: 0,
      low: 0,
      high: 0,
      pValue: 1,
    });
  });

  it('per-policy means equal runEnsemble on the same seed', () => {
    const ensemble = runEnsemble(withPolicy(iraq, 'titForTat'), { replicates: 200, seed: 3 });
    expectClose(
      table('strikes')?.policies[2]?.estimate as number,
      ensemble.summaries.strikes.mean as number,
      { rel: 1e-15 },
    );
  });

  it('a proportion of 0 gets a Wilson interval, and its paired difference a non-degenerate one', () => {
    const expelled = table('expulsionDemanded');
    expect(expelled?.kind).toBe('proportion');
    expect(expelled?.policies[0]).toMatchObject({ estimate: 0, low: 0, method: 'wilson' });
    expect(expelled?.policies[0]?.high).toBeGreaterThan(0.01);
    const same = expelled?.differences[0];
    expect(same?.low).toBeLessThan(0);
    expect(same?.high).toBeGreaterThan(0);
    expect(same?.pValue).toBe(1);
  });

  it('Holm-adjusts over the policies compared on an outcome', () => {
    const diffs = table('strikes')?.differences ?? [];
    expect(diffs.map((d) => d.pAdjusted)).toEqual([
      1,
      Math.min(1, 2 * (diffs[1]?.pValue as number)),
    ]);
  });

  it('compares a nullable outcome on the replicates where both have a value', () => {
    expect(table('expulsionDay')?.differences[1]).toMatchObject({
      n: 0,
      estimate: null,
      pValue: null,
      pAdjusted: null,
    });
  });

  it('pairs replicates: the paired interval is narrower than the unpaired one', () => {
    const c = comparePolicies(iraq, ['casualtyThreshold', 'pressureAware'], {
      replicates: 300,
      seed: 5,
      outcomes: ['attacks'],
    });
    const [a, b] = c.outcomes[0]?.policies ?? [];
    const d = c.outcomes[0]?.differences[0];
    const unpaired = Math.hypot(
      ((a?.high as number) - (a?.low as number)) / 2,
      ((b?.high as number) - (b?.low as number)) / 2,
    );
    expect(((d?.high as number) - (d?.low as number)) / 2).toBeLessThan(unpaired);
  });

  it('runs a TypeScript policy, described by its metadata', () => {
    const never = customPolicy(() => ({ strike: false }), {
      name: 'never',
      stochastic: false,
      reads: [],
    });
    const c = comparePolicies(iraq, ['restraint', never], {
      replicates: 20,
      seed: 1,
      outcomes: ['attacks'],
    });
    expect(c.policies[1]).toMatchObject({ label: 'never', name: 'never' });
    expect(c.outcomes[0]?.differences[0]).toMatchObject({ estimate: 0, pValue: 1 });
  });

  it('refuses bad input with the valid choices', () => {
    const o = { replicates: 10, seed: 1 };
    expect(() =>
      comparePolicies(iraq, ['restraint', 'titForTat'], { ...o, outcomes: ['atacks'] }),
    ).toThrow(/outcomes: unknown outcome "atacks"; valid outcomes: attacks, attacksPer30Days/);
    expect(() =>
      comparePolicies(iraq, ['restraint', 'titForTat'], { ...o, baseline: 'tft' }),
    ).toThrow(/^baseline must be one of the policies \(restraint, titForTat\)/);
    expect(() => comparePolicies(iraq, ['restraint', 'titfortat'], o)).toThrow(
      /must be one of restraint, titForTat/,
    );
    expect(() => comparePolicies(iraq, ['restraint'], o)).toThrow(
      /^policies must list at least two/,
    );
    expect(() =>
      comparePolicies(iraq, ['restraint', 'titForTat'], { ...o, replicates: 1 }),
    ).toThrow(/^replicates must be at least 2/);
    expect(() =>
      comparePolicies(iraq, ['restraint', 'titForTat'], { ...o, seeds: 2 } as never),
    ).toThrow(/options.seeds is not an option/);
  });
});
