/**
 * A browser with a real profile directory for one test, like a person's own
 * browser: closing it and opening it again (or killing it) keeps IndexedDB,
 * localStorage and the service worker. Closed and removed after each test.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { launchPersistent, makeTempDir, removeDir } from './browser';

export type PersistentProfile = {
  /** The profile directory (made by the first `open`). */
  readonly dir: string;
  /** Starts the browser on the profile (the same one each time). */
  open(): Promise<{ context: BrowserContext; page: Page }>;
  /** Closes the browser cleanly; `open` starts it again on the same profile. */
  close(): Promise<void>;
};

export function usePersistentProfile(prefix: string): PersistentProfile {
  let dir: string | undefined;
  let context: BrowserContext | undefined;

  afterEach(async () => {
    await context?.close().catch(() => {});
    context = undefined;
    await removeDir(dir);
    dir = undefined;
  });

  return {
    get dir() {
      if (!dir) throw new Error('The profile is not open yet');
      return dir;
    },
    async open() {
      dir ??= await makeTempDir(prefix);
      context = await launchPersistent(dir);
      const page = context.pages()[0] ?? (await context.newPage());
      return { context, page };
    },
    async close() {
      await context?.close().catch(() => {});
      context = undefined;
    },
  };
}
