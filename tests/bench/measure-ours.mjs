// Measurements of our app (dist/): offline start of Home, Results of a full
// reflection, Home with many reflections, autosave latency, the lazy PDF code.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CELLS, LEVELS } from './cells.mjs';
import {
  gzipSizeOf,
  inAppTime,
  installServiceWorker,
  MANY,
  offlineStarts,
  openContext,
  probeWrites,
  serve,
  timedLoads,
  typeAndCollect,
} from './common.mjs';

/** The build measured: dist/, or BENCH_DIST (to compare two builds). */
export const DIST = process.env.BENCH_DIST
  ? path.resolve(process.env.BENCH_DIST)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

/** Waits until Home shows its start link (first-load JS). */
export async function homeShown(page) {
  await page.getByRole('link', { name: 'Start a reflection' }).waitFor();
}

/** Creates a reflection through Set up; leaves the page on its first question. */
async function createReflection(page, url) {
  await page.goto(`${url}/new`);
  await page
    .getByRole('textbox', { name: 'Organisation name' })
    .fill('Bench ICB');
  await page
    .getByRole('radio', { name: 'Integrated Care Board' })
    .check({ force: true });
  await page.getByRole('checkbox', { name: /^Service/ }).check({ force: true });
  await page.getByRole('button', { name: 'Start reflecting' }).click();
  await page.waitForURL(/\/reflect\//);
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

/**
 * Home's time to interactive, offline, with the CPU slowed down.
 * `options.keptProfile`: in a profile kept on disk (see openContext).
 */
export async function offlineTti(browser, server, options = {}) {
  const context = await openContext(browser, options);
  const page = await context.newPage();

  // First visit, online: install the service worker, and put one
  // reflection on the device.
  await installServiceWorker(page, server.url);
  await createReflection(page, server.url);
  await page.close();

  // Offline for real: no network in the browser, and no server.
  await context.setOffline(true);
  await server.stop();
  await context.addInitScript(markHomeReady);

  const runs = await offlineStarts(context, server.url, '__homeReadyAt');
  await context.close();
  return runs;
}

/**
 * The records of a full reflection, in the app's shapes (src/domain/types.ts,
 * StoredReview in src/domain/merge-reviews.ts): all 4 levels, 28 cells
 * answered with evidence and groups, 20 actions and 50 Champions' reviews
 * that each respond to every cell.
 */
export function fullReflection() {
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
  const levels = LEVELS;
  const cells = CELLS;
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
export async function writeRecords(page, records) {
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
export function markResultsReady() {
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
export async function resultsTiming(browser) {
  const server = await serve(DIST);
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
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

    return await timedLoads(
      context,
      `${server.url}${path}`,
      '__resultsReadyAt',
      async (loaded) => {
        const cold = await loaded.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          return {
            ready: window.__resultsReadyAt,
            fromSw: nav?.workerStart > 0,
          };
        });
        // Home, then back to Results inside the app (wouter follows pushState).
        await loaded.evaluate(() => history.pushState(null, '', '/'));
        await loaded
          .getByRole('heading', { level: 1, name: 'Your reflections' })
          .waitFor();
        await loaded.getByRole('heading', { level: 3 }).first().waitFor();
        const inApp = await inAppTime(loaded, path, '__resultsReadyAt');
        return { ...cold, inApp };
      },
    );
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
export function pdfChunks() {
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
    ...gzipSizeOf(DIST, `/assets/${f}`),
  }));
  files.sort((a, b) => b.gzip - a.gzip);
  const fontDir = path.join(DIST, 'fonts');
  const fonts = existsSync(fontDir)
    ? readdirSync(fontDir)
        .filter((f) => /\.(ttf|woff2?)$/.test(f))
        .map((f) => ({
          path: `/fonts/${f}`,
          ...gzipSizeOf(DIST, `/fonts/${f}`),
        }))
    : [];
  return { files, fonts };
}

/**
 * Autosave: EDITS keystrokes typed into a question's Evidence field; for
 * each, keydown → the IndexedDB transaction on `answers` holding that text
 * completes. `slowdown` 1 is the CPU as it is.
 */
export async function autosaveOurs(browser, slowdown) {
  const server = await serve(DIST);
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    await context.addInitScript(probeWrites, 'answers');
    await createReflection(page, server.url);
    const evidence = page
      .getByRole('main')
      .getByRole('textbox', { name: 'Evidence', exact: true });
    await evidence.waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    return await typeAndCollect(page, evidence);
  } finally {
    await context.close();
    await server.stop();
  }
}

/** MANY reflections in our shapes, each with 5 answered cells. */
function manyReflections() {
  const now = Date.now();
  const cells = ['service.space', 'service.voice', 'service.audience'];
  const reflections = [];
  const answers = [];
  for (let i = 0; i < MANY; i += 1) {
    const id = randomUUID();
    reflections.push({
      id,
      organisationName: `Bench Trust ${i + 1}`,
      organisationType: 'icb',
      area: 'Benchshire',
      levels: ['service', 'organisation'],
      date: '2025-03-01',
      facilitator: 'Bench',
      locale: 'en-GB',
      frameworkVersion: 1,
      status: 'inProgress',
      lastCellId: cells[0],
      createdAt: now - i * 60_000,
      updatedAt: now - i * 60_000,
    });
    for (const cellId of [
      ...cells,
      'organisation.space',
      'organisation.voice',
    ]) {
      answers.push({
        reflectionId: id,
        cellId,
        rating: i % 5,
        evidence: `Evidence ${i} for ${cellId}.`,
        examples: '',
        groupsReached: [],
        privateNotes: '',
        updatedAt: now - i * 60_000,
      });
    }
  }
  return { reflections, answers };
}

/**
 * Records when Home's list is usable with MANY reflections: its first page
 * of cards drawn and the count ("Showing the 20 most recent of 500").
 * Home draws the newest 20 and more on request, so that is what a person
 * waits for.
 */
function markManyReady(count) {
  const check = () => {
    if (window.__manyReadyAt !== undefined) return;
    const cards = document.querySelectorAll('.reflection-card h3').length;
    const status = document.querySelector('.reflection-list__count');
    if (cards >= 20 && status?.textContent?.includes(String(count))) {
      window.__manyReadyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
}

/**
 * Home with MANY reflections: (1) by address, navigation start → the list
 * usable, which includes starting the app; (2) in the app, from the
 * guidance library back to Home with the code loaded: reading MANY
 * reflections and their answers, and drawing the list.
 */
export async function homeManyOurs(browser) {
  const server = await serve(DIST);
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    await installServiceWorker(page, server.url);
    await writeRecords(page, manyReflections());
    await page.close();
    await context.addInitScript(markManyReady, MANY);
    return await timedLoads(
      context,
      `${server.url}/`,
      '__manyReadyAt',
      async (loaded) => {
        const cold = await loaded.evaluate(() => window.__manyReadyAt);
        await loaded.evaluate(() => history.pushState(null, '', '/guidance'));
        await loaded.getByRole('heading', { level: 1 }).first().waitFor();
        await loaded.waitForFunction(
          () => !document.querySelector('.reflection-card'),
        );
        const inApp = await inAppTime(loaded, '/', '__manyReadyAt');
        return { cold, inApp };
      },
    );
  } finally {
    await context.close();
    await server.stop();
  }
}
