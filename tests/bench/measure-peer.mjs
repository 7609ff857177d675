// The same measurements of the SurveyJS peer (tests/bench/peer), built into
// tests/bench/.peer-dist at bench time.
import { randomUUID } from 'node:crypto';
import { CELLS } from './cells.mjs';
import {
  inAppTime,
  installServiceWorker,
  MANY,
  offlineStarts,
  openContext,
  probeWrites,
  timedLoads,
  typeAndCollect,
} from './common.mjs';

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
  const page = await context.newPage();
  await installServiceWorker(page, server.url);
  await startSurvey(page, server.url);
  await page.close();
  await context.setOffline(true);
  await server.stop();
  await context.addInitScript(markPeerHomeReady);
  const runs = await offlineStarts(context, server.url, '__homeReadyAt');
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
    const page = await context.newPage();
    await installServiceWorker(page, server.url);
    const now = Date.now();
    await writePeer(page, {
      surveys: Array.from({ length: MANY }, (_, i) =>
        surveyRecord(`Bench Trust ${i + 1}`, CELLS.slice(7, 12), now - i),
      ),
    });
    await page.close();
    await context.addInitScript(markPeerManyReady, MANY);
    return await timedLoads(
      context,
      `${server.url}/`,
      '__manyReadyAt',
      (loaded) => loaded.evaluate(() => window.__manyReadyAt),
    );
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
    const page = await context.newPage();
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
    return await timedLoads(
      context,
      `${server.url}${to}`,
      '__resultsReadyAt',
      async (loaded) => {
        const ready = await loaded.evaluate(() => window.__resultsReadyAt);
        await loaded.evaluate(() => {
          history.pushState(null, '', '/');
          dispatchEvent(new PopStateEvent('popstate'));
        });
        await loaded.locator('.peer-card h3').first().waitFor();
        const inApp = await inAppTime(loaded, to, '__resultsReadyAt', {
          popstate: true,
        });
        return { ready, inApp };
      },
    );
  } finally {
    await context.close();
    await server.stop();
  }
}
