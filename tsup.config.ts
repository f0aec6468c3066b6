import { defineConfig } from 'tsup';

const shared = {
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
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
    // No __filename shim: with splitting it would land in the core's chunk and import Node's
    // path and url, which the browser-safe core must not (the pool reads import.meta.url).
    shims: false,
    dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
  },
  // The library as CommonJS, for `require`.
  {
    ...shared,
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['cjs'],
    // import.meta.url for the pool's worker path.
    shims: true,
    dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
  },
]);
