// Benchmark: first-load JavaScript and offline time-to-interactive of Home.
//
//   npm run build && npm run bench
//
// Serves dist/ on 127.0.0.1 (a random port) and drives the system Chromium
// through playwright-core. It prints figures and compares them with the
// targets; it asserts nothing and exits 0 (1 only if it could not run).
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const DIST = path.join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const TARGET_JS_KB = 150;
const TARGET_TTI_MS = 1000;
const CPU_SLOWDOWN = 4;
const RUNS = 5;

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const verdict = (ok) => (ok ? 'within target' : 'OVER TARGET');

/** dist/ over HTTP, as a static host would serve it (SPA fallback). */
async function serve() {
  const handler = sirv(DIST, { single: true, etag: true });
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

/** The gzip (level 9) size of a file in dist/, from its URL path. */
function gzipSizeOf(urlPath) {
  const file = path.join(DIST, decodeURIComponent(urlPath));
  if (!file.startsWith(DIST) || !existsSync(file)) return { raw: 0, gzip: 0 };
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function table(rows, align) {
  const widths = rows[0].map((_, i) =>
    Math.max(...rows.map((r) => String(r[i]).length)),
  );
  const line = (r) =>
    r
      .map((cell, i) =>
        align[i] === 'r'
          ? String(cell).padStart(widths[i])
          : String(cell).padEnd(widths[i]),
      )
      .join('  ');
  const out = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows.slice(1)) out.push(line(r));
  return out.join('\n');
}

/** Every JS file the page requests on a first visit to Home, until idle. */
async function firstLoadJs(browser, url) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const pageScripts = new Set();
  const workerScripts = new Set();
  context.on('request', (request) => {
    const { pathname, origin } = new URL(request.url());
    if (origin !== url || !pathname.endsWith('.js')) return;
    // Requests made by the service worker (its own script and its precache
    // downloads) happen in the background and do not hold up Home.
    if (request.serviceWorker()) workerScripts.add(pathname);
    else if (pathname === '/sw.js' || /^\/workbox-[^/]+\.js$/.test(pathname))
      workerScripts.add(pathname);
    else pageScripts.add(pathname);
  });
  await page.goto(`${url}/`, { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: 'Start a reflection' }).waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...pageScripts].map((p) => ({ path: p, ...gzipSizeOf(p) }));
  files.sort((a, b) => b.gzip - a.gzip);
  const worker = [...workerScripts].map((p) => ({ path: p, ...gzipSizeOf(p) }));
  return { files, worker };
}

/** Records, in the page, when Home is usable: start link and list shown. */
function markHomeReady() {
  const ready = () => {
    const start = [...document.querySelectorAll('main a')].find(
      (a) => a.textContent?.trim() === 'Start a reflection',
    );
    if (!start || start.getBoundingClientRect().height === 0) return false;
    const list = document.querySelector(
      '[aria-labelledby="reflection-list-title"]',
    );
    return Boolean(list && list.querySelector('h3'));
  };
  const check = () => {
    if (window.__homeReadyAt !== undefined) return;
    if (ready()) {
      window.__homeReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
}

/** Home's time to interactive, offline, with the CPU slowed down. */
async function offlineTti(browser, server) {
  const context = await browser.newContext({ locale: 'en-GB' });
  let page = await context.newPage();

  // First visit, online: install the service worker, then reload so it
  // controls the page, and put one reflection on the device.
  await page.goto(`${server.url}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto(`${server.url}/new`);
  await page
    .getByRole('textbox', { name: 'Organisation name' })
    .fill('Bench ICB');
  await page
    .getByRole('radio', { name: 'Integrated Care Board' })
    .check({ force: true });
  await page.getByRole('checkbox', { name: /^Service/ }).check({ force: true });
  await page.getByRole('button', { name: 'Start reflecting' }).click();
  await page.waitForURL(/\/reflect\//);
  await page.close();

  // Offline for real: no network in the browser, and no server.
  await context.setOffline(true);
  await server.stop();
  await context.addInitScript(markHomeReady);

  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => window.__homeReadyAt !== undefined, null, {
      timeout: 30_000,
    });
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        ready: window.__homeReadyAt,
        fcp: paint?.startTime ?? NaN,
        fromSw: nav?.workerStart > 0,
      };
    });
    runs.push(timing);
    await cdp.detach();
    await page.close();
  }
  await context.close();
  return runs;
}

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error('No dist/index.html: run "npm run build" first.');
    process.exit(1);
  }
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  try {
    console.log(
      `Voice & Influence benchmark (dist/ served at ${server.url})\n`,
    );

    const { files, worker } = await firstLoadJs(browser, server.url);
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    const totalRaw = files.reduce((sum, f) => sum + f.raw, 0);
    console.log(
      'First-load JavaScript for Home (first visit, until network idle; gzip -9)',
    );
    console.log(
      table(
        [
          ['File', 'Raw KB', 'Gzip KB'],
          ...files.map((f) => [f.path, kb(f.raw), kb(f.gzip)]),
          ['Total', kb(totalRaw), kb(total)],
        ],
        ['l', 'r', 'r'],
      ),
    );
    const swScripts = worker.filter((f) => !f.path.startsWith('/assets/'));
    const precache = worker.filter((f) => f.path.startsWith('/assets/'));
    const sum = (list) => kb(list.reduce((s, f) => s + f.gzip, 0));
    console.log(
      `Not counted (the service worker fetches these in the background, after Home is up):\n` +
        `  service worker scripts: ${swScripts.map((f) => f.path).join(', ') || 'none'} (${sum(swScripts)} KB gzip)\n` +
        `  precached JavaScript: ${precache.length} files (${sum(precache)} KB gzip)\n`,
    );

    const runs = await offlineTti(browser, server);
    const ready = runs.map((r) => r.ready);
    const fcp = runs.map((r) => r.fcp);
    console.log(
      `Home, offline (service worker), CPU slowed ${CPU_SLOWDOWN}×: navigation start → "Start a reflection" visible and the list rendered`,
    );
    console.log(
      table(
        [
          ['Run', 'Interactive ms', 'First paint ms', 'From SW'],
          ...runs.map((r, i) => [
            String(i + 1),
            r.ready.toFixed(0),
            Number.isNaN(r.fcp) ? '-' : r.fcp.toFixed(0),
            r.fromSw ? 'yes' : 'no',
          ]),
          [
            'Median',
            median(ready).toFixed(0),
            median(fcp.filter((v) => !Number.isNaN(v))).toFixed(0),
            '',
          ],
        ],
        ['l', 'r', 'r', 'l'],
      ),
    );
    console.log('');

    const summary = [
      ['Measure', 'Result', 'Target', 'Verdict'],
      [
        'First-load JS (gzip)',
        `${kb(total)} KB`,
        `≤ ${TARGET_JS_KB} KB`,
        verdict(total / 1024 <= TARGET_JS_KB),
      ],
      [
        `Offline TTI, ${CPU_SLOWDOWN}× CPU (median of ${RUNS})`,
        `${median(ready).toFixed(0)} ms`,
        `≤ ${TARGET_TTI_MS} ms`,
        verdict(median(ready) <= TARGET_TTI_MS),
      ],
    ];
    console.log('Summary');
    console.log(table(summary, ['l', 'r', 'r', 'l']));
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
