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
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/tempFiles.js';
import { readmeBlocks } from '../package/readmeBlocks.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const NOTEBOOK = 'examples/notebooks/iraq-2020.ipynb';
const VEGA_LITE = 'application/vnd.vegalite.v5+json';
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

interface Output {
  readonly output_type: string;
  readonly name?: string;
  readonly text?: string | string[];
  readonly data?: Record<string, unknown>;
  readonly ename?: string;
  readonly evalue?: string;
}
interface Cell {
  readonly cell_type: string;
  readonly source: string | string[];
  readonly execution_count?: number | null;
  readonly outputs?: Output[];
}

const joined = (text: string | string[] | undefined) =>
  Array.isArray(text) ? text.join('') : (text ?? '');
const codeCells = (path: string): Cell[] =>
  (JSON.parse(readFileSync(path, 'utf8')).cells as Cell[]).filter((c) => c.cell_type === 'code');

/** A cell's outputs as text and data, without their metadata and line splitting. */
const comparable = (cell: Cell) =>
  (cell.outputs ?? []).map((o) => ({
    type: o.output_type,
    name: o.name,
    text: joined(o.text),
    data: Object.fromEntries(
      Object.entries(o.data ?? {}).map(([mime, v]) => [
        mime,
        typeof v === 'string' || Array.isArray(v) ? joined(v as string | string[]) : v,
      ]),
    ),
  }));

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
    expect(fresh.length).toBeGreaterThan(10);
    fresh.forEach((cell, i) => {
      const where = `code cell ${i + 1}: ${joined(cell.source).split('\n')[0]}`;
      expect(cell.execution_count, `${where} did not run`).toBe(i + 1);
      const outputs = cell.outputs ?? [];
      const errors = outputs.filter((o) => o.output_type === 'error' || o.name === 'stderr');
      expect(
        errors.map((o) => `${o.ename ?? ''} ${o.evalue ?? joined(o.text)}`),
        where,
      ).toEqual([]);
      const charts = (joined(cell.source).match(/await chart\(/g) ?? []).length;
      const bundles = outputs.filter((o) => o.data?.[VEGA_LITE] !== undefined);
      expect(bundles.length, `${where}: its Vega-Lite charts`).toBe(charts);
      for (const bundle of bundles) {
        const spec = bundle.data?.[VEGA_LITE] as TopLevelSpec;
        expect(spec.$schema, where).toMatch(
          /^https:\/\/vega\.github\.io\/schema\/vega-lite\/v\d+\.json$/,
        );
        expect(() => compile(spec), where).not.toThrow();
        expect(joined(bundle.data?.['image/svg+xml'] as string[]), where).toMatch(
          /^<svg[\s\S]*role-mark[\s\S]*<\/svg>$/,
        );
      }
    });
    expect(
      fresh.filter((c) => joined(c.source).includes('await chart(')).length,
    ).toBeGreaterThanOrEqual(8);

    // The committed copy keeps its outputs so that a code host shows them: they must be these.
    const committed = codeCells(join(root, NOTEBOOK));
    const refresh = `the committed outputs of ${NOTEBOOK} are not those of the current code; refresh them with the README's lines: ${install} && ${execute}`;
    expect(
      committed.map((c) => joined(c.source)),
      refresh,
    ).toEqual(fresh.map((c) => joined(c.source)));
    const differing = committed.flatMap((cell, i) =>
      JSON.stringify(comparable(cell)) === JSON.stringify(comparable(fresh[i] as Cell))
        ? []
        : [i + 1],
    );
    expect(differing, `code cells whose outputs differ: ${refresh}`).toEqual([]);
  });
});
