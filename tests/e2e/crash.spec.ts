/**
 * Crash safety: an answer typed just before the browser is killed, or the
 * page is closed, is there when the app opens again.
 */
import { describe, expect, it } from 'vitest';
import { ReflectPage } from './page-models/reflect-page';
import { waitForServiceWorkerControl } from './support/app';
import { killProfile } from './support/kill';
import { usePersistentProfile } from './support/profile';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

const profile = usePersistentProfile('crash');

describe('crash safety', () => {
  it('keeps an answer typed just before the browser process is killed', async () => {
    let { page } = await profile.open();
    const id = await seedReflection(page, suite.baseUrl, {
      organisationName: 'Crash Test Trust',
      organisationType: 'Local council',
    });
    // Let the first visit's precache finish, so the relaunch is not slow.
    await waitForServiceWorkerControl(page);
    const reflect = new ReflectPage(page, suite.baseUrl);
    await reflect.waitUntilReady('Service: Space');

    const saved = 'Saved before the crash.';
    await reflect.evidence.pressSequentially(saved);
    await reflect.waitForSaved();
    const text = `${saved} Typed as the browser crashed`;
    await reflect.evidence.pressSequentially(text.slice(saved.length));
    // No waiting for "Saved": kill the whole browser at once.
    expect(await killProfile(profile.dir)).toBeGreaterThan(0);
    await profile.close();

    ({ page } = await profile.open());
    const again = new ReflectPage(page, suite.baseUrl);
    await again.goto(id, 'service.space');
    const found = await again.evidence.inputValue();
    // Everything shown as saved survives, and what follows is the typing up
    // to the kill, never garbled: keys pressed in the last few milliseconds
    // before a SIGKILL may not have reached the disk (see the report).
    expect(found.startsWith(saved)).toBe(true);
    expect(text.startsWith(found)).toBe(true);
  });

  it('keeps an answer typed just before the page is closed', async () => {
    const context = await suite.newContext();
    let page = await context.newPage();
    const id = await seedReflection(page, suite.baseUrl, {
      organisationName: 'Closed Tab Council',
      organisationType: 'Local council',
    });
    const reflect = new ReflectPage(page, suite.baseUrl);
    await reflect.waitUntilReady('Service: Space');
    const text = 'Typed and the tab closed';
    await reflect.evidence.fill(text);
    await page.close({ runBeforeUnload: true });

    page = await context.newPage();
    const again = new ReflectPage(page, suite.baseUrl);
    await again.goto(id, 'service.space');
    expect(await again.evidence.inputValue()).toBe(text);
  });
});
