import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli/main.js';
import { tempFiles } from '../helpers/tempFiles.js';

/**
 * The CLI under hostile input: odd files, odd option values and --out onto every kind of
 * target. Each case checks the exit code, one readable message naming the problem, no stack
 * trace, and that nothing is left behind or damaged.
 */
function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const { dir, file } = tempFiles('escalation-sim-hostile-');
const stackTrace = /\bat .*\(?.*:\d+:\d+\)?\n/;

/** One readable paragraph on stderr: a single line, no stack trace, not "unexpected". */
function expectOneMessage(stderr: string, pattern: RegExp): void {
  expect(stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(1 + 25); // a listing may follow
  expect(stderr).not.toMatch(stackTrace);
  expect(stderr).not.toMatch(/unexpected failure|Maximum call stack/);
  expect(stderr).toMatch(pattern);
}

const scenarioJson = JSON.stringify({
  name: 'tiny',
  start: '2020-01-01',
  horizonDays: 30,
  militias: [{ id: 'm' }],
  foreignForce: { bases: [{ id: 'b' }] },
});

describe('odd event files for fit', () => {
  const cases: [string, string | Buffer, number, RegExp][] = [
    ['empty.csv', '', 1, /empty/],
    ['header-only.csv', 'date,type\n', 1, /.+/],
    [
      'unbalanced.csv',
      'date,type,notes\n2020-01-01,attack,"open\n2020-01-02,attack,x\n',
      1,
      /line \d/,
    ],
    [
      'latin1.csv',
      Buffer.from([0x64, 0x61, 0x74, 0x65, 0x0a, 0xe9, 0xff, 0x0a]),
      1,
      /line \d|column/,
    ],
    ['huge-time.csv', 'time,type\n1,attack\n1e308,attack\n', 1, /line 3, column "time"/],
    [
      'deep.json',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      1,
      /nesting deeper than 64 levels/,
    ],
  ];
  it.each(cases)(
    '%s: exit %d with one message naming the problem',
    (name, content, code, pattern) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      const r = run('fit', path, '--bootstrap', '0');
      expect(r.code).toBe(code);
      expectOneMessage(r.stderr, pattern);
    },
  );

  it('reads a CSV with a BOM and CRLF line ends like a plain one', () => {
    const plain = run(
      'fit',
      file('plain.csv', 'date,type\n2020-01-05,attack\n2020-01-20,attack\n2020-02-03,attack\n'),
      '--bootstrap',
      '0',
      '--json',
    );
    const odd = run(
      'fit',
      file(
        'bom.csv',
        '\uFEFFdate,type\r\n2020-01-05,attack\r\n2020-01-20,attack\r\n2020-02-03,attack\r\n',
      ),
      '--bootstrap',
      '0',
      '--json',
    );
    expect(odd.code).toBe(0);
    expect(JSON.parse(odd.stdout).fit).toEqual(JSON.parse(plain.stdout).fit);
  });
});

describe('odd scenario files for run', () => {
  it('accepts a scenario file with a UTF-8 BOM', () => {
    const r = run('run', file('bom.json', `\uFEFF${scenarioJson}`), '--replicates', '5', '--csv');
    expect(r.code).toBe(0);
  });

  it.each([
    [
      'deep.json',
      `{"name":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`,
      /line 1, column \d+: nesting deeper than 64 levels/,
    ],
    ['not-json.json', '{"name": tiny}', /not valid JSON/],
    ['array.json', '[1, 2]', /must be an object, received an array of 2 items/],
    [
      'huge-id.json',
      JSON.stringify({ ...JSON.parse(scenarioJson), militias: [{ id: 'x'.repeat(1_000_000) }] }),
      /at most 100 characters/,
    ],
    [
      'decay.json',
      JSON.stringify({ ...JSON.parse(scenarioJson), militias: [{ id: 'm', decay: 1e308 }] }),
      /must be ≤ 1000, received 1e\+308\n\s+→ at militias\[0\]\.decay/,
    ],
  ])('%s is refused with one readable message', (name, content, pattern) => {
    const r = run('run', file(name, content), '--replicates', '5');
    expect(r.code).toBe(1);
    expect(r.stderr.length).toBeLessThan(4_000);
    expectOneMessage(r.stderr, pattern);
  });
});

describe('odd option values', () => {
  it.each([
    [['--replicates', '0x10'], /--replicates must be a whole number in decimal digits/],
    [['--replicates', '1e3'], /--replicates must be a whole number in decimal digits/],
    [['--replicates', '-5'], /--replicates/],
    [
      ['--replicates', '1000000000000'],
      /--replicates must be a whole number in decimal digits from 1 to 100000000/,
    ],
    [['--workers', '1.5'], /--workers/],
    [['--seed', '=1+1'], /--seed must be a plain integer/],
    [['--seed', 'a/b'], /--seed must be a plain integer/],
    [['--seed', ''], /--seed must be a plain integer/],
    [['--policy', '{"name":'], /--policy is not valid JSON/],
    [
      [
        '--policy',
        JSON.stringify({ name: 'expression', strike: `${'('.repeat(400)}1${')'.repeat(400)}` }),
      ],
      /nesting must be at most 32 levels/,
    ],
  ])('run %j exits 2 with one message', (options, pattern) => {
    const r = run('run', 'restraint', ...options);
    expect(r.code).toBe(2);
    expectOneMessage(r.stderr, pattern);
  });

  it('caps --workers at the processors available, with a note', async () => {
    const r = { stdout: '', stderr: '' };
    const code = await runCli(
      ['run', 'restraint', '--replicates', '4', '--workers', '1000', '--json'],
      {
        stdout: (t) => (r.stdout += t),
        stderr: (t) => (r.stderr += t),
      },
    );
    expect(code).toBe(0);
    expect(r.stderr).toMatch(
      /--workers 1000 is more than the \d+ processor\(s\) available; using \d+/,
    );
    expect(JSON.parse(r.stdout).workers).toBeLessThan(1000);
  }, 120_000);
});

describe('CSV injection', () => {
  it('writes a scenario name a spreadsheet would run as a formula as text', () => {
    const named = file(
      'formula.json',
      JSON.stringify({ ...JSON.parse(scenarioJson), name: '@SUM(A1)' }),
    );
    const r = run('run', named, '--replicates', '3', '--csv');
    expect(r.code).toBe(0);
    const cells = (r.stdout.split('\n')[1] ?? '').split(',');
    expect(cells[0]).toBe("'@SUM(A1)");
    expect(cells[2]).toBe('3'); // numbers stay numbers
  });
});

describe('--out onto each kind of target', () => {
  const leftovers = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

  it('replaces a regular file atomically, keeping its mode and leaving no temporary file', () => {
    const target = file('out.txt', 'old\n');
    expect(run('data', 'iraq-2020', '--csv', '--out', target).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^version,dataset,reading,id,date/);
    expect(leftovers(dir)).toEqual([]);
  });

  // One result written whole (data) and rows written as they come (compare's lines).
  const writers: [string, string[], RegExp][] = [
    ['data', ['data', 'iraq-2020', '--csv'], /^version,dataset,reading,id,date/],
    [
      'streamed rows',
      ['compare', 'restraint', '--policies', 'restraint,titForTat', '--replicates', '3', '--csv'],
      /^scenario,seed,replicates,outcome/,
    ],
  ];

  it.each(writers)(
    '%s: writes through a symbolic link to its target; the link stays a link',
    (name, argv, head) => {
      const target = file(`real-${name}.txt`, 'old\n');
      const link = join(dir, `link-${name}.txt`);
      symlinkSync(target, link);
      expect(run(...argv, '--out', link).code).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link)).toBe(target);
      expect(readFileSync(target, 'utf8')).toMatch(head);
    },
  );

  it.each(writers)(
    '%s: writes to a character device directly and leaves it a device',
    (_, argv) => {
      expect(run(...argv, '--out', '/dev/null').code).toBe(0);
      expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    },
  );

  it('writes to a FIFO directly and leaves it a FIFO', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    // A reader on the other end (another process, so the blocking open finds it).
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let received = '';
    reader.stdout.on('data', (chunk) => (received += String(chunk)));
    const closed = new Promise((done) => reader.on('close', done));
    expect(run('data', 'iraq-2020', '--csv', '--out', fifo).code).toBe(0);
    await closed;
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(received).toMatch(/^version,dataset,reading,id,date/);
  });

  it('refuses a directory by name, and leaves nothing behind', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const r = run('data', 'iraq-2020', '--csv', '--out', folder);
    expect(r.code).toBe(1);
    expectOneMessage(r.stderr, /--out .*folder is a directory, not a file/);
    expect(lstatSync(folder).isDirectory()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses a file in a missing folder without creating anything', () => {
    const r = run('data', 'iraq-2020', '--csv', '--out', join(dir, 'missing', 'x.csv'));
    expect(r.code).toBe(1);
    expectOneMessage(r.stderr, /cannot write --out/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

describe('standard output failures (the process)', () => {
  const cli = (args: string[], stdout: 'pipe' | number) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/node/cli/bin.ts', ...args], {
      stdio: ['ignore', stdout, 'pipe'],
      encoding: 'utf8',
      timeout: 120_000,
    });

  it('a full disk (/dev/full) is one line on stderr and exit 1', () => {
    const full = openSync('/dev/full', 'w');
    const r = cli(['data', 'iraq-2020', '--csv'], full);
    expect(r.status).toBe(1);
    expect(r.stderr.replace(/npm warn.*\n/g, '').trim()).toBe(
      'escalation-sim: cannot write to standard output: no space left on the device (ENOSPC)',
    );
  }, 180_000);

  it('a closed pipe (| head -c 1) ends quietly with exit 0', () => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" --import tsx src/node/cli/bin.ts scenario --schema | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.stdout.trim()).toBe('0');
    expect(r.stderr.replace(/npm warn.*\n/g, '')).toBe('');
  }, 180_000);
});
