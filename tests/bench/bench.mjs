// Benchmark: first-load JavaScript and offline time-to-interactive of Home;
// the Results screen for a full reflection (offline, CPU slowed); and the
// size of the lazy PDF chunk, which Home must not load.
//
//   npm run build && npm run bench
//
// Serves dist/ on 127.0.0.1 (a random port) and drives the system Chromium
// through playwright-core. It prints figures and compares them with the
// targets; it asserts nothing and exits 0 (1 only if it could not run).
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
/** For building the results alone; the bench times the whole screen. */
const TARGET_RESULTS_MS = 100;

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

/**
 * The records of a full reflection, in the app's shapes (src/domain/types.ts,
 * StoredReview in src/domain/merge-reviews.ts): all 4 levels, 28 cells
 * answered with evidence and groups, 20 actions and 50 Champions' reviews
 * that each respond to every cell.
 */
function fullReflection() {
  const levels = ['individual', 'service', 'organisation', 'system'];
  const dimensions = [
    'space',
    'voice',
    'audience',
    'influence',
    'inclusion',
    'safety',
    'embedding',
  ];
  const groups = [
    'mostDeprivedAreas',
    'coastalOrRural',
    'careExperienced',
    'youngCarers',
    'justiceSystem',
    'homelessness',
    'youngParents',
    'raciallyMinoritised',
  ];
  const ratings = [0, 1, 2, 3, 4, 'dontKnow', 2];
  const verdicts = ['agree', 'notSure', 'disagree'];
  const cells = levels.flatMap((l) => dimensions.map((d) => `${l}.${d}`));
  const now = Date.now();
  const id = randomUUID();
  const reflection = {
    id,
    organisationName: 'Bench Full Reflection ICB',
    organisationType: 'icb',
    area: 'Benchshire',
    levels,
    date: '2025-03-01',
    facilitator: 'Bench',
    locale: 'en-GB',
    frameworkVersion: 1,
    status: 'complete',
    lastCellId: cells.at(-1),
    createdAt: now,
    updatedAt: now,
  };
  const answers = cells.map((cellId, i) => ({
    reflectionId: id,
    cellId,
    rating: ratings[i % ratings.length],
    evidence: `Evidence for ${cellId}: ${'what young people told us, and what changed. '.repeat(4)}`,
    examples: `Examples for ${cellId}.`,
    groupsReached: groups.filter((_, g) => (i + g) % 3 === 0),
    privateNotes: '',
    updatedAt: now,
  }));
  const actions = Array.from({ length: 20 }, (_, i) => ({
    id: randomUUID(),
    reflectionId: id,
    cellId: i % 4 === 0 ? null : cells[i],
    text: `Action ${i + 1}: involve young people in the decision on ${cells[i]}`,
    owner: `Owner ${i + 1}`,
    due: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
    status: ['todo', 'doing', 'done'][i % 3],
    feedbackToYoungPeople: i % 5 === 0 ? '' : 'A you said, we did update.',
    order: i,
    createdAt: now + i,
    updatedAt: now + i,
  }));
  const reviews = Array.from({ length: 50 }, (_, r) => ({
    id: randomUUID(),
    reflectionId: id,
    packId: randomUUID(),
    reviewer: `Champion ${r + 1}`,
    locale: 'en-GB',
    responses: cells.map((cellId, c) => ({
      cellId,
      verdict: verdicts[(r + c) % 3],
      rating: (r + c) % 5,
      comment: (r + c) % 4 === 0 ? `Comment ${r + 1} on ${cellId}.` : '',
    })),
    priorities: [cells[r % 28], cells[(r + 7) % 28], cells[(r + 14) % 28]],
    missing: r % 2 ? `Missing, says Champion ${r + 1}.` : '',
    receivedAt: now + r,
  }));
  return { reflection, answers, actions, reviews };
}

/** Writes records straight into the app's IndexedDB (after it made it). */
async function writeRecords(page, records) {
  await page.waitForFunction(
    async () =>
      (await indexedDB.databases()).some(
        (d) => d.name === 'voice-and-influence' && d.version >= 20,
      ),
    null,
    { polling: 50, timeout: 15_000 },
  );
  await page.evaluate(
    (data) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('voice-and-influence');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = Object.keys(data);
          const tx = db.transaction(stores, 'readwrite');
          for (const store of stores) {
            for (const row of data[store]) tx.objectStore(store).put(row);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

/**
 * Records, in the page, when Results is drawn for the full reflection: the
 * ratings grid is visible and "What young people said" shows the 50
 * reviews merged. Keeps watching, so a later in-app visit is timed too
 * (clear window.__resultsReadyAt first).
 */
function markResultsReady() {
  const ready = () => {
    const caption = document.getElementById('results-grid-caption');
    const grid = caption?.closest('table');
    const heading = document.getElementById('champion-view-heading');
    if (!grid || !heading) return false;
    if (grid.getBoundingClientRect().height === 0) return false;
    if (heading.getBoundingClientRect().height === 0) return false;
    return (
      heading.parentElement?.textContent?.includes(
        '50 reviews from Champions',
      ) ?? false
    );
  };
  const check = () => {
    if (window.__resultsReadyAt === undefined && ready()) {
      window.__resultsReadyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  document.addEventListener('DOMContentLoaded', check);
}

/**
 * The Results screen of a full reflection, offline, CPU slowed: (1) loaded
 * by address (navigation start → grid and "What young people said" shown),
 * which includes starting the app; (2) reached in the app from Home, with
 * the screen's code already loaded: IndexedDB reads, the analysis, merging
 * 50 reviews and drawing. Neither is the computation alone.
 */
async function resultsTiming(browser) {
  const server = await serve();
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    let page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(
      () => navigator.serviceWorker.controller !== null,
    );
    const data = fullReflection();
    await writeRecords(page, {
      reflections: [data.reflection],
      answers: data.answers,
      actions: data.actions,
      reviews: data.reviews,
    });
    await page.close();
    const path = `/r/${data.reflection.id}/results`;

    await context.setOffline(true);
    await server.stop();
    await context.addInitScript(markResultsReady);

    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(`${server.url}${path}`);
      await page.waitForFunction(
        () => window.__resultsReadyAt !== undefined,
        null,
        {
          timeout: 60_000,
        },
      );
      const cold = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return { ready: window.__resultsReadyAt, fromSw: nav?.workerStart > 0 };
      });
      // Home, then back to Results inside the app (wouter follows pushState).
      await page.evaluate(() => history.pushState(null, '', '/'));
      await page
        .getByRole('heading', { level: 1, name: 'Your reflections' })
        .waitFor();
      await page.getByRole('heading', { level: 3 }).first().waitFor();
      const inApp = await page.evaluate(async (to) => {
        window.__resultsReadyAt = undefined;
        const start = performance.now();
        history.pushState(null, '', to);
        while (window.__resultsReadyAt === undefined) {
          await new Promise((r) => setTimeout(r, 5));
        }
        return window.__resultsReadyAt - start;
      }, path);
      runs.push({ ...cold, inApp });
      await cdp.detach();
      await page.close();
    }
    return runs;
  } finally {
    await context.close();
    await server.stop();
  }
}

/**
 * The lazy PDF chunks, found by content: the one holding the jsPDF library
 * (its Producer line), the app's chunk that imports it, and everything that
 * chunk imports on demand (the table plugin). Fonts listed apart.
 */
function pdfChunks() {
  const dir = path.join(DIST, 'assets');
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const text = new Map(
    js.map((f) => [f, readFileSync(path.join(dir, f), 'latin1')]),
  );
  const library = js.filter((f) => {
    const t = text.get(f);
    return t.includes('jsPDF') && t.includes('Producer');
  });
  const importers = js.filter(
    (f) =>
      !library.includes(f) &&
      library.some((lib) => text.get(f).includes(`import("./${lib}")`)),
  );
  const lazy = new Set([...library, ...importers]);
  for (const f of importers) {
    for (const m of text.get(f).matchAll(/import\("\.\/([^"]+\.js)"\)/g)) {
      if (js.includes(m[1])) lazy.add(m[1]);
    }
  }
  const role = (f) =>
    library.includes(f)
      ? 'jsPDF library'
      : importers.includes(f)
        ? 'app PDF layout (imports jsPDF)'
        : 'loaded with it';
  const files = [...lazy].map((f) => ({
    path: `/assets/${f}`,
    role: role(f),
    ...gzipSizeOf(`/assets/${f}`),
  }));
  files.sort((a, b) => b.gzip - a.gzip);
  const fontDir = path.join(DIST, 'fonts');
  const fonts = existsSync(fontDir)
    ? readdirSync(fontDir)
        .filter((f) => /\.(ttf|woff2?)$/.test(f))
        .map((f) => ({ path: `/fonts/${f}`, ...gzipSizeOf(`/fonts/${f}`) }))
    : [];
  return { files, fonts };
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

    const results = await resultsTiming(browser);
    const cold = results.map((r) => r.ready);
    const inApp = results.map((r) => r.inApp);
    console.log(
      `Results, full reflection (4 levels, 28 cells with evidence, 20 actions, 50 Champions' reviews), offline, CPU slowed ${CPU_SLOWDOWN}×`,
    );
    console.log(
      '  By address: navigation start → ratings grid and "What young people said" (50 reviews merged) shown; includes starting the app.',
    );
    console.log(
      '  In the app: Home → Results with the screen already loaded once; IndexedDB reads, analysis, merging the reviews and drawing.',
    );
    console.log(
      table(
        [
          ['Run', 'By address ms', 'In the app ms', 'From SW'],
          ...results.map((r, i) => [
            String(i + 1),
            r.ready.toFixed(0),
            r.inApp.toFixed(0),
            r.fromSw ? 'yes' : 'no',
          ]),
          ['Median', median(cold).toFixed(0), median(inApp).toFixed(0), ''],
        ],
        ['l', 'r', 'r', 'l'],
      ),
    );
    console.log('');

    const pdf = pdfChunks();
    const pdfTotal = pdf.files.reduce((s, f) => s + f.gzip, 0);
    const homeLoaded = pdf.files.filter((f) =>
      files.some((h) => h.path === f.path),
    );
    console.log('Lazy PDF code (found by content in dist/assets; gzip -9)');
    console.log(
      table(
        [
          ['File', 'What', 'Raw KB', 'Gzip KB'],
          ...pdf.files.map((f) => [f.path, f.role, kb(f.raw), kb(f.gzip)]),
          [
            'Total',
            '',
            kb(pdf.files.reduce((s, f) => s + f.raw, 0)),
            kb(pdfTotal),
          ],
        ],
        ['l', 'l', 'r', 'r'],
      ),
    );
    console.log(
      `  Fonts fetched with it: ${pdf.fonts.map((f) => `${f.path} (${kb(f.raw)} KB, ${kb(f.gzip)} KB gzip)`).join(', ') || 'none'}`,
    );
    console.log(
      `  Loaded by Home on a first visit: ${
        pdf.files.length === 0
          ? 'cannot tell (no jsPDF chunk found)'
          : homeLoaded.length === 0
            ? 'no'
            : `YES: ${homeLoaded.map((f) => f.path).join(', ')}`
      }\n`,
    );

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
      [
        `Results by address, ${CPU_SLOWDOWN}× CPU (median of ${RUNS})`,
        `${median(cold).toFixed(0)} ms`,
        'none set',
        'whole screen incl. app start',
      ],
      [
        `Results in the app, ${CPU_SLOWDOWN}× CPU (median of ${RUNS})`,
        `${median(inApp).toFixed(0)} ms`,
        `≤ ${TARGET_RESULTS_MS} ms (computing)`,
        median(inApp) <= TARGET_RESULTS_MS
          ? 'within target (upper bound)'
          : 'over; includes reads and drawing',
      ],
      [
        'Lazy PDF code (gzip)',
        `${kb(pdfTotal)} KB`,
        'not on Home',
        pdf.files.length > 0 && homeLoaded.length === 0
          ? 'not loaded by Home'
          : 'LOADED BY HOME',
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
