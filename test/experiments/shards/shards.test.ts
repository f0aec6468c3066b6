import { describe, expect, it } from 'vitest';
import type { ExperimentRequest } from '../../../src/experiments/shards/ExperimentRequest.js';
import { finishExperiment } from '../../../src/experiments/shards/finishExperiment.js';
import { mergeShards } from '../../../src/experiments/shards/mergeShards.js';
import { planExperiment } from '../../../src/experiments/shards/planExperiment.js';
import { runShard } from '../../../src/experiments/shards/runShard.js';
import { parseShardSpec } from '../../../src/experiments/shards/ShardSpec.js';
import { splitRange } from '../../../src/experiments/shards/splitRange.js';
import {
  comparePolicies,
  presets,
  runEnsemble,
  sensitivity,
  sweep,
  testHypothesis,
} from '../../../src/index.js';

const iraq = presets['iraq-2020'];
const parameters = [
  { path: 'militias.0.baseline', low: 0.05, high: 0.1 },
  { path: 'hostGovernment.thresholds.expulsion', low: 4, high: 16 },
];

// Shards pass through JSON on their way between machines: so do they here.
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const shardsOf = (request: ExperimentRequest, n: number) =>
  Array.from({ length: n }, (_, index) => viaJson(runShard(request, { index, count: n })));

describe('shard specs', () => {
  it('reads i/n counting from 0', () => {
    expect(parseShardSpec('0/1')).toEqual({ index: 0, count: 1 });
    expect(parseShardSpec('3/4')).toEqual({ index: 3, count: 4 });
  });
  it.each([
    '3/2',
    '2/2',
    '0/0',
    '1/0',
    '-1/2',
    '1.5/2',
    'text',
    '',
    '1/2/3',
    ' /2',
    '0x1/2',
    '1e1/20',
  ])('refuses %j with the form and the rule', (text) => {
    expect(() => parseShardSpec(text)).toThrow(/^shard must be i\/n/);
  });
  it('says which rule a well-formed spec breaks', () => {
    expect(() => parseShardSpec('3/2')).toThrow(
      /i must be below n \(the last of 2 shards is 1\/2\)/,
    );
    expect(() => parseShardSpec('0/0')).toThrow(/n must be at least 1/);
  });
});

describe('splitRange', () => {
  it('tiles the range in order with sizes that differ by at most one', () => {
    for (const [from, to, parts] of [
      [0, 10, 3],
      [5, 6, 4],
      [0, 0, 2],
      [3, 1003, 7],
    ] as const) {
      const ranges = splitRange(from, to, parts);
      expect(ranges.length).toBe(parts);
      expect(ranges[0]?.[0]).toBe(from);
      expect(ranges[parts - 1]?.[1]).toBe(to);
      ranges.forEach(([a, b], i) => {
        if (i > 0) expect(a).toBe(ranges[i - 1]?.[1]);
        expect(b - a).toBeGreaterThanOrEqual(Math.floor((to - from) / parts));
        expect(b - a).toBeLessThanOrEqual(Math.ceil((to - from) / parts));
      });
    }
  });
});

describe('merged shards equal the one-pass result bit for bit', () => {
  it('run (summaries from merged accumulators)', () => {
    const request: ExperimentRequest = {
      command: 'run',
      scenario: iraq,
      options: { replicates: 101, seed: 7 },
    };
    const merged = mergeShards(shardsOf(request, 4));
    const whole = runEnsemble(iraq, { replicates: 101, seed: 7 });
    expect(merged.command).toBe('run');
    expect(JSON.stringify(merged.result)).toBe(JSON.stringify(whole));
  });

  it('compare', () => {
    const policies = ['restraint', 'titForTat', { name: 'casualtyThreshold' as const }];
    const options = { replicates: 60, seed: 'crn' };
    const merged = mergeShards(
      shardsOf({ command: 'compare', scenario: iraq, policies, options }, 3),
    );
    expect(JSON.stringify(merged.result)).toBe(
      JSON.stringify(comparePolicies(iraq, policies, options)),
    );
  });

  it('sweep, with more shards than some ranges hold points', () => {
    const options = {
      parameters,
      design: 'latinHypercube' as const,
      points: 5,
      replicates: 4,
      seed: 3,
      policies: ['restraint', 'titForTat'],
    };
    const merged = mergeShards(shardsOf({ command: 'sweep', scenario: iraq, options }, 7));
    expect(JSON.stringify(merged.result)).toBe(JSON.stringify([...sweep(iraq, options)]));
  });

  it.each(['morris', 'sobol'] as const)('sensitivity (%s)', (method) => {
    const options = {
      method,
      parameters,
      seed: 2,
      replicates: 3,
      samples: 16,
      bootstrap: 50,
      trajectories: 4,
      outcome: 'expulsionDemanded',
    };
    const merged = mergeShards(shardsOf({ command: 'sensitivity', scenario: iraq, options }, 3));
    expect(JSON.stringify(merged.result)).toBe(JSON.stringify(sensitivity(iraq, options)));
  });

  it('test (a hypothesis)', () => {
    const spec = {
      scenario: iraq,
      control: 'restraint',
      metric: 'expulsionDemanded',
      direction: 'greater' as const,
      replicates: 40,
      seed: 5,
    };
    const merged = mergeShards(shardsOf({ command: 'test', spec }, 3));
    expect(JSON.stringify(merged.result)).toBe(JSON.stringify(testHypothesis(spec)));
  });

  it('in any order of the files, and one shard alone is the whole', () => {
    const request: ExperimentRequest = {
      command: 'run',
      scenario: iraq,
      options: { replicates: 30, seed: 1 },
    };
    const shards = shardsOf(request, 3);
    const a = mergeShards(shards);
    const b = mergeShards([shards[2], shards[0], shards[1]]);
    expect(JSON.stringify(b.result)).toBe(JSON.stringify(a.result));
    const plan = planExperiment(request);
    const one = finishExperiment('run', plan.header, plan.runPart(0, 30));
    expect(JSON.stringify(mergeShards(shardsOf(request, 1)).result)).toBe(
      JSON.stringify(one.result),
    );
  });
});

describe('shards that do not make one experiment are refused by name', () => {
  const run = (options: { replicates: number; seed: number | string }, scenario = iraq) =>
    ({ command: 'run', scenario, options }) as ExperimentRequest;
  const shards = shardsOf(run({ replicates: 20, seed: 1 }), 4);
  const names = ['a.json', 'b.json', 'c.json', 'd.json'];

  it('missing', () => {
    expect(() => mergeShards(shards.slice(0, 2), names)).toThrow(
      'missing shards 2/4, 3/4: all 4 shards of the experiment are needed (have 2)',
    );
  });
  it('duplicated', () => {
    expect(() => mergeShards([shards[0], shards[1], shards[1], shards[3]], names)).toThrow(
      'b.json and c.json are both shard 1/4: give each shard once',
    );
  });
  it('overlapping (a range that is not its part)', () => {
    const edited = viaJson(shards[1]) as { range: [number, number] };
    edited.range = [4, 11];
    expect(() => mergeShards([shards[0], edited, shards[2], shards[3]], names)).toThrow(
      'b.json covers replicates [4, 11), but shard 1/4 of [0, 20) is [5, 10): it overlaps or leaves out others',
    );
  });
  it('another scenario, seed, version, command, n or settings', () => {
    const other = shardsOf(run({ replicates: 20, seed: 1 }, presets.restraint), 4);
    expect(() => mergeShards([shards[0], other[1]], names)).toThrow(
      /^shards must come from one experiment: b.json has scenario "restraint \(fingerprint \w+\)", a.json has "iraq-2020/,
    );
    const seed = shardsOf(run({ replicates: 20, seed: 2 }), 4);
    expect(() => mergeShards([shards[0], seed[1]], names)).toThrow(
      'shards must come from one experiment: b.json has seed 2, a.json has 1',
    );
    const version = { ...viaJson(shards[1]), library: '0.0.1' };
    expect(() => mergeShards([shards[0], version], names)).toThrow(
      'shards must come from one experiment: b.json has library version "0.0.1", a.json has',
    );
    const n = shardsOf(run({ replicates: 20, seed: 1 }), 2);
    expect(() => mergeShards([shards[0], n[1]], names)).toThrow(
      'shards must come from one experiment: b.json has shard count n 2, a.json has 4',
    );
    const more = shardsOf(run({ replicates: 24, seed: 1 }), 4);
    expect(() => mergeShards([shards[0], more[1]], names)).toThrow(
      'shards must come from one experiment: a.json and b.json differ in whole range.1: 20 vs 24',
    );
    const compare = shardsOf(
      {
        command: 'compare',
        scenario: iraq,
        policies: ['restraint', 'titForTat'],
        options: { replicates: 20, seed: 1 },
      },
      4,
    );
    expect(() => mergeShards([shards[0], compare[1]], names)).toThrow(
      'shards must come from one experiment: b.json has command "compare", a.json has "run"',
    );
  });
  it('something that is not a shard file', () => {
    expect(() => mergeShards([{ format: 'other' }], ['x.json'])).toThrow(
      /^x.json is not an escalation-sim shard file \(from --shard i\/n\): format: /,
    );
  });
});
