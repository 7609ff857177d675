/**
 * The whole journey with the keyboard alone: no clicks, fills or checks.
 * Every control is reached with Tab / Shift+Tab and used with Enter, Space
 * and the arrow keys, so a control that is out of the tab order, or that
 * does not respond to the keyboard, fails this spec.
 */
import { describe, expect, it } from 'vitest';
import { CheckPage } from './page-models/check-page';
import { HomePage } from './page-models/home-page';
import { ReflectPage } from './page-models/reflect-page';
import { ResultsPage } from './page-models/results-page';
import { SetupPage } from './page-models/setup-page';
import {
  expectFocused,
  expectVisible,
  poll,
  tabTo,
  watchErrors,
} from './support/app';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

const ORG = 'Keyboard Community Trust';
const EVIDENCE =
  'Youth panel minutes from March show the waiting room redesign.';
const ACTION = 'Ask the youth panel to review the new leaflet';
const OWNER = 'Service manager';
const AUDIENCE_EVIDENCE = 'Not sure who reads the feedback forms.';

describe('keyboard-only journey', () => {
  it('sets up, answers, checks and sees results using only the keyboard', async () => {
    const page = await suite.newPage();
    const { errors } = watchErrors(page);
    const kb = page.keyboard;
    const home = new HomePage(page, suite.baseUrl);
    const setup = new SetupPage(page, suite.baseUrl);
    const reflect = new ReflectPage(page, suite.baseUrl);
    const check = new CheckPage(page, suite.baseUrl);
    const results = new ResultsPage(page, suite.baseUrl);

    // Home → Set up
    await home.goto();
    await tabTo(page, home.startLink);
    await kb.press('Enter');
    // Where focus lands after a navigation is checked in its own test below.
    await setup.waitUntilReady();

    // Set up: text, a radio chosen with the arrow keys, two checkboxes.
    await tabTo(page, setup.organisationName);
    await kb.type(ORG);
    // With nothing chosen, Tab enters a radio group at its first option.
    await tabTo(page, setup.typeRadio('Integrated Care Board'));
    await kb.press('ArrowDown');
    await poll(() =>
      setup.typeRadio('NHS trust or foundation trust').isChecked(),
    ).toBe(true);
    await tabTo(page, setup.area);
    await kb.type('Anytown');
    await tabTo(page, setup.levelCheckbox('service'));
    await kb.press('Space');
    await kb.press('Tab');
    await expectFocused(setup.levelCheckbox('organisation'));
    await kb.press('Space');
    await poll(() => setup.levelCheckbox('service').isChecked()).toBe(true);
    await poll(() => setup.levelCheckbox('organisation').isChecked()).toBe(
      true,
    );
    expect(await setup.levelCheckbox('individual').isChecked()).toBe(false);
    // The date is filled in with today.
    expect(await setup.date.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await tabTo(page, setup.submit);
    await kb.press('Enter');

    // Question 1: Service: Space, rated Developing, evidence and an action.
    await reflect.waitUntilReady('Service: Space');
    await tabTo(page, reflect.rating('Not yet'));
    await kb.press('ArrowDown');
    await kb.press('ArrowDown');
    await poll(() => reflect.checkedRating()).toBe('Developing');
    await reflect.waitForSaved();
    await kb.press('Tab');
    await expectFocused(reflect.evidence);
    await kb.type(EVIDENCE);
    await reflect.waitForSaved();
    await tabTo(page, reflect.addActionButton);
    await kb.press('Enter');
    const action = reflect.action(1);
    await expectVisible(action.group);
    // Focus moves into the new action's first field.
    await expectFocused(action.text);
    await kb.type(ACTION);
    await kb.press('Tab');
    await expectFocused(action.owner);
    await kb.type(OWNER);
    await reflect.waitForSaved();
    await tabTo(page, reflect.nextLink);
    await kb.press('Enter');

    // Question 2: Service: Voice, rated Leading. Moving between questions
    // puts focus on the new question's heading.
    await reflect.waitUntilReady('Service: Voice');
    await expectFocused(reflect.heading);
    await tabTo(page, reflect.rating('Not yet'));
    for (let i = 0; i < 4; i += 1) await kb.press('ArrowDown');
    await poll(() => reflect.checkedRating()).toBe('Leading');
    await reflect.waitForSaved();
    await tabTo(page, reflect.nextLink);
    await kb.press('Enter');

    // Question 3: Service: Audience. Evidence first, then back to the rating
    // with Shift+Tab (which enters an unanswered radio group at its last
    // option) and up one to "Don't know".
    await reflect.waitUntilReady('Service: Audience');
    await expectFocused(reflect.heading);
    await tabTo(page, reflect.evidence);
    await kb.type(AUDIENCE_EVIDENCE);
    await reflect.waitForSaved();
    await tabTo(page, reflect.rating('Not relevant here'), { backwards: true });
    await kb.press('ArrowUp');
    await poll(() => reflect.checkedRating()).toBe("Don't know");
    await reflect.waitForSaved();
    await tabTo(page, reflect.checkAnswersLink);
    await kb.press('Enter');

    // Check your answers
    await check.waitUntilReady();
    const space = await check.answerText('Service', 'Space');
    expect(space).toContain('Developing');
    expect(space).toContain(EVIDENCE);
    expect(space).toContain('1 action');
    expect(await check.answerText('Service', 'Voice')).toContain('Leading');
    expect(await check.answerText('Service', 'Audience')).toContain(
      "Don't know",
    );
    expect(await check.answerText('Organisation', 'Space')).toContain(
      'Not answered',
    );
    await tabTo(page, check.seeResultsLink);
    await kb.press('Enter');

    // Results
    await results.waitUntilReady();
    expect(await results.rating('Service', 'Space')).toBe('Developing');
    expect(await results.rating('Service', 'Voice')).toBe('Leading');
    expect(await results.rating('Service', 'Audience')).toBe("Don't know");
    expect(await results.rating('Service', 'Influence')).toBe('Not answered');
    expect(await results.rating('Organisation', 'Space')).toBe('Not answered');
    expect(await results.findings(results.strengths)).toEqual([
      'Service: Voice: Leading',
    ]);
    expect(await results.findings(results.dontKnow)).toEqual([
      "Service: Audience: Don't know",
    ]);
    const actions = await results.actions();
    expect(actions).toHaveLength(1);
    expect(actions[0]?.[0]).toBe(ACTION);
    expect(actions[0]?.[1]).toBe(OWNER);
    // Columns: action, who, by when, progress, how young people will hear, question.
    expect(actions[0]?.[3]).toBe('Not started');
    expect(actions[0]?.[5]).toBe('Service: Space');

    expect(errors).toEqual([]);
  });

  it('shows the error summary on an empty submit, and its first link moves focus to the field', async () => {
    const page = await suite.newPage();
    const kb = page.keyboard;
    const setup = new SetupPage(page, suite.baseUrl);
    await setup.goto();

    await tabTo(page, setup.submit);
    await kb.press('Enter');

    await expectVisible(setup.errorSummary);
    // The summary takes focus so screen readers announce it.
    await expectFocused(setup.errorSummary);
    expect(await setup.errorSummaryLinks().allTextContents()).toEqual([
      'Enter the organisation name',
      'Select the type of organisation',
      'Select at least one level of decision-making',
    ]);
    // Each message is repeated next to its field, which is marked invalid.
    expect(await setup.organisationName.getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectVisible(
      page
        .getByRole('main')
        .locator('.vi-field__error')
        .filter({ hasText: 'Enter the organisation name' }),
    );

    await kb.press('Tab');
    await expectFocused(setup.errorSummaryLinks().first());
    await kb.press('Enter');
    await expectFocused(setup.organisationName);

    // Typing a name clears that error from the summary.
    await kb.type('Anytown Council');
    await poll(() => setup.errorSummaryLinks().allTextContents()).toEqual([
      'Select the type of organisation',
      'Select at least one level of decision-making',
    ]);
  });

  it("moves focus to the new screen's heading after in-app navigation", async () => {
    // Keyboard and screen-reader users must not be left on <body> (or on a
    // heading that is about to disappear) when the screen changes: WCAG
    // 2.4.3. Each screen after Home is a lazily loaded chunk, so this covers
    // the first visit to a screen, when its code is still loading.
    const page = await suite.newPage();
    const kb = page.keyboard;
    const home = new HomePage(page, suite.baseUrl);
    const setup = new SetupPage(page, suite.baseUrl);
    await home.goto();
    await tabTo(page, home.startLink);
    await kb.press('Enter');
    await setup.waitUntilReady();
    await expectFocused(setup.heading);

    // Back to Home with the header link, then into Set up again (its code
    // is loaded by now).
    await tabTo(page, page.getByRole('link', { name: 'Voice & Influence' }), {
      backwards: true,
    });
    await kb.press('Enter');
    await home.waitUntilReady();
    await expectFocused(home.heading);
  });
});
