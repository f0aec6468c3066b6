import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../src/experiments/runEnsemble.js';
import { withPolicy } from '../../src/experiments/withPolicy.js';
import { runCommand } from '../../src/node/cli/commands/run.js';
import { scenarioCommand } from '../../src/node/cli/commands/scenario.js';
import { presets } from '../../src/scenario/presets.js';
import { callCommand } from '../helpers/callCommand.js';
import { tempFiles } from '../helpers/tempFiles.js';

const call = callCommand;
const run = (...argv: string[]) => call(runCommand, ...argv);
const scenario = (...argv: string[]) => call(scenarioCommand, ...argv);

const { dir, file } = tempFiles('escalation-sim-run-');

describe('escalation-sim run', () => {
  it('prints a table of outcome summaries under a line with the settings', async () => {
    const { code, stdout, stderr } = await run('iraq-2020', '--replicates', '50');
    expect(code).toBe(0);
    expect(stderr).toBe(''); // no progress: stderr is not a terminal here
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      'iraq-2020 · policy casualtyThreshold {"threshold":1,"count":"attack","delayDays":1.25,"targets":5,"care":0.25} · 50 replicates · seed 1 · 1 worker',
    );
    expect(lines[2]).toMatch(
      /^outcome +mean +95% CI of mean +sd +2\.5% +25% +50% +75% +97\.5% +min +max +nulls$/,
    );
    expect(stdout).toMatch(/^attacks +\d/m);
    expect(stdout).toMatch(/Interval: mean ± 1\.96·SE/);
  });

  it('prints JSON whose numbers are runEnsemble’s, with the seed recorded', async () => {
    const { code, stdout } = await run(
      'restraint',
      '--replicates',
      '30',
      '--seed',
      '7',
      '--json',
      '--policy',
      'titForTat',
    );
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed).toMatchObject({
      scenario: 'restraint',
      policy: 'titForTat',
      seed: 7,
      replicates: 30,
      workers: 1,
    });
    const direct = runEnsemble(withPolicy(presets.restraint, 'titForTat'), {
      replicates: 30,
      seed: 7,
    });
    expect(parsed.summaries.attacks).toEqual(direct.summaries.attacks);
    expect(parsed.warnings).toEqual([]);
  });

  it('gives the same output with worker threads, and writes CSV to --out', async () => {
    const one = await run('tit-for-tat-spiral', '--replicates', '24', '--csv');
    const out = join(dir, 'summary.csv');
    const two = await run(
      'tit-for-tat-spiral',
      '--replicates',
      '24',
      '--csv',
      '--workers',
      '2',
      '--out',
      out,
    );
    expect(two).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe(one.stdout);
    expect(one.stdout.split('\n')[1]).toMatch(/^tit-for-tat-spiral,1,24,attacks,24,0,/);
  });

  it('shows progress on stderr with --progress, never on stdout', async () => {
    const { stdout, stderr } = await run('restraint', '--replicates', '20', '--json', '--progress');
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^run: 100% \(20\/20 replicates, [\d.]+ s\)$/,
    );
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('lists the presets for an unknown one, and the policies for an unknown policy (exit 2)', async () => {
    expect(await run('iraq-2021')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "unknown preset "iraq-2021"; presets: iraq-2020, restraint, tit-for-tat-spiral, deterrence-by-denial, massive-retaliation (or give a scenario file ending in .json)
      ",
        "stdout": "",
      }
    `);
    const policy = await run('iraq-2020', '--policy', 'titfortat');
    expect(policy.code).toBe(2);
    expect(policy.stderr).toMatchInlineSnapshot(`
      "--policy: Invalid policy (1 issue):
        policy.name: must be one of restraint, titForTat, casualtyThreshold, proportional, graduated, deliberate, massive, generousTitForTat, pressureAware, expression; received "titfortat"
      "
    `);
  });

  it('lists every bad path of an invalid scenario file in one error (exit 1)', async () => {
    const path = file(
      'bad.json',
      JSON.stringify({
        name: 'bad',
        start: '2020-02-30',
        horizonDays: -5,
        militias: [{ id: 'm', branchingRatio: 1.5 }],
        foreignForce: { bases: [{ id: 'b', protection: 2 }] },
      }),
    );
    const { code, stderr } = await run(path);
    expect(code).toBe(1);
    expect(stderr.replace(path, 'bad.json')).toMatchInlineSnapshot(`
      "bad.json: Invalid scenario "bad" (3 problems):
      ✖ must be an ISO date (2020-01-01) or date-time (2020-03-11T19:30:00Z), received "2020-02-30"
        → at start
      ✖ must be > 0, received -5
        → at horizonDays
      ✖ must be ≤ 1, received 2
        → at foreignForce.bases[0].protection
      "
    `);
  });

  it('names a missing file, bad JSON and bad options', async () => {
    expect((await run(join(dir, 'missing.json'))).stderr).toMatch(
      /^cannot read .*missing\.json: no such file/,
    );
    const broken = await run(file('broken.json', '{"name": '));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON: /);
    expect(await run('iraq-2020', '--workers', '0')).toMatchObject({
      code: 2,
      stderr:
        '--workers must be a whole number in decimal digits from 1 to 1000000, received "0"\n',
    });
    expect((await run('iraq-2020', '--json', '--csv')).stderr).toBe(
      'choose one of --json and --csv\n',
    );
    expect((await run('iraq-2020', '--policy', '{"name":')).stderr).toMatch(
      /^--policy is not valid JSON/,
    );
    expect((await run()).code).toBe(2);
  });

  it('names the replicate that fails', async () => {
    const policy = JSON.stringify({
      name: 'expression',
      strike: 'isAttack',
      delayDays: 'lastAttackKilled - 1',
    });
    const { code, stderr } = await run('iraq-2020', '--replicates', '5', '--policy', policy);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^replicate 0 \(seed 1\) failed: ExpressionPolicyError: delayDays expression/,
    );
  });
});

describe('escalation-sim scenario', () => {
  it('prints a preset with every default filled in, which reads back as the preset', async () => {
    const { code, stdout } = await scenario('iraq-2020', '--print');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(presets['iraq-2020'])));
  });

  it('completes a minimal scenario file', async () => {
    const path = file(
      'minimal.json',
      '{"name":"m","start":"2020-01-01","militias":[{"id":"kh"}],"foreignForce":{"bases":[{"id":"taji"}]}}',
    );
    const parsed = JSON.parse((await scenario(path, '--print')).stdout);
    expect(parsed).toMatchObject({
      name: 'm',
      horizonDays: 365,
      militias: [{ id: 'kh', branchingRatio: 0.4 }],
    });
  });

  it('prints the JSON Schema, and lists the presets without arguments', async () => {
    const schema = JSON.parse((await scenario('--schema')).stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'start']));
    const list = await scenario();
    expect(list.code).toBe(0);
    for (const name of Object.keys(presets)) expect(list.stdout).toContain(name);
  });

  it('explains misuse', async () => {
    expect(await scenario('--schema', 'iraq-2020')).toMatchObject({
      code: 2,
      stderr: '--schema takes no scenario and no --print\n',
    });
    expect((await scenario('nowhere')).code).toBe(2);
    expect((await scenario('--frobnicate')).stderr).toMatch(/see 'escalation-sim scenario --help'/);
  });
});
