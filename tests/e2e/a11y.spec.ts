/**
 * axe-core finds no WCAG 2.2 A/AA violations on any screen, in the states
 * people actually see: empty and full, clean and with errors, dialogs and
 * disclosures open. One browser context walks through the screens in order.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CheckPage } from './page-models/check-page';
import { HomePage } from './page-models/home-page';
import { ReflectPage } from './page-models/reflect-page';
import { ResultsPage } from './page-models/results-page';
import { SetupPage } from './page-models/setup-page';
import { expectVisible } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEFAULT_CONTEXT } from './support/browser';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();
const ORG = 'Accessible Anytown ICB';

let context: BrowserContext;
let page: Page;
let id = '';

beforeAll(async () => {
  context = await suite.browser.newContext(DEFAULT_CONTEXT);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
});

describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  it('Home, with no reflections', async () => {
    const home = new HomePage(page, suite.baseUrl);
    await home.goto();
    await expectVisible(home.emptyMessage);
    await expectNoAxeViolations(page, 'Home (empty)');
  });

  it('Set up, clean', async () => {
    const setup = new SetupPage(page, suite.baseUrl);
    await setup.goto();
    await expectNoAxeViolations(page, 'Set up (clean)');
  });

  it('Set up, with errors shown', async () => {
    const setup = new SetupPage(page, suite.baseUrl);
    await setup.submit.click();
    await expectVisible(setup.errorSummary);
    await expectNoAxeViolations(page, 'Set up (with errors)');
  });

  it('Reflect, with a rating and an action', async () => {
    id = await seedReflection(
      page,
      suite.baseUrl,
      { organisationName: ORG, levels: ['individual', 'organisation'] },
      [
        {
          cellId: 'individual.space',
          rating: 'Developing',
          evidence: 'Care plans record what matters to the young person.',
          action: { text: 'Audit ten care plans', owner: 'Clinical lead' },
        },
        { cellId: 'individual.voice', rating: 'Leading' },
        { cellId: 'individual.audience', rating: 'Not yet' },
        { cellId: 'organisation.space', rating: "Don't know" },
      ],
    );
    const reflect = new ReflectPage(page, suite.baseUrl);
    await reflect.goto(id, 'individual.space');
    await expectVisible(reflect.action(1).text);
    await expectNoAxeViolations(page, 'Reflect (rating and action)');
  });

  it('Reflect, with "Jump to a question" open', async () => {
    const reflect = new ReflectPage(page, suite.baseUrl);
    await reflect.jumpToggle.click();
    await expectVisible(
      reflect.jumpNav.getByRole('link', { name: 'Embedding' }).first(),
    );
    await expectNoAxeViolations(page, 'Reflect (jump list open)');
  });

  it('Check your answers', async () => {
    const check = new CheckPage(page, suite.baseUrl);
    await check.goto(id);
    await expectNoAxeViolations(page, 'Check your answers');
  });

  it('Results', async () => {
    const results = new ResultsPage(page, suite.baseUrl);
    await results.goto(id);
    await expectVisible(results.actionsTable);
    await expectNoAxeViolations(page, 'Results');
  });

  it('Home, with a reflection', async () => {
    const home = new HomePage(page, suite.baseUrl);
    await home.goto();
    await expectVisible(home.card(ORG));
    await expectNoAxeViolations(page, 'Home (with a reflection)');
  });

  it('Home, with the delete dialog open', async () => {
    const home = new HomePage(page, suite.baseUrl);
    await home.deleteButton(ORG).click();
    await expectVisible(home.deleteDialog);
    await expectVisible(home.keepButton);
    await expectNoAxeViolations(page, 'Delete dialog');
    await home.keepButton.click();
  });

  it('Page not found', async () => {
    await page.goto(`${suite.baseUrl}/no/such/page`);
    await expectVisible(
      page.getByRole('heading', { level: 1, name: 'Page not found' }),
    );
    await expectNoAxeViolations(page, 'Page not found');
  });

  it('A reflection that is not on this device', async () => {
    await page.goto(`${suite.baseUrl}/r/does-not-exist/reflect`);
    await expectVisible(
      page.getByRole('heading', { level: 1, name: 'Reflection not found' }),
    );
    await expectNoAxeViolations(page, 'Missing reflection');
  });
});
