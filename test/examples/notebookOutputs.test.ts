// The committed copy of examples/notebooks/iraq-2020.ipynb, without running it: it keeps the
// outputs of a full run (so that a code host shows its tables and charts), every chart with its
// Vega-Lite spec and an SVG. That they are the current code's outputs is checked by executing it
// (notebook.slow.test.ts).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { codeCells, expectExecuted, NOTEBOOK } from './notebookCells.js';

describe(`${NOTEBOOK} as committed`, () => {
  it('keeps the outputs of a full run, with every chart', () => {
    expectExecuted(codeCells(join(fileURLToPath(new URL('../../', import.meta.url)), NOTEBOOK)));
  });
});
