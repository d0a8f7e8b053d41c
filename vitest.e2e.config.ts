import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build in real Chromium; one browser at a time on 2 cores.
// CI asks for a JSON report per suite so .ci/run can count passes and failures from vitest itself.
const reportDir = process.env.MITATE_TEST_REPORT_DIR;

export default defineConfig({
  test: {
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/e2e.json` } : undefined,
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
