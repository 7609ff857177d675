/**
 * Accessibility of the Champion co-review screens:
 *
 * 1. axe-core finds no WCAG 2.2 A/AA violations on the share, open, review
 *    and reviews-in screens, in the states people see (clean, with errors,
 *    asking for a passphrase, answered, ready to hand back). The review
 *    screens are walked on a 1024 × 768 touch tablet, where every visible
 *    target must also be at least 44 × 44 CSS px.
 * 2. The whole Champion review can be done with the keyboard alone (Tab,
 *    Shift+Tab, arrows, Space, Enter; no clicks or fills), and each review
 *    screen has one h1, one main landmark and a named pager navigation.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenPage } from './page-models/open-page';
import { ResultsPage } from './page-models/results-page';
import { ReviewPage } from './page-models/review-page';
import { ReviewsInPage } from './page-models/reviews-in-page';
import { SharePage } from './page-models/share-page';
import {
  expectFocused,
  expectVisible,
  poll,
  setChecked,
  tabTo,
  watchErrors,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { DEFAULT_CONTEXT } from './support/browser';
import {
  asFile,
  bytesOfLink,
  makeSummaryPack,
  packBytes,
  readDownload,
  rawPackJson,
  linkFor,
} from './support/packs';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';
import { measureTargets } from './support/targets';

const suite = useBrowserSuite();
const ORG = 'Accessible Review Trust';
const PASSPHRASE = 'seven green kites';

const TABLET = {
  ...DEFAULT_CONTEXT,
  viewport: { width: 1024, height: 768 },
  hasTouch: true,
  isMobile: false,
};

let orgContext: BrowserContext;
let org: Page;
let tabletContext: BrowserContext;
let tablet: Page;
let reflectionId = '';
let summaryLink = '';
let reviewLink = '';

beforeAll(async () => {
  orgContext = await suite.browser.newContext(DEFAULT_CONTEXT);
  org = await orgContext.newPage();
  tabletContext = await suite.browser.newContext(TABLET);
  tablet = await tabletContext.newPage();
  reflectionId = await seedReflection(
    org,
    suite.baseUrl,
    { organisationName: ORG, levels: ['service'] },
    [
      {
        cellId: 'service.space',
        rating: 'Established',
        evidence: 'Young people chose the new clinic opening hours.',
        action: { text: 'Run a second listening event', owner: 'Youth lead' },
      },
      { cellId: 'service.voice', rating: 'Starting' },
    ],
  );
});

afterAll(async () => {
  await orgContext?.close();
  await tabletContext?.close();
});

/** axe, and on the tablet no target under 44 × 44. */
async function checkTabletScreen(screen: string): Promise<void> {
  await expectNoAxeViolations(tablet, screen);
  const targets = await measureTargets(tablet);
  expect(targets.measured).toBeGreaterThan(0);
  expect(
    targets.small,
    `Targets smaller than 44 × 44 on ${screen}:\n  ${targets.small.join('\n  ')}` +
      `\n(Exempt as links in running text:\n  ${targets.exempt.join('\n  ')})`,
  ).toEqual([]);
}

/** One h1, one main landmark, and the pager is a named navigation. */
async function checkReviewStructure(page: Page, screen: string): Promise<void> {
  const counts = await page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main, [role="main"]').length,
  }));
  expect(counts, screen).toEqual({ h1: 1, main: 1 });
  const pager = page.getByRole('navigation', { name: 'Your progress' });
  expect(await pager.count(), `${screen}: the pager navigation`).toBe(1);
  expect(await pager.getByRole('link').count()).toBeGreaterThan(0);
}

describe('co-review accessibility (axe, WCAG 2.2 A and AA; 44 px targets)', () => {
  const share = () => new SharePage(org, suite.baseUrl);
  const open = () => new OpenPage(tablet, suite.baseUrl);
  const review = () => new ReviewPage(tablet, suite.baseUrl);

  it('Share, clean', async () => {
    await share().goto(reflectionId);
    await expectNoAxeViolations(org, 'Share (clean)');
  });

  it('Share, with errors shown', async () => {
    const s = share();
    await setChecked(s.levelCheckbox('Service'), false);
    await s.create({
      passphrase: PASSPHRASE,
      passphraseAgain: 'seven green kits',
      expectErrors: true,
    });
    await expectVisible(s.errorSummary);
    await expectVisible(
      s.errorSummary.getByText('Select at least one level to share'),
    );
    await expectVisible(
      s.errorSummary.getByText('The two passphrases do not match'),
    );
    await expectNoAxeViolations(org, 'Share (with errors)');
  });

  it('Share, ready to hand on', async () => {
    const s = share();
    await setChecked(s.levelCheckbox('Service'));
    await s.passphraseAgain.fill(PASSPHRASE);
    await s.createButton.click();
    await s.waitForPack();
    await expectVisible(s.qrImage);
    summaryLink = await s.linkText();
    await expectNoAxeViolations(org, 'Share (ready)');
  });

  it('Open, empty', async () => {
    await open().goto();
    await checkTabletScreen('Open (empty)');
  });

  it('Open, with an error shown', async () => {
    const o = open();
    await o.openFiles([asFile('notes.vipack', 'Not a pack at all')]);
    await expectVisible(o.results.getByRole('alert'));
    await checkTabletScreen('Open (with an error)');
  });

  it('Open, asking for a passphrase (and after a wrong one)', async () => {
    const o = open();
    await o.openLink(summaryLink);
    await expectVisible(o.passphrase);
    await checkTabletScreen('Open (passphrase)');
    await o.enterPassphrase('not the passphrase');
    await expectVisible(o.wrongPassphrase);
    await checkTabletScreen('Open (wrong passphrase)');
  });

  it('Review, start', async () => {
    const o = open();
    await o.passphrase.fill(PASSPHRASE);
    await o.passphraseSubmit.tap();
    await review().waitForStart(ORG);
    await checkReviewStructure(tablet, 'Review start');
    await checkTabletScreen('Review start');
  });

  it('Review, a question with answers', async () => {
    const r = review();
    await r.startLink.tap();
    await r.waitForCell('Service: Space');
    await r.tapVerdict('No, it does not match');
    await r.tapRating('Developing');
    await r.tapAndType(r.comment, 'We were asked once, then never again.');
    await checkReviewStructure(tablet, 'Review question');
    await checkTabletScreen('Review question (answered)');
  });

  it('Review, what should change first', async () => {
    const r = review();
    const { sessionId } = r.location();
    await r.goto(sessionId, 'priorities');
    await r.waitForScreen('What should change first?');
    await r.tapPriority('Service: Space');
    await checkReviewStructure(tablet, 'Review priorities');
    await checkTabletScreen('Review priorities');
  });

  it("Review, what's missing", async () => {
    const r = review();
    await r.tapNext();
    await r.waitForScreen("What's missing?");
    await r.tapAndType(r.missing, 'Help with travel to appointments.');
    await checkReviewStructure(tablet, 'Review missing');
    await checkTabletScreen("Review what's missing");
  });

  it('Review, your name', async () => {
    const r = review();
    await r.tapNext();
    await r.waitForScreen('Your name (optional)');
    await r.tapAndType(r.name, 'JT');
    await checkReviewStructure(tablet, 'Review about');
    await checkTabletScreen('Review your name');
  });

  it('Review, send it back', async () => {
    const r = review();
    await r.finishLink.tap();
    await r.waitForHandBack();
    await expectVisible(r.qrImage);
    reviewLink = await r.linkText();
    await checkReviewStructure(tablet, 'Review done');
    await checkTabletScreen('Review done');
  });

  it('What young people said, with a review', async () => {
    await org.goto(reviewLink);
    const o = new OpenPage(org, suite.baseUrl);
    await o.waitForOutcomes(1);
    await expectNoAxeViolations(org, 'Open (review added)');
    const reviewsIn = new ReviewsInPage(org, suite.baseUrl);
    await reviewsIn.goto(reflectionId);
    await expectVisible(reviewsIn.card('Service: Space'));
    await expectNoAxeViolations(org, 'What young people said');
    await reviewsIn.removeButton('JT').click();
    await expectVisible(reviewsIn.keepButton);
    await expectNoAxeViolations(org, 'Remove this review? dialog');
    await reviewsIn.keepButton.click();
  });

  it("Results, with the Champions' section", async () => {
    const results = new ResultsPage(org, suite.baseUrl);
    await results.goto(reflectionId);
    await expectVisible(
      org
        .getByRole('region', { name: 'What young people said' })
        .getByText('1 review from Champions.'),
    );
    await expectNoAxeViolations(org, "Results (Champions' section)");
  });
});

describe('co-review with the keyboard only', () => {
  it('does the whole Champion review with Tab, arrows, Space and Enter', async () => {
    // A plain (no passphrase) summary of the seeded reflection's questions.
    const pack = makeSummaryPack({
      organisationName: 'Keyboard Review Council',
      cells: [
        {
          cellId: 'service.space',
          rating: 3,
          evidence: 'Youth panel minutes.',
        },
        { cellId: 'service.voice', rating: 1 },
        { cellId: 'service.audience', rating: 'dontKnow' },
      ],
    });
    const page = await suite.newPage();
    const { errors } = watchErrors(page);
    const kb = page.keyboard;
    const r = new ReviewPage(page, suite.baseUrl);
    await page.goto(linkFor(suite.baseUrl, packBytes(pack)));
    await r.waitForStart('Keyboard Review Council');
    await checkReviewStructure(page, 'start');

    await tabTo(page, r.startLink);
    await kb.press('Enter');
    await r.waitForCell('Service: Space');
    await checkReviewStructure(page, 'Service: Space');
    // Focus moves to the new screen's heading.
    await expectFocused(r.heading);

    // With nothing chosen, Tab enters a radio group at its first option.
    await tabTo(page, r.verdict('Yes, it matches'));
    await kb.press('ArrowDown');
    await kb.press('ArrowDown');
    await poll(() => r.checkedVerdict()).toBe('No, it does not match');
    await tabTo(page, r.rating('Not yet'));
    await kb.press('ArrowDown');
    await poll(() => r.checkedRating()).toBe('Starting');
    await tabTo(page, r.comment);
    await kb.type('Nobody told us what changed.');
    // Shift+Tab goes back into the rating group, at the chosen option.
    await tabTo(page, r.rating('Starting'), { backwards: true });
    await tabTo(page, r.nextLink);
    await kb.press('Enter');

    await r.waitForCell('Service: Voice');
    await checkReviewStructure(page, 'Service: Voice');
    await tabTo(page, r.verdict('Yes, it matches'));
    await kb.press('Space');
    await poll(() => r.checkedVerdict()).toBe('Yes, it matches');
    // Back, to check the first answer is still there, and forward again.
    await tabTo(page, r.backLink);
    await kb.press('Enter');
    await r.waitForCell('Service: Space');
    expect(await r.checkedVerdict()).toBe('No, it does not match');
    expect(await r.checkedRating()).toBe('Starting');
    expect(await r.comment.inputValue()).toBe('Nobody told us what changed.');
    await tabTo(page, r.nextLink);
    await kb.press('Enter');
    await r.waitForCell('Service: Voice');
    expect(await r.checkedVerdict()).toBe('Yes, it matches');
    await tabTo(page, r.nextLink);
    await kb.press('Enter');

    await r.waitForCell('Service: Audience');
    await checkReviewStructure(page, 'Service: Audience');
    await tabTo(page, r.nextLink);
    await kb.press('Enter');

    await r.waitForScreen('What should change first?');
    await checkReviewStructure(page, 'priorities');
    await tabTo(page, r.priority('Service: Space'));
    await kb.press('Space');
    await kb.press('Tab');
    await expectFocused(r.priority('Service: Voice'));
    await kb.press('Space');
    await poll(() => r.priority('Service: Voice').isChecked()).toBe(true);
    expect(await r.priority('Service: Space').isChecked()).toBe(true);
    await expectVisible(r.prioritiesStatus.getByText('2 chosen'));
    await tabTo(page, r.nextLink);
    await kb.press('Enter');

    await r.waitForScreen("What's missing?");
    await checkReviewStructure(page, 'missing');
    await tabTo(page, r.missing);
    await kb.type('Somewhere quiet to wait.');
    await tabTo(page, r.nextLink);
    await kb.press('Enter');

    await r.waitForScreen('Your name (optional)');
    await checkReviewStructure(page, 'about');
    await tabTo(page, r.name);
    await kb.type('KB');
    await tabTo(page, r.finishLink);
    await kb.press('Enter');

    await r.waitForHandBack();
    await checkReviewStructure(page, 'done');
    await tabTo(page, r.link);
    await tabTo(page, r.fileButton);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      kb.press('Enter'),
    ]);
    const file = await readDownload(download);
    const fromFile = JSON.parse(rawPackJson(file.bytes)!) as Record<
      string,
      unknown
    >;
    const fromLink = JSON.parse(
      rawPackJson(bytesOfLink(await r.linkText()))!,
    ) as Record<string, unknown>;
    for (const sent of [fromFile, fromLink]) {
      expect(sent).toMatchObject({
        reviewer: 'KB',
        missing: 'Somewhere quiet to wait.',
        priorities: ['service.space', 'service.voice'],
        responses: [
          {
            cellId: 'service.space',
            verdict: 'disagree',
            rating: 1,
            comment: 'Nobody told us what changed.',
          },
          {
            cellId: 'service.voice',
            verdict: 'agree',
            rating: null,
            comment: '',
          },
        ],
      });
    }
    expect(errors).toEqual([]);
  });
});
