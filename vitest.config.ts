import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// CI asks for a JSON report per suite so .ci/run can count passes and failures from vitest itself.
const reportDir = process.env.MITATE_TEST_REPORT_DIR;

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/unit.json` } : undefined,
    // Generous per-test limit: on a loaded 2-core machine happy-dom mounts and property runs can pass 5 s; a limit is not a speed assertion.
    testTimeout: 30_000,
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
