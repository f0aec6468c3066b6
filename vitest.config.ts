import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Slow statistical checks (coverage of intervals over hundreds of fits) run only when SLOW=1.
    testTimeout: 60_000,
  },
});
