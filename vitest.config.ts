import { defineConfig } from 'vitest/config';

// Slow statistical checks (*.slow.test.ts: coverage of intervals over hundreds of fits) run
// only with SLOW=1 (`npm run test:slow`, and in CI).
const slow = process.env.SLOW === '1';

export default defineConfig({
  test: {
    include: slow ? ['test/**/*.slow.test.ts'] : ['test/**/*.test.ts'],
    exclude: slow ? [] : ['test/**/*.slow.test.ts', 'node_modules/**'],
    testTimeout: slow ? 1_200_000 : 60_000,
  },
});
