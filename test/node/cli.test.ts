import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli/main.js';
import { LIBRARY_VERSION } from '../../src/version.js';
import { tempFiles } from '../helpers/tempFiles.js';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const { dir, file } = tempFiles('escalation-sim-cli-');

describe('escalation-sim', () => {
  it('lists its commands with --help and exits 2 without a command', () => {
    expect(run('--help')).toMatchObject({ code: 0 });
    expect(run('--help').stdout).toMatch(/fit <file \| iraq-2020:R>/);
    expect(run().code).toBe(2);
  });

  it('names the valid commands when given an unknown one', () => {
    const { code, stderr } = run('simulate');
    expect(code).toBe(2);
    expect(stderr).toMatchInlineSnapshot(`
      "escalation-sim: unknown command "simulate"; commands: run, compare, test, sweep, sensitivity, discover, scenario, fit, calibrate, data, demo. Run 'escalation-sim --help'.
      "
    `);
  });
});

describe('escalation-sim fit', () => {
  it('prints JSON with params and logLikelihood for an embedded reading', () => {
    const { code, stdout } = run(
      'fit',
      'iraq-2020:text',
      '--bootstrap',
      '0',
      '--intervals',
      'none',
      '--json',
    );
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed.params)).toEqual(['baseline', 'branchingRatio', 'decay']);
    expect(typeof parsed.logLikelihood).toBe('number');
    expect(parsed.input.source).toBe('iraq-2020:text');
    expect(parsed.events).toBe(9);
  });

  it('fits a CSV of bare dates and prints a readable table', () => {
    const path = file(
      'dates.csv',
      'date\n2020-01-27\n2020-02-13\n2020-02-15\n2020-02-21\n2020-03-01\n2020-03-02\n',
    );
    const { code, stdout } = run('fit', path, '--bootstrap', '0');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Fit to .*dates\.csv \(6 attacks over 36 days\): Hawkes process/);
    expect(stdout).toMatch(/branchingRatio/);
    expect(stdout).toMatch(
      /horizon 36 days \(default: the end of the last attack’s day; set --horizon\)/,
    );
  });

  it('refuses same-day attacks placed at the day start, naming both lines', () => {
    const path = file(
      'ties.csv',
      'date,type\n2020-01-27,attack\n2020-02-13,attack\n2020-02-13,attack\n',
    );
    const { code, stderr } = run('fit', path, '--day-placement', 'start');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^escalation-sim fit: line 4 has the same time as line 3/);
    expect(stderr).toMatch(/--day-placement spread/);
    expect(run('fit', path, '--bootstrap', '0', '--intervals', 'none').code).toBe(0);
  });

  it('reports bad rows by line and column, and a header without dates', () => {
    const bad = run('fit', file('bad.csv', 'date,type\n2020-01-27,attack\n2020-13-01,attack\n'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/line 3, column "date": "2020-13-01"/);
    const noDate = run('fit', file('nodate.csv', 'when,type\nmonday,attack\n'));
    expect(noDate.stderr).toMatch(/line 1/);
    expect(noDate.stderr).toMatch(/"date" or a "time" column/);
  });

  it('names the file it cannot read and the option it cannot parse', () => {
    expect(run('fit', join(dir, 'missing.csv')).stderr).toMatch(
      /cannot read .*missing\.csv: no such file/,
    );
    const horizon = run('fit', 'iraq-2020:table', '--horizon', 'soon');
    expect(horizon.code).toBe(2);
    expect(horizon.stderr).toMatch(/--horizon must be a number of days > 0, received "soon"/);
    expect(run('fit', 'iraq-2020:monday').stderr).toMatch(
      /unknown reading "monday" of iraq-2020; readings: table, text, wire/,
    );
    expect(run('fit', 'iraq-2020:table', '--frobnicate').code).toBe(2);
  });
});

describe('escalation-sim fit on other inputs', () => {
  it('reads a .json file as JSON and says when it is not an array', () => {
    const ok = file(
      'events.json',
      JSON.stringify([{ date: '2020-01-27' }, { date: '2020-02-13' }, { date: '2020-03-01' }]),
    );
    expect(run('fit', ok, '--bootstrap', '0', '--intervals', 'none').code).toBe(0);
    const object = run('fit', file('object.json', '{"date": "2020-01-27"}'));
    expect(object.code).toBe(1);
    expect(object.stderr).toMatch(/must be an array of events/);
    expect(run('fit', file('bad.json', 'not json')).stderr).toMatch(/is not valid JSON/);
  });

  it('names the line that lies before --start', () => {
    const path = file('late-start.csv', 'date\n2020-01-27\n2020-02-13\n2020-03-01\n');
    const { code, stderr } = run('fit', path, '--start', '2020-02-01');
    expect(code).toBe(1);
    expect(stderr).toMatch(/line 2 lies before day 0 .*--start 2020-02-01 is after it/);
  });

  it('refuses --strikes when the file has no strikes', () => {
    const path = file('no-strikes.csv', 'date\n2020-01-27\n2020-02-13\n2020-03-01\n');
    expect(run('fit', path, '--strikes').stderr).toMatch(/has no rows of type "strike"/);
  });

  it('reads an ACLED export with filters, and skips invalid rows when asked', () => {
    const acled = [
      'event_date,event_type,sub_event_type,actor1,actor2,admin1,location,fatalities,notes',
      '2020-01-27,Explosions/Remote violence,Shelling/artillery/missile attack,Kataib Hezbollah,,Baghdad,Green Zone,0,rockets',
      '2020-02-13,Explosions/Remote violence,Shelling/artillery/missile attack,Kataib Hezbollah,,Kirkuk,K1,0,rockets',
      '2020-02-15,Explosions/Remote violence,Shelling/artillery/missile attack,Unidentified,,Baghdad,Green Zone,0,rockets',
      '2020-03-01,Explosions/Remote violence,Shelling/artillery/missile attack,Kataib Hezbollah,,Salahaddin,Balad,0,rockets',
      '2020-13-05,Explosions/Remote violence,Shelling/artillery/missile attack,Kataib Hezbollah,,Baghdad,Green Zone,0,bad date',
    ].join('\n');
    const path = file('acled.csv', `${acled}\n`);
    expect(run('fit', path).stderr).toMatch(/line 6/);
    const { code, stdout } = run(
      'fit',
      path,
      '--skip-invalid',
      '--actor',
      'Kataib',
      '--bootstrap',
      '0',
      '--json',
    );
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.events).toBe(3);
    expect(parsed.input.notes.join(' ')).toMatch(/ACLED export: 1 rows left out by the filters/);
    expect(parsed.input.notes.join(' ')).toMatch(/1 invalid row\(s\) skipped/);
  });

  it('compares every trend and strike combination when fitting strikes', () => {
    const { stdout } = run(
      'fit',
      'iraq-2020:wire',
      '--strikes',
      '--bootstrap',
      '0',
      '--intervals',
      'none',
      '--json',
    );
    const models = JSON.parse(stdout)
      .comparison.map((r: { model: string }) => r.model)
      .sort();
    expect(models).toEqual([
      'hawkes',
      'hawkes+strikes',
      'hawkesTrend',
      'hawkesTrend+strikes',
      'poisson',
      'poisson+strikes',
      'poissonTrend',
      'poissonTrend+strikes',
    ]);
  });
});

describe('escalation-sim data', () => {
  it('exports a reading as CSV with provenance, and as JSON', () => {
    const csv = run('data', 'iraq-2020', '--reading', 'wire');
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^version,dataset,reading,id,date,time,precision,type/);
    expect(lines.filter((l) => l.includes(',attack,')).length).toBe(10);
    // Every row says what made it.
    for (const line of lines.slice(1))
      expect(line.startsWith(`${LIBRARY_VERSION},iraq-2020,wire,`)).toBe(true);
    const json = JSON.parse(run('data', 'iraq-2020', '--json').stdout);
    for (const row of json)
      expect(row).toMatchObject({
        version: LIBRARY_VERSION,
        dataset: 'iraq-2020',
        reading: 'table',
      });
    // Nine dated attacks; the deadly March 11 attack has no date in the table reading.
    const attacks = json.filter((r: { type: string }) => r.type === 'attack');
    expect(attacks.filter((r: { time: number | null }) => r.time !== null)).toHaveLength(9);
    expect(attacks.filter((r: { precision: string }) => r.precision === 'unknown')).toHaveLength(1);
  });

  it('writes --out whole, and leaves nothing behind when it cannot', () => {
    const out = join(dir, 'table.csv');
    expect(run('data', 'iraq-2020', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^version,dataset,reading,id,date/);
    const missingDir = join(dir, 'no-such-dir', 'x.csv');
    const failed = run('data', 'iraq-2020', '--out', missingDir);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/cannot write --out/);
    expect(existsSync(missingDir)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an unknown reading', () => {
    expect(run('data', 'iraq-2020', '--reading', 'rumour')).toMatchObject({ code: 2 });
  });
});

describe('the escalation-sim process', () => {
  it('exits non-zero with one paragraph and no stack trace on bad input', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'src/node/cli/bin.ts', 'fit', join(dir, 'missing.csv')],
        { stdio: 'pipe' },
      );
    } catch (error) {
      const e = error as { status: number; stderr: Buffer };
      status = e.status;
      stderr = e.stderr.toString().replace(/npm warn.*\n/g, '');
    }
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });
});
