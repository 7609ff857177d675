/**
 * Accessibility of the screens that turn results into action: axe (WCAG 2.2
 * A and AA) finds nothing on results with every section filled in, the
 * action plan, export, the printable report, backup (empty, previewing a
 * restore, refusing a file) and compare; the action plan works with the
 * keyboard alone; and on a touch tablet every target is at least 44 × 44.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionPlanPage } from './page-models/action-plan-page';
import { BackupPage } from './page-models/backup-page';
import { ComparePage } from './page-models/compare-page';
import { ExportPage } from './page-models/export-page';
import { HomePage } from './page-models/home-page';
import { ResultsPage } from './page-models/results-page';
import {
  expectFocused,
  expectHidden,
  expectVisible,
  poll,
  tabTo,
  valueOf,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEFAULT_CONTEXT } from './support/browser';
import { typeDate } from './support/date-field';
import { jsonFile, type ChosenFile } from './support/downloads';
import {
  dumpRecords,
  makeAction,
  makeReflection,
  richReflection,
  writeRecords,
  type Records,
  type RichReflection,
} from './support/records';
import { useBrowserSuite } from './support/suite';
import { measureTargets } from './support/targets';

const suite = useBrowserSuite();

const ORG = 'Accessible Action Trust';
const PLAN_ORG = 'Keyboard Plan Council';

const TABLET = {
  ...DEFAULT_CONTEXT,
  viewport: { width: 1024, height: 768 },
  hasTouch: true,
  isMobile: false,
};

/** The rich reflection, and a second with a two-action plan, one flagged. */
function fixture(): { rich: RichReflection; plan: Records; planId: string } {
  const rich = richReflection(ORG);
  const reflection = makeReflection({ organisationName: PLAN_ORG });
  const plan: Records = {
    reflections: [reflection],
    answers: [],
    actions: [
      makeAction(reflection.id, 0, {
        text: 'Set up a youth reference group',
        owner: 'Participation lead',
        due: '2025-05-01',
        status: 'doing',
        feedbackToYoungPeople: 'At the next reference group meeting.',
      }),
      makeAction(reflection.id, 1, {
        text: 'Share the minutes with young people',
        feedbackToYoungPeople: '',
      }),
    ],
    reviews: [],
  };
  return { rich, plan, planId: reflection.id };
}

function all(rich: Records, plan: Records): Records {
  return {
    reflections: [...rich.reflections, ...plan.reflections],
    answers: [...rich.answers, ...plan.answers],
    actions: [...rich.actions, ...plan.actions],
    reviews: [...rich.reviews, ...plan.reviews],
  };
}

/** What each screen shows once it is fully drawn. */
type Screen = {
  name: string;
  open: (page: Page) => Promise<void>;
};

function screens(rich: RichReflection, planId: string): Screen[] {
  const id = rich.reflection.id;
  return [
    {
      name: 'Results (every section)',
      open: async (page) => {
        const results = new ResultsPage(page, suite.baseUrl);
        await results.goto(id);
        await expectVisible(
          page.getByRole('heading', {
            level: 2,
            name: 'What young people said',
          }),
        );
        await expectVisible(page.getByRole('link', { name: /^Compare with / }));
      },
    },
    {
      name: 'Action plan (two actions, one flagged)',
      open: async (page) => {
        const plan = new ActionPlanPage(page, suite.baseUrl);
        await plan.goto(planId);
        await expectVisible(plan.item(2).warning);
      },
    },
    {
      name: 'Export and print',
      open: (page) => new ExportPage(page, suite.baseUrl).goto(id),
    },
    {
      name: 'Report',
      open: (page) => new ExportPage(page, suite.baseUrl).gotoReport(id),
    },
    {
      name: 'Compare',
      open: (page) =>
        new ComparePage(page, suite.baseUrl).goto(rich.earlier.id, id),
    },
  ];
}

let context: BrowserContext;
let page: Page;
let data: ReturnType<typeof fixture>;
let backupFile: ChosenFile;

beforeAll(async () => {
  context = await suite.browser.newContext(DEFAULT_CONTEXT);
  page = await context.newPage();
  data = fixture();
});

afterAll(async () => {
  await context?.close();
});

describe('accessibility of results, plan, export, backup and compare (axe)', () => {
  it('Backup, with nothing on the device', async () => {
    const backup = new BackupPage(page, suite.baseUrl);
    await backup.goto();
    await expectVisible(
      page.getByText('There is nothing on this device to back up yet.'),
    );
    await expectNoAxeViolations(page, 'Backup (empty)');
    // Now fill the device for the screens below.
    await writeRecords(page, all(data.rich, data.plan));
  });

  it('Results, action plan, export, report and compare', async () => {
    for (const screen of screens(data.rich, data.planId)) {
      await screen.open(page);
      await expectNoAxeViolations(page, screen.name);
    }
  });

  it('Backup, with a restore preview shown', async () => {
    const backup = new BackupPage(page, suite.baseUrl);
    await backup.goto();
    const file = await backup.backupEverything();
    backupFile = jsonFile(file.name, file.bytes.toString('utf8'));
    await backup.chooseFile(backupFile);
    await expectVisible(backup.choiceGroup);
    await expectNoAxeViolations(page, 'Backup (restore preview)');
  });

  it('Backup, with an error shown', async () => {
    const backup = new BackupPage(page, suite.baseUrl);
    await backup.goto();
    await backup.chooseFile(
      jsonFile('cut.json', backupFile.buffer.toString('utf8').slice(0, 200)),
    );
    await expectVisible(backup.error);
    await expectNoAxeViolations(page, 'Backup (error)');
  });
});

describe('the action plan with the keyboard alone', () => {
  it('adds an action, fills it in and moves it up', async () => {
    const kb = await suite.newPage();
    await new HomePage(kb, suite.baseUrl).goto();
    await writeRecords(kb, {
      reflections: data.plan.reflections,
      actions: data.plan.actions.slice(0, 1),
    });
    const plan = new ActionPlanPage(kb, suite.baseUrl);
    await plan.goto(data.planId);
    expect(await plan.texts()).toEqual(['Set up a youth reference group']);

    // Add an action: Tab to the button, Enter. Focus lands in its text.
    await tabTo(kb, plan.addButton);
    await kb.keyboard.press('Enter');
    const added = plan.item(2);
    await expectFocused(added.text);
    await kb.keyboard.type('Ask the youth forum to set the agenda');
    await expectVisible(added.warning);

    await kb.keyboard.press('Tab');
    await expectFocused(added.owner);
    await kb.keyboard.type('Chief executive');

    await kb.keyboard.press('Tab');
    await expectFocused(added.due);
    await typeDate(kb, '2025-06-30');
    expect(await valueOf(added.due)).toBe('2025-06-30');

    // Progress: Tab into the radio group (past the date's own parts, which
    // Tab steps through), then an arrow key chooses.
    await tabTo(kb, added.status('Not started'), { max: 6 });
    await kb.keyboard.press('ArrowRight');
    await expectFocused(added.status('In progress'));
    expect(await added.status('In progress').isChecked()).toBe(true);

    await kb.keyboard.press('Tab');
    await expectFocused(added.feedback);
    await kb.keyboard.type('A note in the youth newsletter.');
    await expectHidden(added.warning);
    await plan.waitForSaved();

    // Move it up with Space on "Move action 2 up".
    await tabTo(kb, added.moveUp);
    await kb.keyboard.press('Space');
    await poll(() => plan.texts()).toEqual([
      'Ask the youth forum to set the agenda',
      'Set up a youth reference group',
    ]);
    await plan.waitForSaved();

    // All of it was saved, in the new order.
    const stored = await dumpRecords(kb);
    const mine = stored.actions
      .filter((a) => a.reflectionId === data.planId)
      .sort((a, b) => a.order - b.order);
    expect(
      mine.map((a) => [
        a.text,
        a.owner,
        a.due,
        a.status,
        a.feedbackToYoungPeople,
      ]),
    ).toEqual([
      [
        'Ask the youth forum to set the agenda',
        'Chief executive',
        '2025-06-30',
        'doing',
        'A note in the youth newsletter.',
      ],
      [
        'Set up a youth reference group',
        'Participation lead',
        '2025-05-01',
        'doing',
        'At the next reference group meeting.',
      ],
    ]);
    await kb.reload();
    await plan.waitUntilReady();
    expect(await plan.texts()).toEqual([
      'Ask the youth forum to set the agenda',
      'Set up a youth reference group',
    ]);
    expect(await valueOf(plan.item(1).owner)).toBe('Chief executive');
  });
});

describe('touch targets on a tablet (1024 × 768, touch)', () => {
  it('every target on these screens is at least 44 × 44', async () => {
    const tablet = await suite.newPage(TABLET);
    await new HomePage(tablet, suite.baseUrl).goto();
    await writeRecords(tablet, all(data.rich, data.plan));
    const problems: string[] = [];
    const check = async (name: string) => {
      const targets = await measureTargets(tablet);
      expect(targets.measured, `targets measured on ${name}`).toBeGreaterThan(
        0,
      );
      for (const small of targets.small) problems.push(`${name}: ${small}`);
    };
    for (const screen of screens(data.rich, data.planId)) {
      await screen.open(tablet);
      await check(screen.name);
    }
    const backup = new BackupPage(tablet, suite.baseUrl);
    await backup.goto();
    await check('Backup');
    const file = await backup.backupEverything();
    await backup.chooseFile(jsonFile(file.name, file.bytes.toString('utf8')));
    await expectVisible(backup.choiceGroup);
    await check('Backup (restore preview)');
    expect(
      problems,
      `Targets smaller than 44 × 44:\n  ${problems.join('\n  ')}`,
    ).toEqual([]);
  });
});
