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
    // In CI a failing browser test gets one more try: a real breakage fails
    // twice. This covers one known intermittent failure (the persistence
    // spec, about one full run in three, never reproduced in isolation),
    // recorded in the session note. Locally, E2E_RETRY sets it; default 0.
    retry: Number(process.env.E2E_RETRY ?? (process.env.CI ? 1 : 0)),
    reporters: ['default'],
  },
});
