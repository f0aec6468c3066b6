import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tempFiles.js';

const { dir } = tempFiles('escalation-sim-shards-');
const file = (name: string) => join(dir, name);

const experiments: Record<string, string[]> = {
  run: ['run', 'iraq-2020', '--replicates', '40', '--seed', '3'],
  compare: ['compare', 'iraq-2020', '--policies', 'restraint,titForTat', '--replicates', '30'],
  sweep: [
    'sweep',
    'iraq-2020',
    '--param',
    'hostGovernment.thresholds.expulsion=4:20',
    '--param',
    'militias.0.baseline=0.04:0.12',
    '--design',
    'lhs',
    '--points',
    '7',
    '--replicates',
    '3',
  ],
  sensitivity: [
    'sensitivity',
    'iraq-2020',
    '--method',
    'sobol',
    '--param',
    'militias.0.baseline=0.05:0.1',
    '--param',
    'hostGovernment.thresholds.expulsion=8:16',
    '--samples',
    '16',
    '--bootstrap',
    '20',
    '--replicates',
    '2',
  ],
  // H2 is two tests (militia losses, host deaths): a shard file holds a shard of each.
  test: ['test', 'H2', '--replicates', '30', '--permutations', '99', '--seed', '5'],
};

async function shardFiles(name: string, n: number): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const out = file(`${name}-${n}-${i}.json`);
    const r = await cli(...(experiments[name] as string[]), '--shard', `${i}/${n}`, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    files.push(out);
  }
  return files;
}

describe('--shard and merge', () => {
  it.each(Object.keys(experiments))(
    '%s: merged shards give the unsharded --json and --csv byte for byte',
    async (name) => {
      const files = await shardFiles(name, 3);
      for (const format of ['--json', '--csv']) {
        const whole = await cli(...(experiments[name] as string[]), format);
        expect(whole.code, whole.stderr).toBe(0);
        const merged = await cli('merge', ...[...files].reverse(), format);
        expect(merged.code, merged.stderr).toBe(0);
        expect(merged.stdout).toBe(whole.stdout);
      }
    },
  );

  it('a shard file records what it covers', async () => {
    const [first] = await shardFiles('compare', 2);
    const shard = JSON.parse(readFileSync(first as string, 'utf8'));
    expect(shard).toMatchObject({
      format: 'escalation-sim/shard',
      command: 'compare',
      scenario: 'iraq-2020',
      seed: 1,
      shard: { index: 0, count: 2 },
      unit: 'replicates',
      whole: [0, 30],
      range: [0, 15],
      header: { replicates: 30, policies: [{ label: 'restraint' }, { label: 'titForTat' }] },
    });
    expect(shard.library).toMatch(/^\d+\.\d+\.\d+/);
    expect(shard.fingerprint).toMatch(/^\w+\+\w+$/);
  });

  it('refuses missing, duplicated and mismatched shards by name, writing nothing', async () => {
    const files = await shardFiles('run', 3);
    const [a, b, c] = files as [string, string, string];
    const other = file('other-seed.json');
    await cli(
      'run',
      'iraq-2020',
      '--replicates',
      '40',
      '--seed',
      '4',
      '--shard',
      '1/3',
      '--out',
      other,
    );
    const out = file('merged.json');
    const cases: [string[], RegExp][] = [
      [[a, b], /missing shard 2\/3: all 3 shards of the experiment are needed \(have 2\)/],
      [[a, b, b, c], /\S+run-3-1\.json and \S+run-3-1\.json are both shard 1\/3/],
      [
        [a, other, c],
        /shards must come from one experiment: \S+other-seed\.json has seed 4, \S+run-3-0\.json has 3/,
      ],
      [[a, join(dir, 'nothing.json')], /cannot read \S+nothing\.json: no such file/],
    ];
    for (const [inputs, message] of cases) {
      const r = await cli('merge', ...inputs, '--out', out);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
    writeFileSync(file('not-json.json'), '{ "format": ');
    const bad = await cli('merge', file('not-json.json'), '--out', out);
    expect(bad.stderr).toMatch(/not-json\.json is not a shard file \(not valid JSON\)/);
    writeFileSync(file('not-shard.json'), '{ "scenario": "x" }');
    const notShard = await cli('merge', file('not-shard.json'), '--out', out);
    expect(notShard.stderr).toMatch(/not-shard\.json is not an escalation-sim shard file/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('test: refuses shards of other tests and a mix with other commands, by name', async () => {
    const [h2] = await shardFiles('test', 2);
    const h1 = file('h1-1.json');
    const r1 = await cli('test', 'H1', '--replicates', '30', '--shard', '1/2', '--out', h1);
    expect(r1.code, r1.stderr).toBe(0);
    const [run] = await shardFiles('run', 2);
    const out = file('merged-test.json');
    const cases: [string[], RegExp][] = [
      [
        [h2 as string, h1],
        /\S+h1-1\.json holds 1 test, \S+test-2-0\.json holds 2 tests: shards must come from one 'test' command/,
      ],
      [
        [h2 as string, run as string],
        /\S+run-2-0\.json holds one shard file, \S+test-2-0\.json a list/,
      ],
      [[h2 as string], /missing shard 1\/2/],
    ];
    for (const [inputs, message] of cases) {
      const r = await cli('merge', ...inputs, '--out', out);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
  });

  it.each(['3/2', '0/0', '1/0', '-1/2', '1.5/2', 'text'])(
    'refuses --shard %s with the form and the rule, exit 2, no file',
    async (spec) => {
      const out = file('bad-shard.json');
      const r = await cli('run', 'iraq-2020', '--replicates', '4', `--shard=${spec}`, '--out', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--shard must be i\/n: part i of n/);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('refuses --shard with --workers above 1 and with --rows', async () => {
    const workers = await cli(
      'sweep',
      ...(experiments.sweep as string[]).slice(1),
      '--shard',
      '0/2',
      '--workers',
      '2',
    );
    expect(workers.code).toBe(2);
    expect(workers.stderr).toMatch(/--shard runs its part on one thread, so --workers must be 1/);
    const rows = await cli('run', 'iraq-2020', '--shard', '0/2', '--rows');
    expect(rows.code).toBe(2);
    expect(rows.stderr).toMatch(/--shard writes a mergeable summary, not rows/);
  });
});

describe('--workers on compare, test, sweep and sensitivity', () => {
  it.each([
    ['compare', experiments.compare as string[]],
    ['sweep', experiments.sweep as string[]],
    ['sensitivity', experiments.sensitivity as string[]],
    ['test', ['test', 'H3', '--replicates', '20', '--permutations', '99']],
  ])('%s gives the same output on 2 workers as on one thread', async (_, argv) => {
    const one = await cli(...(argv as string[]), '--json');
    const two = await cli(...(argv as string[]), '--json', '--workers', '2');
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
});
