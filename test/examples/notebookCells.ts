import { readFileSync } from 'node:fs';
import { compile, type TopLevelSpec } from 'vega-lite';
import { expect } from 'vitest';

/** The notebook the tests check, from the repository root. */
export const NOTEBOOK = 'examples/notebooks/iraq-2020.ipynb';

/** The MIME type the notebook's charts carry their Vega-Lite spec under. */
export const VEGA_LITE = 'application/vnd.vegalite.v5+json';

interface Output {
  readonly output_type: string;
  readonly name?: string;
  readonly text?: string | string[];
  readonly data?: Record<string, unknown>;
  readonly ename?: string;
  readonly evalue?: string;
}

/** A code cell of an .ipynb file, as far as the tests read it. */
export interface CodeCell {
  readonly source: string | string[];
  readonly execution_count?: number | null;
  readonly outputs?: Output[];
}

/** Text that nbformat may store as a list of lines, as one string. */
export const joined = (text: string | string[] | undefined): string =>
  Array.isArray(text) ? text.join('') : (text ?? '');

/** The code cells of a notebook file, in order. */
export function codeCells(path: string): CodeCell[] {
  const cells = JSON.parse(readFileSync(path, 'utf8')).cells as ({
    cell_type: string;
  } & CodeCell)[];
  return cells.filter((c) => c.cell_type === 'code');
}

/** A cell's outputs as text and data, without their metadata and line splitting. */
export function comparableOutputs(cell: CodeCell): string {
  return JSON.stringify(
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
    })),
  );
}

/**
 * Check an executed notebook: every code cell ran, in order, without an error or stderr, and
 * shows something; every `await chart(` shows one Vega-Lite bundle whose spec compiles and whose
 * SVG has marks.
 */
export function expectExecuted(cells: readonly CodeCell[]): void {
  expect(cells.length).toBeGreaterThan(10);
  cells.forEach((cell, i) => {
    const where = `code cell ${i + 1}: ${joined(cell.source).split('\n')[0]}`;
    expect(cell.execution_count, `${where} did not run`).toBe(i + 1);
    const outputs = cell.outputs ?? [];
    expect(outputs.length, `${where} shows nothing`).toBeGreaterThan(0);
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
  const chartCells = cells.filter((c) => joined(c.source).includes('await chart('));
  expect(chartCells.length).toBeGreaterThanOrEqual(8);
}
