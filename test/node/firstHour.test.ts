import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEvents } from '../../src/data/loadEvents.js';
import { JsonSyntaxError } from '../../src/data/parseJsonText.js';
import { closestOption, optionsInHelp } from '../../src/node/cli/closestOption.js';
import { runCli } from '../../src/node/cli/main.js';
import { defineScenario } from '../../src/scenario/defineScenario.js';
import { scenarioJsonSchema } from '../../src/scenario/scenarioJsonSchema.js';
import { parseJsonText } from '../../src/util/parseJsonText.js';
import { LIBRARY_VERSION } from '../../src/version.js';
import { tempFiles } from '../helpers/tempFiles.js';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const { file } = tempFiles('escalation-sim-first-hour-');
const minimal = {
  name: 'one base',
  start: '2020-01-01',
  militias: [{ id: 'kh' }],
  foreignForce: { bases: [{ id: 'taji' }] },
};

describe('--version', () => {
  it('prints the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(LIBRARY_VERSION).toBe(pkg.version);
    expect(run('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('misspelt options', () => {
  it('name the closest valid option in one line', () => {
    const r = run('run', 'iraq-2020', '--replicats', '5');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatchInlineSnapshot(`
      "escalation-sim run: unknown option --replicats; did you mean --replicates? See 'escalation-sim run --help'
      "
    `);
    expect(run('fit', 'iraq-2020:table', '--horizn', '9').stderr).toMatch(
      /did you mean --horizon\?/,
    );
  });
  it('list the valid options when none is close', () => {
    expect(run('data', '--zzzzzzzz').stderr).toMatchInlineSnapshot(`
      "escalation-sim data: unknown option --zzzzzzzz; data takes --reading, --csv, --json, --out, --help
      "
    `);
  });
  it('closestOption takes swaps and slips and refuses far guesses', () => {
    const valid = ['--replicates', '--seed', '--workers', '--json', '--csv'];
    expect(closestOption('--sede', valid)).toBe('--seed');
    expect(closestOption('--jsno', valid)).toBe('--json');
    expect(closestOption('--worker', valid)).toBe('--workers');
    expect(closestOption('--output', valid)).toBeUndefined();
    expect(optionsInHelp('  --a N   x\n  -h, --help  y\n  --a again')).toEqual(['--a', '--help']);
  });
});

describe('scenario files as editors write them', () => {
  it('accept a $schema key, and the schema declares it', () => {
    const s = defineScenario({ $schema: './scenario.schema.json', ...minimal } as never);
    expect(s.name).toBe('one base');
    expect(Object.keys(s)).not.toContain('$schema');
    expect(scenarioJsonSchema().properties).toHaveProperty('$schema');
    const path = file('with-schema.json', JSON.stringify({ $schema: 'x.json', ...minimal }));
    expect(run('scenario', path, '--print').code).toBe(0);
  });
  it('refuse a $schema that is not a string, by name', () => {
    expect(() => defineScenario({ $schema: 3, ...minimal } as never)).toThrow(/\$schema/);
  });
  it('report invalid JSON by line and column', () => {
    const path = file('broken.json', '{\n  "name": "x",\n  "start": "2020-01-01",\n}\n');
    const r = run('run', path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'is not valid JSON: line 4, column 1: found "}" where a property name in double quotes was expected',
    );
  });
});

describe('parseJsonText', () => {
  it('parses what JSON.parse parses', () => {
    expect(parseJsonText('{"a": [1, 2.5e3, "x\\n", true, null]}')).toEqual({
      a: [1, 2500, 'x\n', true, null],
    });
  });
  it.each([
    ['[1, 2,]', 1, 7, 'found "]" where a value was expected'],
    ['{"a": 1\n "b": 2}', 2, 2, 'found "\\"" where "," or "}" was expected after a property value'],
    ['{"a": 01}', 1, 8, 'found "1" where "," or "}" was expected after a property value'],
    ['[1] 2', 1, 5, 'found "2" where the text should end after the value'],
    ['{"a": "b', 1, 9, 'the text ends where a closing " was expected'],
    ['\n\n  tru', 3, 6, 'the text ends where true was expected'],
  ])('locates the error in %j', (text, line, column, found) => {
    let error: unknown;
    try {
      parseJsonText(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect(error).toMatchObject({ line, column });
    expect((error as Error).message).toContain(found);
  });
  it('gives loadEvents the line of invalid JSON', () => {
    expect(() => loadEvents('[\n  {"time": 1},\n  {"time": 2,}\n]')).toThrow(/line 3/);
  });
});

describe('event files in fit', () => {
  it('name the file line of a time past the horizon', () => {
    const path = file('late.csv', 'time,note\n1,a\n2,\n5,b\n30,typo?\n');
    const r = run('fit', path, '--horizon', '10', '--bootstrap', '0');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 5 lies past the horizon (attack at day 30, --horizon 10)');
  });
  it('read a differently named time column and say which columns were ignored', () => {
    const path = file('mine.csv', 'Day,note,source\n1.5,first,wire\n3,,\n7.25,x,y\n');
    const r = run(
      'fit',
      path,
      '--time-column',
      'Day',
      '--horizon',
      '10',
      '--bootstrap',
      '0',
      '--json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.input.times).toEqual([1.5, 3, 7.25]);
    expect(out.input.notes).toContain('columns ignored (not in the event format): note, source');
    expect(out.provenance).toEqual({
      software: 'escalation-sim',
      version: LIBRARY_VERSION,
      seed: 1,
    });
  });
  it('read a JSON event file with keys the format lacks and say which keys were ignored', () => {
    const events = [
      { time: 1.5, type: 'attack', note: 'first', source: 'wire' },
      { time: 3, type: 'attack' },
      { time: 7.25, type: 'attack', source: 'table' },
    ];
    const path = file('mine.json', JSON.stringify(events));
    const r = run('fit', path, '--horizon', '10', '--bootstrap', '0', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.input.times).toEqual([1.5, 3, 7.25]);
    expect(out.input.notes).toContain('keys ignored (not in the event format): note, source');
  });
});
