/**
 * Launches the system Chromium (never a downloaded one) through
 * playwright-core, headless, with the quiet flags the tests rely on.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The context options every spec starts from: British English, UK time. */
export const DEFAULT_CONTEXT: BrowserContextOptions = {
  locale: 'en-GB',
  timezoneId: 'Europe/London',
  viewport: { width: 1280, height: 900 },
  serviceWorkers: 'allow',
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A browser with a real profile directory, so closing and reopening it keeps
 * IndexedDB, the service worker and its caches, like a real user's browser.
 */
export function launchPersistent(
  userDataDir: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ...DEFAULT_CONTEXT,
    ...options,
  });
}

export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `vi-e2e-${prefix}-`));
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** A Chromium that a test can kill outright, as a crash or power-cut would. */
export type KillableBrowser = {
  browser: Browser;
  context: BrowserContext;
  /** SIGKILL to the whole browser: no unload, no shutdown, no flush. */
  kill: () => Promise<void>;
};

/**
 * Starts the system Chromium as our own child process on a profile
 * directory and connects to it over the DevTools protocol, so the test can
 * kill the process itself (playwright's close is a clean shutdown).
 */
export async function launchKillable(
  userDataDir: string,
): Promise<KillableBrowser> {
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--user-data-dir=${userDataDir}`,
      '--remote-debugging-port=0',
      '--lang=en-GB',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not start:\n${output}`)),
      30_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}):\n${output}`));
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium started with no browser context');
  return {
    browser,
    context,
    kill: async () => {
      const exited = new Promise<void>((resolve) =>
        child.once('exit', () => resolve()),
      );
      // The whole process group: the browser and its renderers and
      // storage service, all at once.
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      await exited;
    },
  };
}
