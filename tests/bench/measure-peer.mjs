// The same measurements of the SurveyJS peer (tests/bench/peer), built into
// tests/bench/.peer-dist at bench time.
import { randomUUID } from 'node:crypto';
import {
  CPU_SLOWDOWN,
  installServiceWorker,
  MANY,
  openContext,
  probeWrites,
  RUNS,
  typeAndCollect,
} from './common.mjs';

const LEVELS = ['individual', 'service', 'organisation', 'system'];
const DIMENSIONS = [
  'space',
  'voice',
  'audience',
  'influence',
  'inclusion',
  'safety',
  'embedding',
];
const CELLS = LEVELS.flatMap((l) => DIMENSIONS.map((d) => `${l}.${d}`));

export async function peerHomeShown(page) {
  await page.getByRole('link', { name: 'Start a reflection' }).waitFor();
}

/** Writes records into the peer's IndexedDB (after the peer made it). */
async function writePeer(page, records) {
  await page.waitForFunction(
    async () =>
      (await indexedDB.databases()).some((d) => d.name === 'peer-survey'),
    null,
    { polling: 50, timeout: 15_000 },
  );
  await page.evaluate(
    (data) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('peer-survey');
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

function surveyRecord(name, cells, at) {
  const data = {};
  cells.forEach((cell, i) => {
    data[`${cell}.rating`] = i % 5;
    data[`${cell}.evidence`] =
      `Evidence for ${cell}: ${'what young people told us, and what changed. '.repeat(4)}`;
  });
  return { id: randomUUID(), name, data, updatedAt: at };
}

/** Opens a new survey; resolves when its first Evidence box is shown. */
async function startSurvey(page, url) {
  await page.goto(`${url}/s/new`);
  const evidence = page.locator('textarea').first();
  await evidence.waitFor();
  return evidence;
}

function markPeerHomeReady() {
  const check = () => {
    if (window.__homeReadyAt !== undefined) return;
    const start = [...document.querySelectorAll('main a')].find(
      (a) => a.textContent?.trim() === 'Start a reflection',
    );
    if (start && document.querySelector('.peer-card h3')) {
      window.__homeReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** The peer's Home, offline (its service worker), CPU slowed; see offlineTti. */
export async function offlineTtiPeer(browser, server, options = {}) {
  const context = await openContext(browser, options);
  let page = await context.newPage();
  await installServiceWorker(page, server.url);
  await startSurvey(page, server.url);
  await page.close();
  await context.setOffline(true);
  await server.stop();
  await context.addInitScript(markPeerHomeReady);
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => window.__homeReadyAt !== undefined, null, {
      timeout: 60_000,
    });
    runs.push(
      await page.evaluate(() => ({
        ready: window.__homeReadyAt,
        fromSw: performance.getEntriesByType('navigation')[0]?.workerStart > 0,
      })),
    );
    await cdp.detach();
    await page.close();
  }
  await context.close();
  return runs;
}

/** Autosave in the peer: the first cell's comment box, every keystroke. */
export async function autosavePeer(browser, serve, slowdown) {
  const server = await serve();
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    await context.addInitScript(probeWrites, 'surveys');
    const page = await context.newPage();
    const evidence = await startSurvey(page, server.url);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    return await typeAndCollect(page, evidence);
  } finally {
    await context.close();
    await server.stop();
  }
}

function markPeerManyReady(count) {
  const check = () => {
    if (window.__manyReadyAt !== undefined) return;
    if (document.querySelectorAll('.peer-card h3').length >= count) {
      window.__manyReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** The peer's Home with MANY saved surveys (5 cells answered each). */
export async function homeManyPeer(browser, serve) {
  const server = await serve();
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    let page = await context.newPage();
    await installServiceWorker(page, server.url);
    const now = Date.now();
    await writePeer(page, {
      surveys: Array.from({ length: MANY }, (_, i) =>
        surveyRecord(`Bench Trust ${i + 1}`, CELLS.slice(7, 12), now - i),
      ),
    });
    await page.close();
    await context.addInitScript(markPeerManyReady, MANY);
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(`${server.url}/`);
      await page.waitForFunction(
        () => window.__manyReadyAt !== undefined,
        null,
        {
          timeout: 60_000,
        },
      );
      runs.push(await page.evaluate(() => window.__manyReadyAt));
      await cdp.detach();
      await page.close();
    }
    return runs;
  } finally {
    await context.close();
    await server.stop();
  }
}

function markPeerResultsReady() {
  const check = () => {
    if (window.__resultsReadyAt !== undefined) return;
    const rows = document.querySelectorAll('#peer-results tbody tr').length;
    const said = document.getElementById('peer-reviews')?.textContent ?? '';
    if (rows === 28 && said.includes('50 reviews')) {
      window.__resultsReadyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
}

/**
 * The peer's results for a full survey (28 ratings and evidence) with 50
 * reviews, offline, CPU slowed: by address, and in the app from Home.
 */
export async function resultsPeer(browser, serve) {
  const server = await serve();
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    let page = await context.newPage();
    await installServiceWorker(page, server.url);
    const survey = surveyRecord('Bench Full Survey', CELLS, Date.now());
    const verdicts = ['agree', 'notSure', 'disagree'];
    const reviews = Array.from({ length: 50 }, (_, r) => ({
      id: randomUUID(),
      surveyId: survey.id,
      reviewer: `Champion ${r + 1}`,
      responses: CELLS.map((cellId, c) => ({
        cellId,
        verdict: verdicts[(r + c) % 3],
        rating: (r + c) % 5,
        comment: (r + c) % 4 === 0 ? `Comment ${r + 1} on ${cellId}.` : '',
      })),
    }));
    await writePeer(page, { surveys: [survey], reviews });
    await page.close();
    const to = `/s/${survey.id}/results`;
    await context.setOffline(true);
    await server.stop();
    await context.addInitScript(markPeerResultsReady);
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(`${server.url}${to}`);
      await page.waitForFunction(
        () => window.__resultsReadyAt !== undefined,
        null,
        {
          timeout: 60_000,
        },
      );
      const ready = await page.evaluate(() => window.__resultsReadyAt);
      await page.evaluate(() => {
        history.pushState(null, '', '/');
        dispatchEvent(new PopStateEvent('popstate'));
      });
      await page.locator('.peer-card h3').first().waitFor();
      const inApp = await page.evaluate(async (path) => {
        window.__resultsReadyAt = undefined;
        const start = performance.now();
        history.pushState(null, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
        while (window.__resultsReadyAt === undefined) {
          await new Promise((r) => setTimeout(r, 5));
        }
        return window.__resultsReadyAt - start;
      }, to);
      runs.push({ ready, inApp });
      await cdp.detach();
      await page.close();
    }
    return runs;
  } finally {
    await context.close();
    await server.stop();
  }
}
