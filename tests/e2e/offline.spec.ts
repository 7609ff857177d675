/**
 * After one online visit the whole app works with no network: every screen,
 * deep links, and saving. "Offline" here is real: the browser context is
 * offline AND the server is stopped, so nothing can come from the network.
 */
import { describe, expect, it } from 'vitest';
import { CheckPage } from './page-models/check-page';
import { HomePage } from './page-models/home-page';
import { ReflectPage } from './page-models/reflect-page';
import { ResultsPage } from './page-models/results-page';
import { SetupPage } from './page-models/setup-page';
import {
  expectVisible,
  poll,
  waitForServiceWorkerControl,
  watchErrors,
} from './support/app';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

const ORG = 'Offline Health Trust';
const EVIDENCE = 'Feedback wall in the clinic, reviewed monthly.';
const ACTION = 'Set up a young people’s reference group';

const SERVICE_WORKER_INSTALL_MS = 60_000;

describe('offline', () => {
  it('works with no network after the first visit', async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    const { errors } = watchErrors(page);
    const home = new HomePage(page, suite.baseUrl);

    // First visit, online: the service worker installs and says so.
    await home.goto();
    // Installing means precaching every file (about 2 MB with the PDF
    // fonts): on a busy CI machine that can take a while.
    await expectVisible(
      page.getByText('Voice & Influence is ready to work offline.'),
      SERVICE_WORKER_INSTALL_MS,
    );
    await expectVisible(page.getByRole('button', { name: 'Close' }));
    await waitForServiceWorkerControl(page);

    const id = await seedReflection(
      page,
      suite.baseUrl,
      { organisationName: ORG, levels: ['service', 'system'] },
      [
        {
          cellId: 'service.space',
          rating: 'Established',
          evidence: EVIDENCE,
          action: { text: ACTION, owner: 'Youth lead' },
        },
        { cellId: 'service.voice', rating: 'Starting' },
      ],
    );

    // Offline for real.
    await context.setOffline(true);
    await suite.server.stop();
    expect(suite.server.running).toBe(false);

    // Home, reloaded with no network, still lists the reflection.
    await home.goto();
    expect(await home.cardTitles()).toEqual([ORG]);
    await expectVisible(home.continueLink(ORG));
    await expectVisible(home.card(ORG).getByText('2 of 14 answered'));

    // Set up renders (its code comes from the service worker's cache).
    const setup = new SetupPage(page, suite.baseUrl);
    await setup.goto();
    await expectVisible(setup.submit);

    // Reflect, by deep link: the saved answer, evidence and action are there.
    const reflect = new ReflectPage(page, suite.baseUrl);
    await reflect.goto(id, 'service.space');
    await expectVisible(
      page.getByRole('heading', { level: 1, name: 'Service: Space' }),
    );
    expect(await reflect.checkedRating()).toBe('Established');
    expect(await reflect.evidence.inputValue()).toBe(EVIDENCE);
    expect(await reflect.action(1).text.inputValue()).toBe(ACTION);

    // /r/:id/reflect resumes at the last question visited.
    await reflect.goto(id, 'service.voice');
    await reflect.goto(id);
    await poll(() => reflect.location().cellId).toBe('service.voice');
    expect(await reflect.checkedRating()).toBe('Starting');

    // Check your answers and Results, both by deep link.
    const check = new CheckPage(page, suite.baseUrl);
    await check.goto(id);
    expect(await check.answerText('Service', 'Space')).toContain('Established');
    const results = new ResultsPage(page, suite.baseUrl);
    await results.goto(id);
    expect(await results.rating('Service', 'Space')).toBe('Established');
    expect(await results.rating('Service', 'Voice')).toBe('Starting');
    expect((await results.actions())[0]?.[0]).toBe(ACTION);

    // A change made offline is saved and survives a reload.
    await reflect.goto(id, 'system.influence');
    await reflect.rate("Don't know");
    await reflect.evidence.fill('Written with no network.');
    await reflect.waitForSaved();
    await page.reload();
    await reflect.waitUntilReady('System and community: Influence');
    expect(await reflect.checkedRating()).toBe("Don't know");
    expect(await reflect.evidence.inputValue()).toBe(
      'Written with no network.',
    );
    await results.goto(id);
    expect(await results.rating('System and community', 'Influence')).toBe(
      "Don't know",
    );

    // The whole time, nothing reached the (stopped) server, and the page
    // never threw.
    expect(suite.server.running).toBe(false);
    expect(errors).toEqual([]);
  }, 120_000);
});
