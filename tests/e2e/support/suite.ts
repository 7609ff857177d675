/**
 * Per-file set-up: one static server and one Chromium for the whole spec
 * file, a fresh browser context (own IndexedDB, own service worker) per test,
 * and everything closed afterwards even when a test fails.
 */
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { DEFAULT_CONTEXT, launchBrowser } from './browser';
import { startServer, type StaticServer } from './server';

export type Suite = {
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly baseUrl: string;
  /** A new, isolated context, closed after the current test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a new, isolated context, closed after the current test. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
};

export function useBrowserSuite(): Suite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const open: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close().catch(() => {})));
    // A test may have stopped the server to go offline.
    await server?.start();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const suite: Suite = {
    get server() {
      if (!server) throw new Error('Server not started');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Browser not launched');
      return browser;
    },
    get baseUrl() {
      return suite.server.url;
    },
    async newContext(options = {}) {
      const context = await suite.browser.newContext({
        ...DEFAULT_CONTEXT,
        ...options,
      });
      open.push(context);
      return context;
    },
    async newPage(options = {}) {
      const context = await suite.newContext(options);
      return context.newPage();
    },
  };
  return suite;
}
