import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build in real Chromium; one browser at a time on 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
