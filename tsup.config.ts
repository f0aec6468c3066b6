import { defineConfig } from 'tsup';

const shared = {
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  shims: true,
} as const;

export default defineConfig([
  // The library: browser-safe core and Node extras, ESM and CJS with types.
  {
    ...shared,
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: false,
  },
  // The `escalation-sim` command, and the ensemble pool's worker thread (loaded from beside
  // the bundle that starts it): ESM only.
  {
    ...shared,
    entry: { cli: 'src/node/cli/bin.ts', ensembleWorker: 'src/node/pool/ensembleWorker.ts' },
    format: ['esm'],
    dts: false,
  },
]);
