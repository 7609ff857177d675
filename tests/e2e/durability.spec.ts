/**
 * Durability: another tab's newer schema, a browser mode that cannot save,
 * a full disk, and whether the browser has promised to keep the data.
 */
import { describe, expect, it } from 'vitest';
import { HomePage } from './page-models/home-page';
import { ReflectPage } from './page-models/reflect-page';
import { expectHidden, expectVisible, valueOf } from './support/app';
import { expectNoAxeViolations } from './support/axe';
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
    await expectVisible(
      status.and(page.locator('[data-persistence="denied"]')),
    );
    expect(await status.textContent()).toMatch(/Not protected.*backup file/);
    await expectVisible(
      page.getByRole('link', { name: 'Back up and restore' }),
    );

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

  it('explains a full disk, offers a backup, keeps the typing and saves it once there is space', async () => {
    const page = await suite.newPage();
    // Chromium's own quota cannot be made small enough to refuse one
    // answer (CDP's quota override did not), so the browser's refusal is
    // played here: while the flag is set, every write to the answers store
    // throws QuotaExceededError, as IndexedDB does when the disk is full.
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (sessionStorage.getItem('test:disk-full') && this.name === 'answers')
          throw new DOMException(
            'The quota has been exceeded.',
            'QuotaExceededError',
          );
        return put.apply(this, args);
      };
    });
    const id = await seedReflection(page, suite.baseUrl, {
      organisationName: 'Full Disk ICB',
      organisationType: 'Integrated Care Board',
      levels: ['service'],
    });
    const reflect = new ReflectPage(page, suite.baseUrl);
    await page.evaluate(() => sessionStorage.setItem('test:disk-full', '1'));
    await reflect.evidence.fill('Written while the disk was full');

    const alert = page.getByRole('alert');
    await expectVisible(alert.getByText(/run out of storage space/));
    const backup = alert.getByRole('link', {
      name: 'Back up your reflections to a file',
    });
    await expectVisible(backup);
    await expectNoAxeViolations(page, 'Reflect, disk full');
    expect(await valueOf(reflect.evidence)).toBe(
      'Written while the disk was full',
    );

    // Space is freed; the next change saves everything typed.
    await page.evaluate(() => sessionStorage.removeItem('test:disk-full'));
    await reflect.rate('Starting');
    await expectHidden(alert);
    await page.reload();
    await reflect.waitUntilReady();
    expect(await valueOf(reflect.evidence)).toBe(
      'Written while the disk was full',
    );
    expect(reflect.location().reflectionId).toBe(id);

    // The backup link leads to Back up and restore.
    await page.evaluate(() => sessionStorage.setItem('test:disk-full', '1'));
    await reflect.evidence.fill('Another change');
    await backup.click();
    await expectVisible(
      page.getByRole('heading', { level: 1, name: 'Back up and restore' }),
    );
  });
});
