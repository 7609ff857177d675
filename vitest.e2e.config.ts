// Browser (end-to-end) tests: real Chromium against the built app in dist/.
// Run `npm run build` first; `npm run test:e2e` runs these.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // One spec file (and so one Chromium) at a time: the machine has 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // No retries: a browser test that fails has found something. (The one
    // intermittent failure there was came from the test server: a question's
    // address ends in ".voice", so sirv took it for a missing file unless the
    // service worker was already in control.) E2E_RETRY sets retries locally.
    retry: Number(process.env.E2E_RETRY ?? 0),
    reporters: ['default'],
  },
});
