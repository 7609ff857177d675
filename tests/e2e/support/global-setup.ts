/** Fails the run at once, with a clear message, if the app is not built. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH } from './browser';
import { DIST_DIR } from './server';

export default function setup(): void {
  const needed = ['index.html', 'sw.js', 'manifest.webmanifest'];
  const missing = needed.filter((f) => !existsSync(path.join(DIST_DIR, f)));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests need the built app, but ${missing
        .map((f) => `dist/${f}`)
        .join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. ` +
        'Run "npm run build" first, then "npm run test:e2e".',
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install the system package ` +
        '(apt-get install chromium) or set CHROMIUM_PATH.',
    );
  }
}
