// Shared pieces of the benchmark: settings, a static server, gzip sizes,
// first-load JavaScript and the autosave probe (used for ours and the peer).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const CPU_SLOWDOWN = 4;
/** Timed runs per page-load figure (the median is reported). */
export const RUNS = 5;
/** Keystrokes typed for the autosave figure. */
export const EDITS = 500;
/** Milliseconds between keystrokes (a fast typist). */
export const KEY_DELAY_MS = 40;
export const MANY = 500;

export const kb = (bytes) => (bytes / 1024).toFixed(1);

/**
 * A browser context for one measurement. By default a fresh in-memory
 * context, as every figure uses. With `keptProfile`, a profile kept on disk,
 * as an installed app's is: there Chromium also keeps the compiled code of
 * the scripts the service worker cached, so a later start skips compiling.
 */
export async function openContext(browser, { keptProfile = false } = {}) {
  if (!keptProfile) return browser.newContext({ locale: 'en-GB' });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vi-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: 'en-GB',
  });
  // Removed once the browser has closed (a leftover folder in /tmp is
  // harmless if it is still busy).
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      // Left for the system's temporary-file clean-up.
    }
  };
  return context;
}

/** A built folder over HTTP, as a static host would serve it (SPA fallback). */
export async function serve(dir) {
  const handler = sirv(dir, { single: true, etag: true });
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  const stop = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url, stop };
}

/** The gzip (level 9) size of a built file, from its URL path. */
export function gzipSizeOf(dir, urlPath) {
  const file = path.join(dir, decodeURIComponent(urlPath));
  if (!file.startsWith(dir) || !existsSync(file)) return { raw: 0, gzip: 0 };
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Every JS file a page requests on a first visit to url + '/', until the
 * network is idle and `waitReady(page)` resolves. Service worker requests
 * (its script, its precache downloads) are listed apart.
 */
export async function firstLoadJs(browser, url, dir, waitReady) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const pageScripts = new Set();
  const workerScripts = new Set();
  context.on('request', (request) => {
    const { pathname, origin } = new URL(request.url());
    if (origin !== url || !pathname.endsWith('.js')) return;
    if (request.serviceWorker()) workerScripts.add(pathname);
    else if (pathname === '/sw.js' || /^\/workbox-[^/]+\.js$/.test(pathname))
      workerScripts.add(pathname);
    else pageScripts.add(pathname);
  });
  await page.goto(`${url}/`, { waitUntil: 'networkidle' });
  await waitReady(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...pageScripts].map((p) => ({
    path: p,
    ...gzipSizeOf(dir, p),
  }));
  files.sort((a, b) => b.gzip - a.gzip);
  const worker = [...workerScripts].map((p) => ({
    path: p,
    ...gzipSizeOf(dir, p),
  }));
  return { files, worker };
}

/**
 * One timed page load: a new page in `context` with the CPU slowed, opened
 * at `url` and waited on until the page's init script sets `window[flag]`;
 * then `measure(page)` reads the figures. The page is closed afterwards.
 */
export async function timedLoad(context, url, flag, measure) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url);
    await page.waitForFunction((f) => window[f] !== undefined, flag, {
      timeout: 60_000,
    });
    return await measure(page);
  } finally {
    await cdp.detach();
    await page.close();
  }
}

/** RUNS timed loads (see timedLoad), one after another. */
export async function timedLoads(context, url, flag, measure) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    runs.push(await timedLoad(context, url, flag, measure));
  }
  return runs;
}

/**
 * In a loaded page: milliseconds from moving to `to` inside the app
 * (history.pushState, and a popstate for apps that only listen to that)
 * until `window[flag]` is set again.
 */
export function inAppTime(page, to, flag, { popstate = false } = {}) {
  return page.evaluate(
    async ([path, name, pop]) => {
      window[name] = undefined;
      const start = performance.now();
      history.pushState(null, '', path);
      if (pop) dispatchEvent(new PopStateEvent('popstate'));
      while (window[name] === undefined) {
        await new Promise((r) => setTimeout(r, 5));
      }
      return window[name] - start;
    },
    [to, flag, popstate],
  );
}

/**
 * The offline start of `url`'s home, RUNS times: when `window[flag]` was
 * set, and whether the service worker answered.
 */
export function offlineStarts(context, url, flag) {
  return timedLoads(context, `${url}/`, flag, (page) =>
    page.evaluate(
      (name) => ({
        ready: window[name],
        fromSw: performance.getEntriesByType('navigation')[0]?.workerStart > 0,
      }),
      flag,
    ),
  );
}

/** First visit online; then the service worker controls the page. */
export async function installServiceWorker(page, url) {
  await page.goto(`${url}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Init script: records when each key goes down (capture phase, before the
 * app sees it) and the field's text after it, and when each readwrite
 * transaction on `store` completes with what it put there (as JSON).
 */
export function probeWrites(store) {
  window.__keys = [];
  window.__commits = [];
  addEventListener(
    'keydown',
    () => window.__keys.push({ at: performance.now(), text: null }),
    true,
  );
  addEventListener(
    'input',
    (event) => {
      const key = window.__keys.at(-1);
      if (key && key.text === null) key.text = event.target.value;
    },
    true,
  );
  const wrap = (name) => {
    const original = IDBObjectStore.prototype[name];
    IDBObjectStore.prototype[name] = function (...args) {
      try {
        this.transaction.__payload =
          (this.transaction.__payload ?? '') + JSON.stringify(args[0]);
      } catch {
        // Not JSON-able: nothing to match against.
      }
      return original.apply(this, args);
    };
  };
  wrap('put');
  wrap('add');
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    const names = typeof args[0] === 'string' ? [args[0]] : [...args[0]];
    if (args[1] === 'readwrite' && names.includes(store)) {
      tx.addEventListener('complete', () =>
        window.__commits.push({
          at: performance.now(),
          payload: tx.__payload ?? '',
        }),
      );
    }
    return tx;
  };
}

/**
 * Types EDITS characters into `field` (a page with probeWrites installed),
 * waits for the writes to settle and returns the keystrokes and commits.
 */
export async function typeAndCollect(page, field) {
  const words = 'Young people told us what to change. ';
  const text = words.repeat(Math.ceil(EDITS / words.length)).slice(0, EDITS);
  await field.click();
  await page.evaluate(() => {
    window.__keys = [];
    window.__commits = [];
  });
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  // Settled: the last keystroke's text is in a completed write (or 10 s).
  await page
    .waitForFunction(
      (full) => window.__commits.some((c) => c.payload.includes(full)),
      text,
      { timeout: 10_000, polling: 100 },
    )
    .catch(() => undefined);
  return page.evaluate(() => ({
    keys: window.__keys.filter((k) => k.text !== null),
    commits: window.__commits,
  }));
}
