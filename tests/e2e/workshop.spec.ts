/**
 * Workshop mode on the built app, with the keyboard alone: plan the session,
 * run three questions with the room's votes, reload in the middle, leave
 * back to the same question, and find the room view in the results. Axe
 * passes on the plan, the presenter view and the shortcuts dialog, and the
 * presenter view reads at 1280 × 720 and 1920 × 1080 with no clipped or
 * overlapping text.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ReflectPage } from './page-models/reflect-page';
import { ResultsPage } from './page-models/results-page';
import {
  expectHidden,
  expectVisible,
  poll,
  tabTo,
  tableText,
  watchErrors,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { clippedText, overlappingText } from './support/layout-checks';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();
const ORG = 'Workshop Wellbeing Trust';
const NOTE = 'Leaders showed us the minutes';
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');

function presenter(page: Page) {
  const main = page.getByRole('main');
  return {
    main,
    heading: main.getByRole('heading', { level: 1 }),
    summary: main.getByText(/Middle of the room|No votes counted yet/),
    agreed: (name: string) =>
      main
        .getByRole('radiogroup', { name: /^Agreed rating/ })
        .getByRole('radio', { name: new RegExp(`^${name}`) }),
    note: main.getByRole('textbox', {
      name: /^Why the agreed rating differs/,
    }),
    privateNotes: main.getByRole('textbox', { name: /^Private notes/ }),
  };
}

async function waitForQuestion(page: Page, title: string) {
  const p = presenter(page);
  await expectVisible(p.main.getByRole('heading', { level: 1, name: title }));
  await expectVisible(p.summary);
}

describe('workshop mode', () => {
  it('runs three questions from the keyboard, survives a reload and shows the room view in results', async () => {
    const page = await suite.newPage({
      viewport: { width: 1280, height: 720 },
    });
    const { errors } = watchErrors(page);
    const kb = page.keyboard;
    const id = await seedReflection(page, suite.baseUrl, {
      organisationName: ORG,
      levels: ['service'],
    });
    const reflect = new ReflectPage(page, suite.baseUrl);
    await reflect.goto(id, 'service.space');

    // Into workshop mode: the plan first.
    await tabTo(page, page.getByRole('link', { name: 'Workshop mode' }));
    await kb.press('Enter');
    await expectVisible(
      page.getByRole('heading', { level: 1, name: 'Plan the workshop' }),
    );
    const minutes = page.getByRole('textbox', {
      name: /^Minutes for each question/,
    });
    await tabTo(page, minutes);
    await kb.press('Control+A');
    await kb.type('8');
    const table = page.getByRole('table', {
      name: 'Estimated time for each level',
    });
    await poll(async () => (await tableText(table)).at(-1)).toEqual([
      'Total',
      '7',
      '56 minutes',
    ]);
    await expectNoAxeViolations(page, 'Workshop plan');
    await tabTo(page, page.getByRole('button', { name: 'Start the workshop' }));
    await kb.press('Enter');

    // Question 1: votes 2, 2, 3 → the room's middle is Developing; agreed.
    await waitForQuestion(page, 'Service: Space');
    const p = presenter(page);
    expect(await p.privateNotes.count()).toBe(0);
    await expectNoAxeViolations(page, 'Presenter view');
    for (const key of ['2', '+', '+', '3', '+', '2', 'a']) await kb.press(key);
    await poll(() => p.summary.textContent()).toBe(
      '3 votes. Middle of the room: Developing. Votes range from Developing to Established.',
    );
    await poll(() => p.agreed('Developing').isChecked()).toBe(true);

    // The shortcuts are listed in a dialog, which passes axe.
    await kb.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expectVisible(dialog);
    await expectNoAxeViolations(page, 'Keyboard shortcuts dialog');
    await kb.press('Escape');
    await expectHidden(dialog);

    // Question 2: the room says Starting, the group agrees Established and
    // says why; typing in the note does not trigger shortcuts.
    await kb.press('ArrowRight');
    await waitForQuestion(page, 'Service: Voice');
    for (const key of ['1', '+', '+', '+', '3', 'a']) await kb.press(key);
    await expectVisible(
      p.main.getByText(/The agreed rating is not the middle of the room/),
    );
    await tabTo(page, p.note);
    await kb.type(NOTE);
    await expect.poll(() => p.summary.textContent()).toContain('3 votes');
    await expectVisible(p.main.getByText('Saved', { exact: true }));

    // Reload in the middle of the session: nothing is lost.
    await page.reload();
    await waitForQuestion(page, 'Service: Voice');
    await poll(() => p.summary.textContent()).toBe(
      '3 votes. Middle of the room: Starting.',
    );
    expect(await p.note.inputValue()).toBe(NOTE);
    await poll(() => p.agreed('Established').isChecked()).toBe(true);
    await expectVisible(p.main.getByRole('timer').first());

    // Question 3 (N for next), one vote, agreed Not yet.
    await kb.press('n');
    await waitForQuestion(page, 'Service: Audience');
    for (const key of ['0', '+', 'a']) await kb.press(key);
    await poll(() => p.summary.textContent()).toBe(
      '1 vote. Middle of the room: Not yet.',
    );

    // The facilitator panel holds evidence and private notes.
    await tabTo(
      page,
      p.main.getByRole('button', { name: 'Show facilitator panel' }),
    );
    await kb.press('Enter');
    await expectVisible(p.privateNotes);

    // Leaving returns to the same question in the normal flow.
    await tabTo(page, page.getByRole('link', { name: 'Leave workshop mode' }));
    await kb.press('Enter');
    await reflect.waitUntilReady('Service: Audience');
    expect(reflect.location().cellId).toBe('service.audience');
    expect(await reflect.checkedRating()).toBe('Not yet');

    // Results: the room view.
    const results = new ResultsPage(page, suite.baseUrl);
    await results.goto(id);
    const room = page.getByRole('table', { name: 'Room view' });
    await expectVisible(room);
    expect((await tableText(room)).slice(1)).toEqual([
      [
        'Service: Space',
        '3',
        'Developing to Established',
        'Developing',
        'Developing',
        '',
      ],
      [
        'Service: Voice',
        '3',
        'Starting to Starting',
        'Starting',
        'Established',
        NOTE,
      ],
      [
        'Service: Audience',
        '1',
        'Not yet to Not yet',
        'Not yet',
        'Not yet',
        '',
      ],
    ]);
    await expectNoAxeViolations(page, 'Results with the room view');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])(
    'reads at $width × $height with no clipped or overlapping text',
    async (viewport) => {
      const page = await suite.newPage({ viewport });
      const id = await seedReflection(page, suite.baseUrl, {
        organisationName: ORG,
        levels: ['system'],
      });
      await page.goto(`${suite.baseUrl}/r/${id}/workshop/system.inclusion`);
      await waitForQuestion(page, 'System and community: Inclusion and equity');
      const p = presenter(page);
      for (const key of ['1', '+', '+', '2', '+', '4', '+']) {
        await page.keyboard.press(key);
      }
      await expect.poll(() => p.summary.textContent()).toContain('4 votes');
      await page.evaluate(() => document.fonts.ready);
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({
        path: join(SHOTS, `presenter-${viewport.width}x${viewport.height}.png`),
      });
      // Nothing spills sideways, no text is cut off or sits on other text.
      expect(
        await page.evaluate(
          () =>
            document.documentElement.scrollWidth <=
            document.documentElement.clientWidth,
        ),
      ).toBe(true);
      expect(await clippedText(page)).toEqual([]);
      expect(await overlappingText(page)).toEqual([]);
      // The header's edges line up with the presenter view's.
      const edges = await page.evaluate(() => {
        const box = (selector: string) => {
          const r = document.querySelector(selector)?.getBoundingClientRect();
          return r ? [Math.round(r.left), Math.round(r.right)] : null;
        };
        return {
          header: box('.app-header__inner'),
          main: box('.app-main'),
        };
      });
      expect(edges.header).not.toBeNull();
      expect(edges.header).toEqual(edges.main);
      // Large type for a projector: the statement is well above body size.
      const statementSize = await page
        .locator('.presenter-cell__statement')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(statementSize).toBeGreaterThanOrEqual(
        viewport.width >= 1920 ? 34 : 26,
      );
      // The heading and the statement are on the first screen.
      const statement = await page
        .locator('.presenter-cell__statement')
        .boundingBox();
      expect(
        (statement?.y ?? Infinity) + (statement?.height ?? 0),
      ).toBeLessThan(viewport.height);
      await page.context().close();
    },
  );
});
