/**
 * The action plan and what results make of it: a new order survives a
 * reload, progress shows on results, an action that does not say how young
 * people will hear what changed is flagged on both screens (until it does),
 * and two reflections of one organisation can be compared from results.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ActionPlanPage } from './page-models/action-plan-page';
import { ComparePage } from './page-models/compare-page';
import { HomePage } from './page-models/home-page';
import { ResultsPage } from './page-models/results-page';
import {
  expectHidden,
  expectVisible,
  poll,
  setChecked,
  tableText,
  watchErrors,
} from './support/app';
import {
  makeAction,
  makeAnswer,
  makeReflection,
  writeRecords,
} from './support/records';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

const ORG = 'Plan Ahead Hospital Trust';
const FIRST = 'Recruit two young governors';
const SECOND = 'Co-design the feedback form with the youth panel';
const THIRD = 'Report back to the youth panel every quarter';
const FLAG_ONE =
  '1 action does not yet say how young people will hear what changed.';

/** A reflection with a three-action plan; only the third lacks feedback. */
async function seeded(page: Page): Promise<string> {
  const reflection = makeReflection({
    organisationName: ORG,
    levels: ['service'],
  });
  const id = reflection.id;
  await new HomePage(page, suite.baseUrl).goto();
  await writeRecords(page, {
    reflections: [reflection],
    answers: [makeAnswer(id, 'service.space', 2)],
    actions: [
      makeAction(id, 0, {
        text: FIRST,
        owner: 'Chair',
        feedbackToYoungPeople: 'At the annual youth conference.',
        cellId: 'service.space',
      }),
      makeAction(id, 1, {
        text: SECOND,
        owner: 'Patient experience lead',
        feedbackToYoungPeople: 'A you said, we did poster in clinics.',
      }),
      makeAction(id, 2, { text: THIRD, owner: 'Youth worker' }),
    ],
  });
  return id;
}

/** The results' actions table as { column heading: cell } rows. */
async function actionRows(
  results: ResultsPage,
): Promise<Record<string, string>[]> {
  const [head = [], ...body] = await tableText(results.actionsTable);
  return body.map((row) =>
    Object.fromEntries(head.map((name, i) => [name, row[i] ?? '(missing)'])),
  );
}

describe('action plan', () => {
  it('keeps a new order after a reload, and results follow it', async () => {
    const page = await suite.newPage();
    const { errors } = watchErrors(page);
    const id = await seeded(page);
    const plan = new ActionPlanPage(page, suite.baseUrl);
    await plan.goto(id);
    expect(await plan.texts()).toEqual([FIRST, SECOND, THIRD]);
    // The first cannot go up, the last cannot go down.
    expect(await plan.item(1).moveUp.isDisabled()).toBe(true);
    expect(await plan.item(3).moveDown.isDisabled()).toBe(true);

    await plan.item(3).moveUp.click();
    await poll(() => plan.texts()).toEqual([FIRST, THIRD, SECOND]);
    await plan.item(1).moveDown.click();
    await poll(() => plan.texts()).toEqual([THIRD, FIRST, SECOND]);
    await plan.waitForSaved();

    await page.reload();
    await plan.waitUntilReady();
    expect(await plan.texts()).toEqual([THIRD, FIRST, SECOND]);
    // Each field moved with its action.
    expect(await plan.item(1).owner.inputValue()).toBe('Youth worker');

    const results = new ResultsPage(page, suite.baseUrl);
    await results.goto(id);
    expect((await results.actions()).map((row) => row[0])).toEqual([
      THIRD,
      FIRST,
      SECOND,
    ]);
    expect(errors).toEqual([]);
  });

  it('shows progress on results once an action is marked Done', async () => {
    const page = await suite.newPage();
    const id = await seeded(page);
    const plan = new ActionPlanPage(page, suite.baseUrl);
    await plan.goto(id);
    const second = plan.item(2);
    expect(await second.status('Not started').isChecked()).toBe(true);
    await setChecked(second.status('Done'));
    await plan.waitForSaved();

    const results = new ResultsPage(page, suite.baseUrl);
    await results.goto(id);
    const rows = await actionRows(results);
    expect(rows.map((r) => r.Action)).toEqual([FIRST, SECOND, THIRD]);
    expect(rows.map((r) => r.Progress)).toEqual([
      'Not started',
      'Done',
      'Not started',
    ]);
    expect(rows.map((r) => r['How young people will hear'])).toEqual([
      'At the annual youth conference.',
      'A you said, we did poster in clinics.',
      'Not set',
    ]);
    expect(rows[0]?.Question).toBe('Service: Space');
    expect(rows[1]?.Question).toBe('General');

    // Still Done after a reload of the plan.
    await plan.goto(id);
    expect(await plan.item(2).status('Done').isChecked()).toBe(true);
  });

  it('flags an action with no word on how young people will hear, on both screens', async () => {
    const page = await suite.newPage();
    const id = await seeded(page);
    const plan = new ActionPlanPage(page, suite.baseUrl);
    await plan.goto(id);
    await expectVisible(plan.item(3).warning);
    expect(await plan.item(1).warning.count()).toBe(0);
    expect(await plan.item(2).warning.count()).toBe(0);

    const results = new ResultsPage(page, suite.baseUrl);
    await results.goto(id);
    await expectVisible(results.actionsSection.getByText(FLAG_ONE));
    await results.actionsSection
      .getByRole('link', { name: 'Edit the action plan' })
      .click();
    await plan.waitUntilReady();

    // Saying how clears the flag, as it is typed.
    await plan.item(3).feedback.fill('In the youth panel newsletter.');
    await expectHidden(plan.item(3).warning);
    await plan.waitForSaved();
    await results.goto(id);
    await expectVisible(results.actionsTable);
    expect(
      await results.actionsSection
        .getByText(/^\d+ actions? do(es)? not yet say/)
        .count(),
    ).toBe(0);

    // Emptying it again brings the flag back on both screens.
    await plan.goto(id);
    await plan.item(1).feedback.fill('');
    await expectVisible(plan.item(1).warning);
    await plan.waitForSaved();
    await results.goto(id);
    await expectVisible(results.actionsSection.getByText(FLAG_ONE));
  });
});

describe('compare over time', () => {
  it('offers the other reflection of the organisation and shows what moved', async () => {
    const page = await suite.newPage();
    const { errors } = watchErrors(page);
    // Last year's reflection, already on the device.
    const earlier = makeReflection({
      organisationName: ORG,
      levels: ['service'],
      date: '2024-03-01',
    });
    await new HomePage(page, suite.baseUrl).goto();
    await writeRecords(page, {
      reflections: [earlier],
      answers: [
        makeAnswer(earlier.id, 'service.space', 1),
        makeAnswer(earlier.id, 'service.voice', 3),
      ],
    });
    // This year's, made through the app.
    const id = await seedReflection(
      page,
      suite.baseUrl,
      { organisationName: ORG, levels: ['service'] },
      [
        { cellId: 'service.space', rating: 'Established' },
        { cellId: 'service.voice', rating: 'Developing' },
      ],
    );

    const results = new ResultsPage(page, suite.baseUrl);
    await results.goto(id);
    const compareSection = page.getByRole('region', {
      name: 'Compare over time',
    });
    const link = compareSection.getByRole('link', {
      name: 'Compare with 1 March 2024',
    });
    await expectVisible(link);
    await link.click();

    const compare = new ComparePage(page, suite.baseUrl);
    await compare.waitUntilReady();
    expect(new URL(page.url()).pathname).toBe(`/compare/${earlier.id}/${id}`);
    expect(await compare.row('Service: Space')).toEqual([
      'Starting',
      'Established',
      'Up 2 steps',
    ]);
    expect(await compare.row('Service: Voice')).toEqual([
      'Established',
      'Developing',
      'Down 1 step',
    ]);
    expect(await compare.row('Service: Audience')).toEqual([
      'Not answered',
      'Not answered',
      'Cannot compare',
    ]);
    const [head] = await tableText(compare.table);
    expect(head?.[1]).toBe('1 March 2024');
    expect(errors).toEqual([]);
  });
});
