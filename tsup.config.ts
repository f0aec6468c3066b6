import { defineConfig } from 'tsup';

const shared = {
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  shims: true,
  // Splitting puts the core in chunks that every entry of a format imports, so
  // `escalation-sim` and `escalation-sim/node` share one copy of it (one ScenarioError class).
  splitting: true,
  // Bundled so only the parser's part of mathjs is loaded (tree-shaken from its number-only
  // entry): importing all of mathjs takes over a second, this takes milliseconds.
  noExternal: ['mathjs'] as string[],
} as const;

export default defineConfig([
  // The library as ES modules (browser-safe core and Node extras, with types), the
  // `escalation-sim` command, and the ensemble pool's worker thread (loaded from beside the
  // chunk that starts it). All four share chunks.
  {
    ...shared,
    entry: {
      index: 'src/index.ts',
      node: 'src/node/index.ts',
      cli: 'src/node/cli/bin.ts',
      ensembleWorker: 'src/node/pool/ensembleWorker.ts',
    },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
  },
  // The library as CommonJS, for `require`.
  {
    ...shared,
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
  },
]);
