// The executed notebook, examples/notebooks/iraq-2020.ipynb. The README's two notebook lines
// run as written, except that the kernel goes into a temporary Jupyter folder and the executed copy
// into a temporary file instead of over the committed one. Every code cell must run without error
// and without writing to stderr, every chart cell must show a Vega-Lite bundle that compiles, and
// the committed outputs must be the ones the current code produces. Runs in CI (CI=true), where a
// missing Jupyter or Deno is a failure; elsewhere it skips with the reason. About 2 minutes on two
// idle cores, 2 to 4 on a loaded machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/tempFiles.js';
import { readmeBlocks } from '../package/readmeBlocks.js';
import { codeCells, comparableOutputs, expectExecuted, joined, NOTEBOOK } from './notebookCells.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

/** What is missing to run the notebook here, or null. */
function missingTool(): string | null {
  if (!existsSync(join(root, 'node_modules/.bin/deno')))
    return 'deno is not installed (npm install installs it)';
  const nbconvert = spawnSync('jupyter', ['nbconvert', '--version'], { encoding: 'utf8' });
  if (nbconvert.status !== 0)
    return "jupyter nbconvert is not installed (Debian's jupyter-nbconvert, jupyter-client, python3-ipykernel)";
  return null;
}

/** The README's notebook lines: installing the kernel and executing the notebook. */
function readmeNotebookLines(): { install: string; execute: string } {
  const lines = readmeBlocks(readFileSync(join(root, 'README.md'), 'utf8'))
    .filter((b) => b.lang === 'sh')
    .flatMap((b) => b.body.split('\n'))
    .map((l) => l.replace(/\s+#.*$/, '').trim());
  const install = lines.find((l) => l.startsWith('npx deno jupyter --install'));
  const execute = lines.find((l) => l.startsWith('jupyter nbconvert') && l.includes(NOTEBOOK));
  if (!install || !execute)
    throw new Error('README.md should show how to install the kernel and run the notebook');
  return { install, execute };
}

const missing = missingTool();

describe(`${NOTEBOOK} executed by Jupyter on Deno's kernel`, () => {
  if (missing !== null && !inCi) {
    it.skip(`skipped here: ${missing}; CI runs it`, () => {});
    return;
  }
  const { dir } = tempFiles('escalation-sim-notebook-');

  it('runs every cell without error, draws every chart, and matches the committed outputs', () => {
    expect(missing, 'CI needs Jupyter and Deno for the notebook').toBeNull();
    const { install, execute } = readmeNotebookLines();
    const data = join(dir, 'data');
    mkdirSync(data);
    // Nothing outside the temporary folder changes: the kernelspec, Jupyter's runtime files and
    // Deno's cache all go there, and Deno does not look for updates.
    const env = {
      ...process.env,
      XDG_DATA_HOME: data,
      JUPYTER_PATH: join(data, 'jupyter'),
      JUPYTER_DATA_DIR: join(data, 'jupyter'),
      JUPYTER_RUNTIME_DIR: join(dir, 'runtime'),
      JUPYTER_CONFIG_DIR: join(dir, 'config'),
      DENO_DIR: join(dir, 'deno'),
      DENO_NO_UPDATE_CHECK: '1',
    };
    const installed = spawnSync('bash', ['-c', install], { cwd: root, env, encoding: 'utf8' });
    expect({ status: installed.status, stderr: installed.stderr }).toMatchObject({ status: 0 });
    expect(existsSync(join(data, 'jupyter/kernels/deno/kernel.json'))).toBe(true);

    const executed = join(dir, 'iraq-2020.ipynb');
    const command = `${execute.replace(/\s--inplace\b/, '')} --output ${JSON.stringify(executed)} --ExecutePreprocessor.timeout=900`;
    const started = Date.now();
    const run = spawnSync('bash', ['-c', command], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 1_080_000,
    });
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    process.stdout.write(`notebook executed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

    const fresh = codeCells(executed);
    expectExecuted(fresh);

    // The committed copy keeps its outputs so that a code host shows them: they must be these.
    const committed = codeCells(join(root, NOTEBOOK));
    const refresh = `the committed outputs of ${NOTEBOOK} are not those of the current code; refresh them with the README's lines: ${install} && ${execute}`;
    expect(
      committed.map((c) => joined(c.source)),
      refresh,
    ).toEqual(fresh.map((c) => joined(c.source)));
    const differing = committed.flatMap((cell, i) =>
      comparableOutputs(cell) === comparableOutputs(fresh[i] ?? { source: '' }) ? [] : [i + 1],
    );
    expect(differing, `code cells whose outputs differ: ${refresh}`).toEqual([]);
  });
});
