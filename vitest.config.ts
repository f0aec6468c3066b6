import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Slow statistical checks (*.slow.test.ts: coverage of intervals over hundreds of fits,
// simulation-based calibration, fuzzing) run only with SLOW=1 (`npm run test:slow`, and in
// CI); the longest (*.long.test.ts: hours of fits) only with LONG=1 (`npm run
// test:long`), not in CI.
const slow = process.env.SLOW === '1';
const long = process.env.LONG === '1';

export default defineConfig({
  // The examples import the package by name, as a user's project does; here that is the source.
  resolve: {
    alias: [
      {
        find: /^escalation-sim\/node$/,
        replacement: fileURLToPath(new URL('./src/node/index.ts', import.meta.url)),
      },
      {
        find: /^escalation-sim$/,
        replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: long
      ? ['test/**/*.long.test.ts']
      : slow
        ? ['test/**/*.slow.test.ts']
        : ['test/**/*.test.ts'],
    exclude:
      slow || long ? [] : ['test/**/*.slow.test.ts', 'test/**/*.long.test.ts', 'node_modules/**'],
    testTimeout: long ? 4 * 3_600_000 : slow ? 1_200_000 : 60_000,
  },
});
