/**
 * Durability: another tab's newer schema, a browser mode that cannot save,
 * and whether the browser has promised to keep the data.
 */
import { describe, expect, it } from 'vitest';
import { HomePage } from './page-models/home-page';
import { ReflectPage } from './page-models/reflect-page';
import { expectVisible } from './support/app';
import { usePersistentProfile } from './support/profile';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

const profile = usePersistentProfile('persist');

describe('durability', () => {
  it('tells an old tab to reload when another tab upgrades the database, after saving its typing', async () => {
    const context = await suite.newContext();
    const a = await context.newPage();
    const id = await seedReflection(a, suite.baseUrl, {
      organisationName: 'Two Tabs Trust',
      organisationType: 'Local council',
    });
    const reflect = new ReflectPage(a, suite.baseUrl);
    await reflect.waitUntilReady('Service: Space');
    const text = 'Typed before the other tab updated';
    await reflect.evidence.fill(text);

    // Tab B runs a newer build: Dexie stores version n as n * 10.
    const b = await context.newPage();
    await b.goto(`${suite.baseUrl}/guidance`);
    const outcome = await b.evaluate(
      ([reflectionId]) =>
        new Promise<{ result: string; evidence?: unknown }>((resolve) => {
          const open = indexedDB.open('voice-and-influence', 1000);
          open.onblocked = () => resolve({ result: 'blocked' });
          open.onerror = () => resolve({ result: 'error' });
          open.onsuccess = () => {
            const db = open.result;
            const get = db
              .transaction('answers')
              .objectStore('answers')
              .get([reflectionId, 'service.space']);
            get.onsuccess = () => {
              db.close();
              const row = get.result as { evidence?: unknown } | undefined;
              resolve({ result: 'opened', evidence: row?.evidence });
            };
          };
        }),
      [id] as const,
    );

    expect(outcome).toEqual({ result: 'opened', evidence: text });
    await expectVisible(
      a.getByText('This app was updated in another tab', { exact: true }),
    );
    await expectVisible(a.getByRole('button', { name: 'Reload' }));
  });

  it('says plainly that this browser mode cannot save, instead of loading forever', async () => {
    const page = await suite.newPage();
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      };
    });
    await page.goto(`${suite.baseUrl}/`);
    await expectVisible(
      page.getByRole('heading', {
        level: 1,
        name: 'This browser cannot save your work',
      }),
    );
    await expectVisible(page.getByText(/normal browser window/));
    expect(await page.getByText('Loading…').count()).toBe(0);
  });

  it('shows whether storage is protected, and points to backup when it is not', async () => {
    const { context: persistent, page } = await profile.open();
    const home = new HomePage(page, suite.baseUrl);
    await home.goto();
    const status = page.getByTestId('storage-status');
    await expectVisible(status.and(page.locator('[data-persistence="denied"]')));
    expect(await status.textContent()).toMatch(/Not protected.*backup file/);
    await expectVisible(page.getByRole('link', { name: 'Back up and restore' }));

    const cdp = await persistent.newCDPSession(page);
    await cdp.send('Browser.grantPermissions', {
      permissions: ['durableStorage'],
      origin: suite.baseUrl,
    });
    await home.goto();
    await expectVisible(
      status.and(page.locator('[data-persistence="granted"]')),
    );
    expect(await status.textContent()).toMatch(/^Protected/);
  });
});
