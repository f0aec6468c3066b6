import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY } from '../../src/version.js';
import { cli, HYPOTHESIS_SPEC } from '../helpers/cli.js';
import { tempFiles } from '../helpers/tempFiles.js';

const { dir, file } = tempFiles('escalation-sim-experiments-');

describe('experiment commands', () => {
  it('every command has --help with an example', async () => {
    for (const command of ['compare', 'test', 'sweep', 'sensitivity', 'discover']) {
      const { code, stdout } = await cli(command, '--help');
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`Usage: escalation-sim ${command}`));
      expect(stdout).toMatch(/Example:\n {2}escalation-sim /);
    }
  });

  it('compare --json records what made it', async () => {
    const { code, stdout } = await cli(
      'compare',
      'iraq-2020',
      '--policies',
      'restraint,titForTat',
      '--replicates',
      '30',
      '--seed',
      '7',
      '--outcomes',
      'attacks,expulsionDemanded',
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      library: LIBRARY,
      scenario: 'iraq-2020',
      seed: 7,
      replicates: 30,
    });
    expect(json.policies[1].spec.params).toEqual({
      respondTo: 'every',
      delayDays: 1.25,
      targets: 5,
      care: 0.5,
    });
    expect(Object.keys(json.fingerprints)).toEqual(['restraint', 'titForTat']);
  });

  it('compare writes CSV atomically to --out', async () => {
    const out = join(dir, 'compare.csv');
    const { code } = await cli(
      'compare',
      'iraq-2020',
      '--policies',
      'restraint,titForTat',
      '--replicates',
      '20',
      '--outcomes',
      'strikes',
      '--csv',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'scenario,seed,replicates,outcome,kind,row,policy,versus,n,estimate,low,high,pValue,pAdjusted,method',
    );
    expect(lines.length).toBe(4);
  });

  it('test prints verdicts with their conditions', async () => {
    const { code, stdout } = await cli('test', 'H3', '--replicates', '40', '--permutations', '99');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^H3 expulsion: does the policy raise the chance/);
    expect(stdout).toContain('Conditions: scenario iraq-2020');
  });

  it('test runs a JSON experiment and refuses a window outside the horizon', async () => {
    const spec = HYPOTHESIS_SPEC;
    const good = await cli(
      'test',
      file('good.json', JSON.stringify(spec)),
      '--replicates',
      '20',
      '--permutations',
      '99',
      '--json',
    );
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)[0]).toMatchObject({ metric: 'attacks', pairs: 20 });
    const bad = await cli(
      'test',
      file('bad.json', JSON.stringify({ ...spec, window: { from: 0, to: 400 } })),
      '--replicates',
      '20',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^escalation-sim test: window \(0, 400\] lies outside the horizon/);
    const metric = await cli(
      'test',
      file('metric.json', JSON.stringify({ ...spec, metric: 'atacks' })),
      '--replicates',
      '20',
    );
    expect(metric.stderr).toMatch(
      /metric "atacks" is not countable over a window; valid metrics: attacks, rockets/,
    );
  });

  it('sweep streams CSV rows after a line recording what made them', async () => {
    const { code, stdout } = await cli(
      'sweep',
      'iraq-2020',
      '--param',
      'militias.0.baseline=0.05:0.1',
      '--points',
      '2',
      '--replicates',
      '5',
      '--outcomes',
      'attacks',
    );
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(JSON.parse((lines[0] as string).slice(2))).toMatchObject({
      library: LIBRARY,
      seed: 1,
      replicates: 5,
    });
    expect(lines[1]).toBe(
      'point,policy,militias.0.baseline,seed,replicates,attacks.mean,attacks.low,attacks.high',
    );
    expect(lines.length).toBe(4);
  });

  it('sensitivity and discover run small', async () => {
    const s = await cli(
      'sensitivity',
      'restraint',
      '--method',
      'morris',
      '--param',
      'militias.0.baseline=0.05:0.1',
      '--param',
      'foreignForce.intelligenceDays=1:14',
      '--trajectories',
      '3',
      '--replicates',
      '2',
      '--json',
    );
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout).parameters[1]).toMatchObject({ muStar: 0 });
    const d = await cli(
      'discover',
      'iraq-2020',
      '--param',
      'hostGovernment.thresholds.expulsion=6:20',
      '--points',
      '30',
      '--replicates',
      '5',
      '--outcome',
      'expulsionDemanded.mean',
      '--above',
      '0.5',
    );
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('Chosen box (after pasting)');
  });

  it('sweep and discover give the same output on 1 and 2 workers', async () => {
    const sweepArgs = [
      'sweep',
      'iraq-2020',
      '--param',
      'militias.0.baseline=0.04:0.12',
      '--param',
      'hostGovernment.thresholds.expulsion=6:20',
      '--design',
      'lhs',
      '--points',
      '13',
      '--replicates',
      '4',
      '--policies',
      'restraint,titForTat',
    ];
    const one = await cli(...sweepArgs, '--workers', '1');
    const two = await cli(...sweepArgs, '--workers', '2');
    expect(one.code).toBe(0);
    expect(one.stdout.trim().split('\n')).toHaveLength(2 + 13 * 2);
    expect(two.stdout).toBe(one.stdout);
    const out = join(dir, 'pooled.jsonl');
    expect((await cli(...sweepArgs, '--workers', '2', '--json', '--out', out)).code).toBe(0);
    const json = await cli(...sweepArgs, '--json');
    expect(readFileSync(out, 'utf8')).toBe(json.stdout);
    const discoverArgs = [
      'discover',
      'iraq-2020',
      '--param',
      'hostGovernment.thresholds.expulsion=6:20',
      '--points',
      '20',
      '--replicates',
      '4',
      '--outcome',
      'expulsionDemanded.mean',
      '--above',
      '0.5',
      '--json',
    ];
    const d1 = await cli(...discoverArgs, '--workers', '1');
    const d2 = await cli(...discoverArgs, '--workers', '2');
    expect(d1.code).toBe(0);
    expect(JSON.parse(d1.stdout).points).toBe(20);
    expect(d2.stdout).toBe(d1.stdout);
  }, 120_000);

  it('bad input: clear one-paragraph errors, non-zero exit, no file left behind', async () => {
    const out = join(dir, 'never.csv');
    const cases: [string[], RegExp][] = [
      [
        ['compare', 'iraq-2020', '--policies', 'restraint,titfortat'],
        /must be one of restraint, titForTat/,
      ],
      [
        ['compare', 'iraq-2020', '--policies', 'restraint,titForTat', '--outcomes', 'atacks'],
        /unknown outcome "atacks"; valid outcomes: attacks/,
      ],
      [
        ['sweep', 'iraq-2020', '--param', 'militias.0.baseLine=0:1'],
        /Did you mean "militias.0.baseline"\?/,
      ],
      [
        ['sweep', 'iraq-2020', '--param', 'militias.0.baseline=0.1:0.05'],
        /must have finite low < high/,
      ],
      [
        [
          'sweep',
          'iraq-2020',
          '--param',
          'militias.0.baseline=0.05:0.1',
          '--design',
          'lhs',
          '--points',
          '0',
        ],
        /points must be an integer >= 1/,
      ],
      [
        [
          'sensitivity',
          'iraq-2020',
          '--method',
          'sobol',
          '--param',
          'militias.0.baseline=0.05:0.1',
          '--samples',
          '4',
        ],
        /samples must be an integer >= 16/,
      ],
      [
        [
          'discover',
          'iraq-2020',
          '--param',
          'militias.0.baseline=0.05:0.1',
          '--outcome',
          'attacks.mean',
          '--above',
          '2',
          '--threshold',
          '1.5',
          '--workers',
          '2',
        ],
        /--threshold must be a density in \(0, 1\]/,
      ],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await cli(...argv, '--replicates', '2', '--out', out);
      expect(code, argv.join(' ')).toBeGreaterThan(0);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    writeFileSync(out, 'kept');
    await cli('sweep', 'iraq-2020', '--param', 'militias.0.branchingRatio=0.5:1.5', '--out', out);
    expect(readFileSync(out, 'utf8')).toBe('kept');
  });
});
