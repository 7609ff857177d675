/**
 * A new version never reloads the page by itself: the user is told and
 * chooses when, and taking it loses nothing, not even the last keystrokes. Build N is served, then "build N+1" (the same app with a
 * service worker whose bytes differ) replaces it at the same origin.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ReflectPage } from './page-models/reflect-page';
import { SetupPage } from './page-models/setup-page';
import {
  expectHidden,
  expectVisible,
  poll,
  waitForServiceWorkerControl,
  watchErrors,
} from './support/app';
import { makeTempDir, removeDir } from './support/browser';
import { seedReflection } from './support/seed';
import { DIST_DIR } from './support/server';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

/** Installing precaches every file (about 2 MB); CI machines can be slow. */
const SERVICE_WORKER_INSTALL_MS = 60_000;

let nextBuild: string | undefined;

afterEach(async () => {
  suite.server.setRoot(DIST_DIR);
  await removeDir(nextBuild);
  nextBuild = undefined;
});

/**
 * Copies dist/ and changes sw.js: a comment makes its bytes differ, and a
 * message handler lets the test ask the controlling worker which build it is.
 */
async function makeNextBuild(label: string): Promise<string> {
  const dir = await makeTempDir('build-next');
  await cp(DIST_DIR, dir, { recursive: true });
  const sw = path.join(dir, 'sw.js');
  const source = await readFile(sw, 'utf8');
  await writeFile(
    sw,
    `${source}\n// e2e: ${label}\n` +
      `self.addEventListener('message', (event) => {\n` +
      `  if (event.data === 'e2e:which-build') event.ports[0]?.postMessage(${JSON.stringify(label)});\n` +
      `});\n`,
  );
  return dir;
}

/** Asks the controlling service worker which test build it is ('' if it does not say). */
function controllerBuild(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) {
          resolve('no controller');
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        controller.postMessage('e2e:which-build', [channel.port2]);
        setTimeout(() => resolve(''), 1_000);
      }),
  );
}

describe('update prompt', () => {
  it('offers a new version without reloading, and updates when asked', async () => {
    const page = await suite.newPage();
    const { errors } = watchErrors(page);
    await page.goto(`${suite.baseUrl}/`);
    await waitForServiceWorkerControl(page);
    expect(await controllerBuild(page)).toBe('');

    const id = await seedReflection(page, suite.baseUrl, {
      organisationName: 'Update Test Charity',
      organisationType: 'Charity or community organisation',
    });
    const reflect = new ReflectPage(page, suite.baseUrl);
    await reflect.rate('Starting');
    const typed = 'Typed before the new version arrived.';
    await reflect.evidence.fill(typed);
    await reflect.waitForSaved();

    // Anything that reloads the page loses this marker.
    await page.evaluate(() => {
      (window as unknown as { e2eMarker: string }).e2eMarker = 'still here';
    });
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });

    // Publish build N+1 and let the app find it.
    nextBuild = await makeNextBuild('N+1');
    suite.server.setRoot(nextBuild);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) throw new Error('No service worker registration');
      await registration.update();
    });

    const prompt = page.getByRole('region', {
      name: 'A new version of Voice & Influence is ready.',
    });
    await expectVisible(
      prompt.getByText('A new version of Voice & Influence is ready.'),
    );
    const updateNow = prompt.getByRole('button', { name: 'Update now' });
    await expectVisible(updateNow);
    await expectVisible(prompt.getByRole('button', { name: 'Later' }));

    // The new worker is waiting; the page has not reloaded by itself and
    // still shows what was typed, under the old worker.
    expect(
      await page.evaluate(
        async () =>
          (await navigator.serviceWorker.getRegistration())?.waiting?.state,
      ),
    ).toBe('installed');
    expect(
      await page.evaluate(
        () => (window as unknown as { e2eMarker?: string }).e2eMarker,
      ),
    ).toBe('still here');
    expect(navigations).toBe(0);
    expect(await reflect.evidence.inputValue()).toBe(typed);
    expect(await controllerBuild(page)).toBe('');

    // More typing, and "Update now" at once, before "Saved" can show: the
    // page reloads once, under the new worker, and nothing typed is lost.
    const typedLast = `${typed} More, typed just before updating.`;
    await reflect.evidence.fill(typedLast);
    await updateNow.click();
    await poll(() =>
      page
        .evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)
        .catch(() => 'navigating'),
    ).toBeUndefined();
    expect(navigations).toBeGreaterThanOrEqual(1);
    await reflect.waitUntilReady('Service: Space');
    await poll(() => controllerBuild(page)).toBe('N+1');
    expect(reflect.location().reflectionId).toBe(id);
    expect(await reflect.evidence.inputValue()).toBe(typedLast);
    expect(await reflect.checkedRating()).toBe('Starting');
    await expectHidden(
      page.getByText('A new version of Voice & Influence is ready.'),
    );
    expect(errors).toEqual([]);
  });

  it('floats over the page: its arrival moves nothing and it never hides the focused control', async () => {
    const page = await suite.newPage({ viewport: { width: 320, height: 640 } });
    const { errors } = watchErrors(page);
    const setup = new SetupPage(page, suite.baseUrl);
    await setup.goto();
    const message = 'Voice & Influence is ready to work offline.';
    const toast = page.getByRole('region', { name: message });
    await expectVisible(toast.getByText(message), SERVICE_WORKER_INSTALL_MS);
    await page.evaluate(() => document.fonts.ready);

    const headingTop = () =>
      page.evaluate(() => {
        window.scrollTo(0, 0);
        return document.querySelector('main h1')?.getBoundingClientRect().top;
      });
    const shownTop = await headingTop();
    expect(shownTop).toBeDefined();

    // Scrolled to the end, the footer sits clear of the message.
    const region = await toast.elementHandle();
    const clearance = await page.evaluate((shown) => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const footer = document.querySelector('footer');
      if (!footer || !shown) return null;
      return (
        shown.getBoundingClientRect().top -
        footer.getBoundingClientRect().bottom
      );
    }, region);
    expect(clearance).not.toBeNull();
    expect(clearance).toBeGreaterThanOrEqual(0);

    // Every control reached with Tab is scrolled into view clear of the
    // message: at least a touch target's height of it shows above it (a
    // tall checkbox label may run on under it, its box and name in view).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('body').focus();
    const hidden: string[] = [];
    let reached = 0;
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      const problem = await page.evaluate((region) => {
        const focused = document.activeElement;
        if (!focused || focused === document.body) return 'none';
        if (!region || region.contains(focused)) return 'none';
        // A visually hidden radio or checkbox shows as its label.
        const shown = focused.closest('label') ?? focused;
        const a = shown.getBoundingClientRect();
        const clear = Math.min(a.bottom, region.getBoundingClientRect().top);
        const showing = clear - Math.max(a.top, 0);
        return showing >= Math.min(a.height, 44) - 1
          ? 'clear'
          : `${focused.tagName} "${shown.textContent?.trim().slice(0, 40)}"`;
      }, region);
      if (problem === 'clear') reached += 1;
      else if (problem !== 'none') hidden.push(problem);
    }
    expect(hidden).toEqual([]);
    expect(reached).toBeGreaterThan(10);

    // Closing it moves nothing either.
    await toast.getByRole('button', { name: 'Close' }).click();
    await expectHidden(toast);
    expect(await headingTop()).toBe(shownTop);
    expect(errors).toEqual([]);
  });
});
