import { defineConfig } from 'tsup';

const shared = { sourcemap: true, target: 'node20', tsconfig: 'tsconfig.build.json' } as const;

export default defineConfig([
  // The library: browser-safe core and Node extras, ESM and CJS with types.
  {
    ...shared,
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: false,
  },
  // The `escalation-sim` command: ESM only, as the `bin` points to it.
  { ...shared, entry: { cli: 'src/node/cli/bin.ts' }, format: ['esm'], dts: false },
]);
