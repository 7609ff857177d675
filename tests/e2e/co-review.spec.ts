/**
 * Champion co-review, end to end, with two browser contexts as two devices:
 * the organisation's laptop (the facilitator) and a young person's touch
 * tablet (the Champion). A summary goes out by link, file or QR code, the
 * Champion reviews it (offline, with reloads), and the review comes back and
 * stands beside the organisation's own answers.
 *
 * Throughout, the facilitator's private notes and name must never reach the
 * Champion: not in the pack, not on any screen, not in the tablet's storage.
 */
import { randomUUID } from 'node:crypto';
import type {
  BrowserContext,
  BrowserContextOptions,
  Page,
} from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { OpenPage } from './page-models/open-page';
import { ResultsPage } from './page-models/results-page';
import { ReviewPage } from './page-models/review-page';
import { ReviewsInPage } from './page-models/reviews-in-page';
import { SharePage } from './page-models/share-page';
import {
  expectHidden,
  expectVisible,
  pageContent,
  poll,
  storeCounts,
  storedContent,
  storedRow,
  waitForServiceWorkerControl,
  watchErrors,
} from './support/app';
import { DEFAULT_CONTEXT } from './support/browser';
import {
  asFile,
  bytesOfLink,
  decodeQrDataUrl,
  incompressibleText,
  isEncrypted,
  makeReviewPack,
  packBytes,
  rawPackJson,
} from './support/packs';
import { seedReflection, writePrivateNotes } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

const ORG = 'Riverside Children’s Health Trust';
const FACILITATOR = `Facilitator ${randomUUID().slice(0, 8)}`;
const MARKER = `PRIVATE-NOTE-${randomUUID()}`;
const SPACE_EVIDENCE =
  'The youth forum redesigned the waiting room with the estates team.';
const VOICE_EVIDENCE = 'A suggestions box in reception.';
const ACTION = 'Invite the youth forum to co-chair the service review';

/** The Champion's device: a touch tablet, landscape. */
const TABLET: BrowserContextOptions = {
  viewport: { width: 1024, height: 768 },
  hasTouch: true,
  isMobile: false,
};

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
let seeded: StorageState;
let reflectionId = '';

beforeAll(async () => {
  // The organisation's device, seeded once through the UI; each test starts
  // a fresh copy of it.
  const context = await suite.browser.newContext(DEFAULT_CONTEXT);
  const page = await context.newPage();
  reflectionId = await seedReflection(
    page,
    suite.baseUrl,
    { organisationName: ORG, levels: ['service'], facilitator: FACILITATOR },
    [
      {
        cellId: 'service.space',
        rating: 'Established',
        evidence: SPACE_EVIDENCE,
        action: { text: ACTION, owner: 'Head of service' },
      },
      { cellId: 'service.voice', rating: 'Not yet', evidence: VOICE_EVIDENCE },
    ],
  );
  await writePrivateNotes(page, suite.baseUrl, reflectionId, [
    { cellId: 'service.space', text: `Not for sharing: ${MARKER}` },
    { cellId: 'service.voice', text: MARKER },
  ]);
  seeded = await context.storageState({ indexedDB: true });
  await context.close();
});

async function facilitatorPage(): Promise<Page> {
  const context = await suite.newContext({ storageState: seeded });
  return context.newPage();
}

async function championContext(): Promise<BrowserContext> {
  return suite.newContext(TABLET);
}

/** The private notes and the facilitator's name are nowhere on the page. */
async function expectNothingPrivate(page: Page, where: string): Promise<void> {
  const content = await pageContent(page);
  expect(content, `private notes on the Champion's ${where}`).not.toContain(
    MARKER,
  );
  expect(
    content,
    `facilitator's name on the Champion's ${where}`,
  ).not.toContain(FACILITATOR);
}

/** What the pack really carries holds no private notes or facilitator name. */
function expectPackClean(bytes: Uint8Array): string {
  const json = rawPackJson(bytes);
  expect(json, 'the pack should not be encrypted here').not.toBeNull();
  expect(json).not.toContain(MARKER);
  expect(json).not.toContain(FACILITATOR);
  return json!;
}

describe('Champion co-review', () => {
  it('by link: shared, reviewed offline on a tablet with taps, and handed back', async () => {
    // The organisation makes the summary, with evidence and actions.
    const fPage = await facilitatorPage();
    const fErrors = watchErrors(fPage);
    const share = new SharePage(fPage, suite.baseUrl);
    await share.goto(reflectionId);
    expect(await share.evidence.isChecked()).toBe(true);
    expect(await share.actions.isChecked()).toBe(true);
    await share.create();
    await expectVisible(share.ready.getByText('It has 7 questions.'));
    const link = await share.linkText();
    expect(link.startsWith(`${suite.baseUrl}/open#pack=`)).toBe(true);
    const json = expectPackClean(bytesOfLink(link));
    expect(json).toContain(SPACE_EVIDENCE);
    expect(json).toContain(ACTION);
    // The link is on the page too, as a QR code of exactly the same text.
    expect(decodeQrDataUrl(await share.qrDataUrl())).toBe(link);

    // The Champion opens the link on a tablet.
    const cContext = await championContext();
    const cPage = await cContext.newPage();
    const cErrors = watchErrors(cPage);
    const review = new ReviewPage(cPage, suite.baseUrl);
    await cPage.goto(link);
    await review.waitForStart(ORG);
    expect(cPage.url()).not.toContain('pack=');
    await expectNothingPrivate(cPage, 'start screen');
    const { sessionId } = review.location();
    expect(review.location().step).toBe('start');
    await expectVisible(
      cPage.getByText(
        'There are 7 things to look at, then a few questions at the end.',
      ),
    );

    // The app works offline from here: the service worker controls the page.
    await waitForServiceWorkerControl(cPage);
    await review.waitForStart(ORG);
    await cContext.setOffline(true);

    await review.startLink.tap();
    await review.waitForCell('Service: Space');
    await expectVisible(review.main.getByText('They rated this: Established'));
    await expectVisible(review.main.getByText(SPACE_EVIDENCE, { exact: true }));
    await expectNothingPrivate(cPage, 'Service: Space');
    await review.tapVerdict('No, it does not match');
    await review.tapRating('Starting');
    const SPACE_COMMENT =
      'The waiting room is nicer but nobody asked us about the opening hours.';
    await review.tapAndType(review.comment, SPACE_COMMENT);
    expect(await review.checkedVerdict()).toBe('No, it does not match');

    await review.tapNext();
    await review.waitForCell('Service: Voice');
    await expectVisible(review.main.getByText('They rated this: Not yet'));
    await expectNothingPrivate(cPage, 'Service: Voice');
    await review.tapVerdict('Not sure');
    await review.tapRating('Developing');
    const VOICE_COMMENT = 'I have seen the box, but never heard back.';
    await review.tapAndType(review.comment, VOICE_COMMENT);
    // Each answer is saved on the tablet as it is given.
    await poll(async () => {
      const row = await storedRow(cPage, 'reviewSessions', sessionId);
      const answers = (row?.answers ?? {}) as Record<
        string,
        { comment?: string }
      >;
      return answers['service.voice']?.comment;
    }, 'the comment should be saved').toBe(VOICE_COMMENT);

    // A reload with no network keeps everything and stays on this screen.
    await cPage.reload();
    await review.waitForCell('Service: Voice');
    expect(review.location()).toEqual({ sessionId, step: 'service.voice' });
    expect(await review.checkedVerdict()).toBe('Not sure');
    expect(await review.checkedRating()).toBe('Developing');
    expect(await review.comment.inputValue()).toBe(VOICE_COMMENT);
    await expectNothingPrivate(cPage, 'Service: Voice, reloaded offline');
    // Opening the review without a step resumes where the Champion was.
    await review.goto(sessionId);
    await review.waitForCell('Service: Voice');
    expect(review.location().step).toBe('service.voice');
    // The previous answer is still there.
    await review.backLink.tap();
    await review.waitForCell('Service: Space');
    expect(await review.checkedVerdict()).toBe('No, it does not match');
    expect(await review.checkedRating()).toBe('Starting');
    expect(await review.comment.inputValue()).toBe(SPACE_COMMENT);

    // The other five questions are skipped.
    for (const name of [
      'Voice',
      'Audience',
      'Influence',
      'Inclusion and equity',
      'Safety, ethics and wellbeing',
      'Embedding',
    ]) {
      await review.tapNext();
      await review.waitForCell(`Service: ${name}`);
      await expectNothingPrivate(cPage, `Service: ${name}`);
    }

    // What should change first: at most three.
    await review.tapNext();
    await review.waitForScreen('What should change first?');
    await expectNothingPrivate(cPage, 'What should change first?');
    for (const name of [
      'Service: Space',
      'Service: Voice',
      'Service: Audience',
    ]) {
      await review.tapPriority(name);
    }
    await expectVisible(
      review.prioritiesStatus.getByText(
        'You have chosen three. Untick one to choose a different one.',
      ),
    );
    await review.optionText(review.prioritiesGroup, 'Service: Influence').tap();
    await poll(() => review.priority('Service: Influence').isChecked()).toBe(
      false,
    );
    for (const name of ['Service: Voice', 'Service: Audience']) {
      await review.optionText(review.prioritiesGroup, name).tap();
      await poll(() => review.priority(name).isChecked()).toBe(false);
    }
    await expectVisible(review.prioritiesStatus.getByText('1 chosen'));
    expect(await review.priority('Service: Space').isChecked()).toBe(true);

    await review.tapNext();
    await review.waitForScreen("What's missing?");
    await expectNothingPrivate(cPage, "What's missing?");
    const MISSING = 'Nothing about young carers or how to get to the clinic.';
    await review.tapAndType(review.missing, MISSING);

    await review.tapNext();
    await review.waitForScreen('Your name (optional)');
    await expectNothingPrivate(cPage, 'Your name (optional)');
    await review.tapAndType(review.name, 'Champion A');
    await poll(async () => {
      const row = await storedRow(cPage, 'reviewSessions', sessionId);
      return row?.reviewer;
    }).toBe('Champion A');

    // A reload on the name screen, still offline, keeps the name.
    await cPage.reload();
    await review.waitForScreen('Your name (optional)');
    expect(await review.name.inputValue()).toBe('Champion A');

    await review.finishLink.tap();
    await review.waitForHandBack();
    await expectVisible(review.main.getByText('You answered 2 of 7.'));
    const reviewLink = await review.linkText();
    expect(reviewLink.startsWith(`${suite.baseUrl}/open#pack=`)).toBe(true);
    expect(decodeQrDataUrl(await review.qrDataUrl())).toBe(reviewLink);
    const reviewJson = expectPackClean(bytesOfLink(reviewLink));
    expect(reviewJson).toContain(SPACE_COMMENT);
    await expectNothingPrivate(cPage, 'hand-back screen');
    // Not even the tablet's storage holds them.
    const stored = await storedContent(cPage);
    expect(stored).not.toContain(MARKER);
    expect(stored).not.toContain(FACILITATOR);

    // Back on the organisation's device, the review link is opened.
    const open = new OpenPage(fPage, suite.baseUrl);
    await open.openLink(reviewLink);
    const outcomes = await open.waitForOutcomes(1);
    expect(outcomes).toEqual([
      `Review from Champion A added to the reflection for ${ORG}. See the reviews for ${ORG}`,
    ]);
    expect(fPage.url()).toBe(`${suite.baseUrl}/open`);
    expect((await storeCounts(fPage)).reviews).toBe(1);
    await open.results
      .getByRole('link', { name: `See the reviews for ${ORG}` })
      .click();

    const reviewsIn = new ReviewsInPage(fPage, suite.baseUrl);
    await reviewsIn.waitUntilReady();
    expect(await reviewsIn.introText()).toBe(
      '1 review from Champions has come back. Their view stands beside yours.',
    );
    expect(await reviewsIn.facts('Service: Space')).toEqual({
      'Your rating': 'Established',
      'Does it match what they see?': '0 yes, 0 not sure, 1 no',
      'Their ratings': 'Starting',
    });
    expect(await reviewsIn.comments('Service: Space')).toEqual([
      `${SPACE_COMMENT} — Champion A`,
    ]);
    expect(await reviewsIn.facts('Service: Voice')).toEqual({
      'Your rating': 'Not yet',
      'Does it match what they see?': '0 yes, 1 not sure, 0 no',
      'Their ratings': 'Developing',
    });
    // Only questions with a response have a card.
    expect(await reviewsIn.card('Service: Audience').count()).toBe(0);
    expect(await reviewsIn.listItems(reviewsIn.priorities)).toEqual([
      'Service: Space: chosen by 1 Champion',
    ]);
    expect(await reviewsIn.listItems(reviewsIn.missing)).toEqual([
      `${MISSING} — Champion A`,
    ]);
    expect(await reviewsIn.listItems(reviewsIn.differ)).toEqual([
      'Service: Space',
      'Service: Voice',
    ]);
    expect(await reviewsIn.reviewers()).toEqual(['Champion A']);

    // The results screen has the Champions' section.
    const results = new ResultsPage(fPage, suite.baseUrl);
    await results.goto(reflectionId);
    const champions = fPage
      .getByRole('main')
      .getByRole('region', { name: 'What young people said' });
    await expectVisible(champions.getByText('1 review from Champions.'));
    await expectVisible(
      champions.getByText(
        'Service: Space: you said Established. Champions: 0 yes, 0 not sure, 1 no.',
      ),
    );
    await expectVisible(
      champions.getByRole('link', { name: 'See everything young people said' }),
    );

    expect(cErrors.errors).toEqual([]);
    expect(fErrors.errors).toEqual([]);
  });

  it('by file: summary and review travel as .vipack files; the same review twice counts once', async () => {
    const fPage = await facilitatorPage();
    const share = new SharePage(fPage, suite.baseUrl);
    await share.goto(reflectionId);
    await share.create();
    await expect(share.fileButton.textContent()).resolves.toBe(
      'Download the file',
    );
    const summary = await share.download();
    expect(summary.name).toBe(
      'riverside-children-s-health-trust-summary.vipack',
    );
    expect(expectPackClean(summary.bytes)).toContain(SPACE_EVIDENCE);

    // The Champion chooses the file on the tablet.
    const cContext = await championContext();
    const cPage = await cContext.newPage();
    const cErrors = watchErrors(cPage);
    const open = new OpenPage(cPage, suite.baseUrl);
    await open.goto();
    await open.openFiles([summary.path]);
    const review = new ReviewPage(cPage, suite.baseUrl);
    await review.waitForStart(ORG);
    await expectNothingPrivate(cPage, 'start screen (from a file)');
    await review.startLink.tap();
    await review.waitForCell('Service: Space');
    await review.tapVerdict('Yes, it matches');
    await review.tapAndType(review.comment, 'Yes, the room is better now.');
    for (let i = 0; i < 9; i += 1) await review.tapNext();
    await review.waitForScreen('Your name (optional)');
    await review.tapAndType(review.name, 'Champion B');
    await review.tapNext();
    await review.waitForHandBack();
    const reviewFile = await review.download();
    expect(reviewFile.name).toBe(
      'riverside-children-s-health-trust-review.vipack',
    );
    expect(expectPackClean(reviewFile.bytes)).toContain('Champion B');

    // The organisation opens the review file twice at once.
    const fOpen = new OpenPage(fPage, suite.baseUrl);
    await fOpen.goto();
    const before = await storeCounts(fPage);
    await fOpen.openFiles([
      reviewFile.path,
      asFile('review-copy.vipack', reviewFile.bytes),
    ]);
    const outcomes = await fOpen.waitForOutcomes(2);
    expect(outcomes).toEqual([
      `Review from Champion B added to the reflection for ${ORG}. See the reviews for ${ORG}`,
      `The review from Champion B was already on this device, so it is counted once. See the reviews for ${ORG}`,
    ]);
    expect(await storeCounts(fPage)).toEqual({
      ...before,
      reviews: before.reviews + 1,
    });

    const reviewsIn = new ReviewsInPage(fPage, suite.baseUrl);
    await reviewsIn.goto(reflectionId);
    expect(await reviewsIn.introText()).toMatch(
      /^1 review from Champions has come back\./,
    );
    expect(await reviewsIn.reviewers()).toEqual(['Champion B']);
    expect(await reviewsIn.facts('Service: Space')).toEqual({
      'Your rating': 'Established',
      'Does it match what they see?': '1 yes, 0 not sure, 0 no',
      'Their ratings': 'None given',
    });
    expect(await reviewsIn.comments('Service: Space')).toEqual([
      'Yes, the room is better now. — Champion B',
    ]);
    expect(cErrors.errors).toEqual([]);
  });

  it('QR code: holds exactly the link; a summary too big for one still goes by file and link', async () => {
    const fPage = await facilitatorPage();
    const share = new SharePage(fPage, suite.baseUrl);
    await share.goto(reflectionId);
    await share.create({ actions: false });
    const link = await share.linkText();
    expect(decodeQrDataUrl(await share.qrDataUrl())).toBe(link);
    expect(await share.qrTooBig.count()).toBe(0);

    // A reflection with long evidence that does not compress.
    const BIG_ORG = 'Long Evidence Borough Council';
    const evidence = (n: number) =>
      `Evidence ${n}: ${incompressibleText(1_500)}`;
    const bigId = await seedReflection(
      fPage,
      suite.baseUrl,
      { organisationName: BIG_ORG, organisationType: 'Local council' },
      ['space', 'voice', 'audience'].map((dimension, i) => ({
        cellId: `service.${dimension}`,
        rating: 'Developing' as const,
        evidence: evidence(i),
      })),
    );
    await share.goto(bigId);
    await share.create();
    await expectVisible(share.qrTooBig);
    expect(await share.qrImage.count()).toBe(0);
    const bigLink = await share.linkText();
    expect(bigLink.length).toBeGreaterThan(2_953);
    const bigFile = await share.download();

    // The link works…
    const cContext = await championContext();
    const byLink = await cContext.newPage();
    const fromLink = new ReviewPage(byLink, suite.baseUrl);
    await byLink.goto(bigLink);
    await fromLink.waitForStart(BIG_ORG);
    await fromLink.startLink.tap();
    await fromLink.waitForCell('Service: Space');
    const firstEvidence = await fromLink.main
      .locator('.review__quote')
      .first()
      .textContent();
    expect(firstEvidence?.startsWith('Evidence 0: ')).toBe(true);
    expect(firstEvidence?.length).toBeGreaterThan(1_400);

    // …and so does the file, on another tablet.
    const otherTablet = await championContext();
    const byFile = await otherTablet.newPage();
    const open = new OpenPage(byFile, suite.baseUrl);
    await open.goto();
    await open.openFiles([asFile(bigFile.name, bigFile.bytes)]);
    const fromFile = new ReviewPage(byFile, suite.baseUrl);
    await fromFile.waitForStart(BIG_ORG);
    await fromFile.startLink.tap();
    await fromFile.waitForCell('Service: Space');
    expect(
      await fromFile.main.locator('.review__quote').first().textContent(),
    ).toBe(firstEvidence);
  });

  it('passphrase: asked for on opening; a wrong one changes nothing; the right one starts the review', async () => {
    const fPage = await facilitatorPage();
    const share = new SharePage(fPage, suite.baseUrl);
    await share.goto(reflectionId);
    const PASSPHRASE = 'purple lanterns at noon';
    // Too short, then not matching: refused with plain messages.
    await share.create({ passphrase: 'short', expectErrors: true });
    await expectVisible(share.errorSummary);
    await expectVisible(
      share.errorSummary.getByText('Passphrase must be at least 8 characters'),
    );
    await share.create({
      passphrase: PASSPHRASE,
      passphraseAgain: 'purple lanterns at midnight',
      expectErrors: true,
    });
    await expectVisible(
      share.errorSummary.getByText('The two passphrases do not match'),
    );
    expect(await share.ready.count()).toBe(0);
    await share.passphraseAgain.fill(PASSPHRASE);
    await share.createButton.click();
    await share.waitForPack();
    await expectVisible(share.protectedMessage);
    const link = await share.linkText();
    const bytes = bytesOfLink(link);
    expect(isEncrypted(bytes)).toBe(true);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('Riverside');

    const cContext = await championContext();
    const cPage = await cContext.newPage();
    const cErrors = watchErrors(cPage);
    const open = new OpenPage(cPage, suite.baseUrl);
    await open.openLink(link);
    await expectVisible(open.passphraseForm);
    expect(cPage.url()).toBe(`${suite.baseUrl}/open`);
    const before = await storeCounts(cPage);
    expect(before.reviewSessions).toBe(0);

    await open.passphrase.tap();
    await open.passphrase.fill('purple lanterns at midnight');
    await open.passphraseSubmit.tap();
    await expectVisible(open.wrongPassphrase, 30_000);
    expect(await storeCounts(cPage)).toEqual(before);
    expect(cPage.url()).toBe(`${suite.baseUrl}/open`);
    expect(await cPage.getByText(ORG).count()).toBe(0);

    await open.passphrase.fill(PASSPHRASE);
    await open.passphraseSubmit.tap();
    const review = new ReviewPage(cPage, suite.baseUrl);
    await review.waitForStart(ORG);
    expect((await storeCounts(cPage)).reviewSessions).toBe(1);
    await expectNothingPrivate(cPage, 'start screen (after the passphrase)');
    expect(cErrors.errors).toEqual([]);
  });

  it('merging: two Champions and a duplicate count as two; removing one updates the page', async () => {
    const fPage = await facilitatorPage();
    const packId = randomUUID();
    const champion = (
      reviewer: string,
      verdict: 'agree' | 'disagree',
      rating: number,
      comment: string,
    ) =>
      makeReviewPack({
        reflectionId,
        packId,
        reviewer,
        responses: [
          { cellId: 'service.space', verdict, rating, comment },
          { cellId: 'service.inclusion', verdict: 'notSure' },
        ],
        priorities: ['service.space', 'service.inclusion'],
        missing: `${reviewer} says: more about transport.`,
      });
    const a = champion('Amara', 'agree', 4, 'It is really good now.');
    const b = champion('Ben', 'disagree', 1, 'Only some of us were asked.');

    const open = new OpenPage(fPage, suite.baseUrl);
    await open.goto();
    await open.openFiles([
      asFile('amara.vipack', packBytes(a)),
      asFile('ben.vipack', packBytes(b)),
      asFile('amara-again.vipack', packBytes(a)),
    ]);
    const outcomes = await open.waitForOutcomes(3);
    expect(outcomes.filter((o) => o.startsWith('Review from '))).toHaveLength(
      2,
    );
    expect(outcomes).toContain(
      `The review from Amara was already on this device, so it is counted once. See the reviews for ${ORG}`,
    );
    expect((await storeCounts(fPage)).reviews).toBe(2);

    const reviewsIn = new ReviewsInPage(fPage, suite.baseUrl);
    await reviewsIn.goto(reflectionId);
    expect(await reviewsIn.introText()).toMatch(
      /^2 reviews from Champions have come back\./,
    );
    expect(await reviewsIn.facts('Service: Space')).toEqual({
      'Your rating': 'Established',
      'Does it match what they see?': '1 yes, 0 not sure, 1 no',
      'Their ratings': 'Leading, Starting',
    });
    expect(await reviewsIn.facts('Service: Inclusion and equity')).toEqual({
      'Your rating': 'Not rated',
      'Does it match what they see?': '0 yes, 2 not sure, 0 no',
      'Their ratings': 'None given',
    });
    expect(await reviewsIn.listItems(reviewsIn.priorities)).toEqual([
      'Service: Space: chosen by 2 Champions',
      'Service: Inclusion and equity: chosen by 2 Champions',
    ]);
    expect(await reviewsIn.reviewers()).toEqual(['Amara', 'Ben']);

    // "No, keep it" keeps it.
    await reviewsIn.removeButton('Ben').click();
    await expectVisible(reviewsIn.removeDialog);
    await expectVisible(
      reviewsIn.removeDialog.getByText(
        'This removes the review from Ben from this device.',
        { exact: false },
      ),
    );
    await reviewsIn.keepButton.click();
    await expectHidden(reviewsIn.removeDialog);
    expect(await reviewsIn.reviewers()).toEqual(['Amara', 'Ben']);
    expect((await storeCounts(fPage)).reviews).toBe(2);

    // "Yes, remove it" removes it, and everything on the page follows.
    await reviewsIn.remove('Ben');
    await poll(() => reviewsIn.reviewers()).toEqual(['Amara']);
    expect(await reviewsIn.introText()).toMatch(
      /^1 review from Champions has come back\./,
    );
    expect(await reviewsIn.facts('Service: Space')).toEqual({
      'Your rating': 'Established',
      'Does it match what they see?': '1 yes, 0 not sure, 0 no',
      'Their ratings': 'Leading',
    });
    expect(await reviewsIn.comments('Service: Space')).toEqual([
      'It is really good now. — Amara',
    ]);
    expect(await reviewsIn.listItems(reviewsIn.priorities)).toEqual([
      'Service: Space: chosen by 1 Champion',
      'Service: Inclusion and equity: chosen by 1 Champion',
    ]);
    expect((await storeCounts(fPage)).reviews).toBe(1);

    // It stays removed after a reload…
    await fPage.reload();
    await reviewsIn.waitUntilReady();
    expect(await reviewsIn.reviewers()).toEqual(['Amara']);

    // …until its file is opened again, as the dialog said it could be.
    await open.goto();
    await open.openFiles([asFile('ben.vipack', packBytes(b))]);
    expect(await open.waitForOutcomes(1)).toEqual([
      `Review from Ben added to the reflection for ${ORG}. See the reviews for ${ORG}`,
    ]);
    await reviewsIn.goto(reflectionId);
    expect(await reviewsIn.reviewers()).toEqual(['Amara', 'Ben']);
  });

  it('a review changed and sent again replaces the one sent before, still counted once', async () => {
    // The hand-back screen promises: "You can come back and change it, then
    // send it again: they will only count it once."
    const fPage = await facilitatorPage();
    const share = new SharePage(fPage, suite.baseUrl);
    await share.goto(reflectionId);
    await share.create({ evidence: false, actions: false });
    const link = await share.linkText();

    const cPage = await (await championContext()).newPage();
    const review = new ReviewPage(cPage, suite.baseUrl);
    await cPage.goto(link);
    await review.waitForStart(ORG);
    const { sessionId } = review.location();
    await review.startLink.tap();
    await review.waitForCell('Service: Space');
    await review.tapVerdict('Yes, it matches');
    await review.goto(sessionId, 'about');
    await review.waitForScreen('Your name (optional)');
    await review.tapAndType(review.name, 'Champion C');
    await review.finishLink.tap();
    await review.waitForHandBack();
    const first = await review.linkText();

    const open = new OpenPage(fPage, suite.baseUrl);
    await open.openLink(first);
    expect(await open.waitForOutcomes(1)).toEqual([
      `Review from Champion C added to the reflection for ${ORG}. See the reviews for ${ORG}`,
    ]);

    // The Champion comes back, changes their mind, and sends it again.
    await review.goto(sessionId, 'service.space');
    await review.waitForCell('Service: Space');
    await review.tapVerdict('No, it does not match');
    await review.tapAndType(review.comment, 'On second thoughts, no.');
    await review.goto(sessionId, 'done');
    await review.waitForHandBack();
    // The hand-back screen makes a new link from the changed answers.
    await poll(
      async () => (await review.linkText()) !== first,
      'a new link should be made',
    ).toBe(true);
    const second = await review.linkText();
    const sent = [first, second].map(
      (l) => JSON.parse(rawPackJson(bytesOfLink(l))!) as { reviewId: string },
    );
    expect(sent[1]!.reviewId).toBe(sent[0]!.reviewId);

    await open.openLink(second);
    await open.waitForOutcomes(1);
    const reviewsIn = new ReviewsInPage(fPage, suite.baseUrl);
    await reviewsIn.goto(reflectionId);
    expect(await reviewsIn.introText()).toMatch(
      /^1 review from Champions has come back\./,
    );
    expect(await reviewsIn.reviewers()).toEqual(['Champion C']);
    expect(
      await reviewsIn.facts('Service: Space'),
      'the changed answer should replace the one sent before',
    ).toMatchObject({
      'Does it match what they see?': '0 yes, 0 not sure, 1 no',
    });
    expect(await reviewsIn.comments('Service: Space')).toEqual([
      'On second thoughts, no. — Champion C',
    ]);
  });
});
