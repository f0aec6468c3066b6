// The README's command lines and TypeScript blocks, run as written (at a small size) against
// the built package, and the two entries of the built package sharing one core. Builds the
// package first when dist/ is missing or older than the sources.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/tempFiles.js';
import { atSmallSize, readmeBlocks } from './readmeBlocks.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const { dir: project } = tempFiles('escalation-sim-readme-');

function newestSource(path: string): number {
  return readdirSync(path, { withFileTypes: true }).reduce((newest, entry) => {
    const full = join(path, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }, 0);
}

beforeAll(() => {
  const built = join(root, 'dist/index.js');
  const stale =
    !existsSync(built) ||
    statSync(built).mtimeMs <
      Math.max(newestSource(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs);
  if (stale) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  // A user's project with the package installed: node_modules/escalation-sim is this folder.
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(root, join(project, 'node_modules/escalation-sim'), 'dir');
}, 600_000);

const blocks = readmeBlocks(readFileSync(join(root, 'README.md'), 'utf8'));

// What each part of a README shell line becomes here. Installing and the test command itself
// are the set-up this suite runs after; `npm run demo` (20 s) and the notebook run in the slow suite.
function commandFor(part: string): string | null {
  if (/^npm (install|ci|test)\b/.test(part)) return null;
  if (/^npm run demo\b/.test(part)) return null;
  if (/^cmp [\w.-]+ [\w.-]+$/.test(part)) return part; // files the lines before wrote
  // The notebook's lines (Deno's kernel, Jupyter; minutes) run in test/examples/notebook.slow.test.ts.
  if (/^(npx deno jupyter|jupyter nbconvert) /.test(part)) return null;
  if (part.startsWith('npx escalation-sim'))
    return atSmallSize(part).replace('npx escalation-sim', `node ${JSON.stringify(cli)}`);
  throw new Error(
    `README line part "${part}" has no rule in test/package/builtPackage.test.ts: say how to run it`,
  );
}

describe('every README line works as written', () => {
  it('has sh and ts blocks to run', () => {
    expect(blocks.filter((b) => b.lang === 'sh' && !b.skip).length).toBeGreaterThanOrEqual(3);
    expect(blocks.filter((b) => b.lang === 'ts').length).toBeGreaterThanOrEqual(2);
    expect(blocks.filter((b) => b.skip).map((b) => b.line)).toHaveLength(1);
  });

  // Lines run in order in one folder, so a file one line writes is there for the next.
  for (const block of blocks.filter((b) => b.lang === 'sh' && !b.skip)) {
    it(`sh block at README line ${block.line}`, () => {
      for (const line of block.body.split('\n')) {
        const code = line.replace(/\s+#.*$/, '').trim();
        if (code === '') continue;
        for (const part of code.split(/\s+&&\s+/)) {
          const command = commandFor(part);
          if (command === null) continue;
          const result = spawnSync('bash', ['-c', command], { cwd: project, encoding: 'utf8' });
          expect({ line: code, status: result.status, stderr: result.stderr }).toEqual({
            line: code,
            status: 0,
            stderr: expect.any(String),
          });
        }
      }
    }, 120_000);
  }

  blocks
    .filter((b) => b.lang === 'ts')
    .forEach((block, i) => {
      it(`ts block at README line ${block.line}`, () => {
        const path = join(project, `readme-${i}.ts`);
        writeFileSync(path, atSmallSize(block.body));
        const result = spawnSync(process.execPath, [tsx, path], { cwd: project, encoding: 'utf8' });
        expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
      }, 120_000);
    });
});

describe('the built package', () => {
  it('shares one core between escalation-sim and escalation-sim/node (instanceof holds across them)', () => {
    const script = `
      import { ScenarioError, presets } from 'escalation-sim';
      import { runEnsembleParallel } from 'escalation-sim/node';
      const broken = { ...presets['iraq-2020'], horizonDays: -1 };
      try { await runEnsembleParallel(broken, { replicates: 2, seed: 1, workers: 1 }); console.log('no error'); }
      catch (e) { console.log(e instanceof ScenarioError ? 'shared' : 'separate: ' + e?.constructor?.name); }
    `;
    const path = join(project, 'instanceof.mjs');
    writeFileSync(path, script);
    const esm = spawnSync(process.execPath, [path], { cwd: project, encoding: 'utf8' });
    expect(esm.stdout.trim()).toBe('shared');
    const cjs = spawnSync(
      process.execPath,
      [
        '-e',
        `const a = require('escalation-sim'); const b = require('escalation-sim/node'); const n = require('escalation-sim/package.json'); console.log(a.LIBRARY_VERSION === n.version && typeof b.runCli)`,
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(cjs.stdout.trim()).toBe('function');
  }, 60_000);
  it('keeps the browser-safe core free of Node built-ins (the ESM entry and every chunk it imports)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(root, 'dist', file), 'utf8');
      // Import statements only (at a line start), not strings in bundled code that say "from".
      for (const [, spec] of code.matchAll(/^(?:import|export)\b[^;"]*?(?:from\s*)?"([^"]+)";/gm)) {
        if ((spec as string).startsWith('./')) visit((spec as string).slice(2));
        else
          expect({ file, spec }).toEqual({
            file,
            spec: expect.stringMatching(/^(zod|seedrandom)$/),
          });
      }
    };
    visit('index.js');
    expect(seen.size).toBeGreaterThan(1);
  });
  it('prints its version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' })).toBe(
      `${version}\n`,
    );
  });
});
