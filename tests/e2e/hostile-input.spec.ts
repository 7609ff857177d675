/**
 * Links and files from outside are untrusted. Whatever arrives at /open is
 * either refused with a plain message and NOTHING on the device changes
 * (every table counted before and after), or, when it is a valid pack whose
 * text looks like code, it is shown as the literal text it is: no script
 * runs, no dialog opens, no link points at `javascript:`, and no prototype
 * is polluted.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenPage } from './page-models/open-page';
import { ReviewPage } from './page-models/review-page';
import { ReviewsInPage } from './page-models/reviews-in-page';
import {
  expectVisible,
  setChecked,
  storeCounts,
  type StoreCounts,
  watchErrors,
} from './support/app';
import { DEFAULT_CONTEXT } from './support/browser';
import {
  asFile,
  containerFromJson,
  fragmentFor,
  makeReviewPack,
  makeSummaryPack,
  packBytes,
  type FilePayload,
} from './support/packs';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();
const ORG = 'Hostile Input Health Trust';

/** The first sentence of each plain-words problem (open.json `problems`). */
const PROBLEM = {
  tooLarge:
    'This is too big to be a Voice & Influence summary or review, so it was not opened.',
  notAPack: 'This is not a Voice & Influence summary or review.',
  damaged:
    'This file or link is damaged or incomplete, so it could not be opened.',
  wrongFormat:
    'This file was not made by Voice & Influence, so it could not be opened.',
  newerVersion:
    'This was made by a newer version of Voice & Influence. Reload the app when you are online to update it, then try again.',
  invalid:
    'This file has information in it that Voice & Influence does not accept, so it was not opened. Nothing on this device has changed.',
  noReflection:
    'This review is for a reflection that is not on this device. Open it on the device where the reflection was made.',
} as const;

let context: BrowserContext;
let page: Page;
let errors: string[];
let dialogs: string[];
let reflectionId = '';

beforeAll(async () => {
  context = await suite.browser.newContext(DEFAULT_CONTEXT);
  page = await context.newPage();
  errors = watchErrors(page).errors;
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  reflectionId = await seedReflection(
    page,
    suite.baseUrl,
    { organisationName: ORG, levels: ['service'] },
    [{ cellId: 'service.space', rating: 'Developing', evidence: 'Minutes.' }],
  );
});

afterAll(async () => {
  await context?.close();
});

const validSummary = () => packBytes(makeSummaryPack());
const base64Of = (bytes: Uint8Array) =>
  fragmentFor(bytes).slice('pack='.length);

type Source =
  { kind: 'link'; fragment: string } | { kind: 'files'; files: FilePayload[] };

type Refusal = { name: string; source: () => Source; problem: string };

const REFUSED: Refusal[] = [
  {
    name: 'a link cut in half',
    source: () => {
      const b64 = base64Of(validSummary());
      return {
        kind: 'link',
        fragment: `pack=${b64.slice(0, b64.length >> 1)}`,
      };
    },
    problem: PROBLEM.damaged,
  },
  {
    name: 'a link cut one character short of a whole group',
    source: () => {
      const b64 = base64Of(validSummary());
      const cut = b64.slice(0, b64.length - (b64.length % 4) - 3);
      return { kind: 'link', fragment: `pack=${cut}` };
    },
    problem: PROBLEM.damaged,
  },
  {
    name: 'a link with characters base64url does not have',
    source: () => ({
      kind: 'link',
      fragment: `pack=VkkBAHja$!*(${base64Of(validSummary()).slice(8)})+/=`,
    }),
    problem: PROBLEM.damaged,
  },
  {
    name: 'a link whose fragment is not a pack',
    source: () => ({ kind: 'link', fragment: 'section-2' }),
    problem: PROBLEM.notAPack,
  },
  {
    name: 'a link to a document of another format',
    source: () => ({
      kind: 'link',
      fragment: fragmentFor(
        packBytes({ ...makeSummaryPack(), format: 'voice-influence/report' }),
      ),
    }),
    problem: PROBLEM.wrongFormat,
  },
  {
    name: 'a link to a summary of version 2 (newer than this app)',
    source: () => ({
      kind: 'link',
      fragment: fragmentFor(packBytes({ ...makeSummaryPack(), version: 2 })),
    }),
    problem: PROBLEM.newerVersion,
  },
  {
    name: 'a link whose container is of a newer version',
    source: () => {
      const bytes = validSummary();
      bytes[2] = 2;
      return { kind: 'link', fragment: fragmentFor(bytes) };
    },
    problem: PROBLEM.newerVersion,
  },
  {
    name: 'a fragment over 200,000 characters',
    source: () => ({ kind: 'link', fragment: `pack=${'A'.repeat(200_004)}` }),
    problem: PROBLEM.tooLarge,
  },
  {
    name: 'a file over 2 MB',
    source: () => {
      const big = new Uint8Array(2_000_001);
      big.set(validSummary());
      return { kind: 'files', files: [asFile('huge.vipack', big)] };
    },
    problem: PROBLEM.tooLarge,
  },
  {
    name: 'a small pack that inflates past the cap (a zip bomb)',
    source: () => ({
      kind: 'files',
      files: [
        asFile(
          'bomb.vipack',
          containerFromJson(`{"a":"${' '.repeat(5_000_000)}"}`),
        ),
      ],
    }),
    problem: PROBLEM.tooLarge,
  },
  {
    name: 'a file of random bytes',
    source: () => {
      const bytes = new Uint8Array(4096).map(() =>
        Math.floor(Math.random() * 256),
      );
      bytes[0] = 0x89; // neither 'V' (a pack) nor '{' (JSON)
      return { kind: 'files', files: [asFile('random.vipack', bytes)] };
    },
    problem: PROBLEM.notAPack,
  },
  {
    name: 'a plain JSON file of another app',
    source: () => ({
      kind: 'files',
      files: [
        asFile(
          'settings.json',
          JSON.stringify({ name: 'other-app', version: '1.0.0', items: [1] }),
        ),
      ],
    }),
    problem: PROBLEM.wrongFormat,
  },
  {
    name: 'a pack with a question this app does not have',
    source: () => ({
      kind: 'files',
      files: [
        asFile(
          'odd.vipack',
          packBytes(
            makeSummaryPack({
              cells: [{ cellId: 'service.nonsense', rating: 2 }],
            }),
          ),
        ),
      ],
    }),
    problem: PROBLEM.invalid,
  },
  {
    name: 'a review for a reflection that is not on this device',
    source: () => ({
      kind: 'files',
      files: [
        asFile(
          'elsewhere.vipack',
          packBytes(
            makeReviewPack({
              reflectionId: randomUUID(),
              reviewer: 'Someone',
              responses: [{ cellId: 'service.space', verdict: 'agree' }],
            }),
          ),
        ),
      ],
    }),
    problem: PROBLEM.noReflection,
  },
];

/** /open, loaded afresh (a link only opens when a page is loaded with it). */
async function openFresh(url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Nothing in the page ran code from the pack. */
async function expectInert(where: string): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    javascriptLinks: [...document.querySelectorAll('a')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => /^\s*javascript:/i.test(href)),
    injectedImages: document.querySelectorAll('img[src="x"], svg[onload]')
      .length,
    injectedScripts: [...document.scripts].filter((s) =>
      (s.textContent ?? '').includes('__pwned'),
    ).length,
    polluted: [
      ({} as Record<string, unknown>).polluted,
      (Object.prototype as Record<string, unknown>).polluted,
      ([] as unknown as Record<string, unknown>).polluted,
    ],
  }));
  expect(state, where).toEqual({
    pwned: undefined,
    javascriptLinks: [],
    injectedImages: 0,
    injectedScripts: 0,
    polluted: [undefined, undefined, undefined],
  });
  expect(dialogs, `a dialog opened on ${where}`).toEqual([]);
}

describe('hostile input at /open', () => {
  it.each(REFUSED)(
    'refuses $name, says why, and changes nothing',
    async ({ source, problem }) => {
      const open = new OpenPage(page, suite.baseUrl);
      await openFresh(`${suite.baseUrl}/open`);
      await open.waitUntilReady();
      const before: StoreCounts = await storeCounts(page);
      expect(before.reflections).toBe(1);
      const input = source();

      if (input.kind === 'link') {
        await openFresh(`${suite.baseUrl}/open#${input.fragment}`);
        await open.waitUntilReady();
      } else {
        await open.openFiles(input.files);
      }
      const message = open.results.getByRole('alert');
      await expectVisible(message);
      const text = ((await message.textContent()) ?? '').trim();
      expect(text).toContain(problem);
      if (input.kind === 'files' && problem !== PROBLEM.noReflection) {
        expect(text.startsWith(`${input.files[0]!.name}: `)).toBe(true);
      }
      expect(await open.outcomes()).toHaveLength(1);

      // Still on /open, the pack (if any) gone from the address, no passphrase
      // asked for, and not one row added, changed in number or removed.
      expect(page.url()).toBe(`${suite.baseUrl}/open`);
      expect(await open.passphraseForm.count()).toBe(0);
      expect(await storeCounts(page)).toEqual(before);
      await expectInert('a refused input');
      expect(errors).toEqual([]);
    },
  );

  it('shows script-like text in a summary as literal text', async () => {
    const ORG_NAME =
      '<script>window.__pwned=1</script> {{organisation}} $t(open:title)';
    const IMG = '<img src=x onerror="window.__pwned=1">';
    const JS = 'javascript:window.__pwned=1';
    const SVG = '<svg onload=alert(1)>';
    const pack = makeSummaryPack({
      organisationName: ORG_NAME,
      area: JS,
      cells: [
        { cellId: 'service.space', rating: 3, evidence: IMG, examples: JS },
        { cellId: 'service.voice', rating: 1, evidence: SVG, examples: '' },
      ],
      actions: [{ text: IMG, owner: JS, cellId: 'service.space' }],
    });
    await openFresh(`${suite.baseUrl}/open#${fragmentFor(packBytes(pack))}`);
    const review = new ReviewPage(page, suite.baseUrl);
    await review.waitForScreen(`Check what ${ORG_NAME} said`);
    await expectInert('the review start screen');
    expect(await page.title()).toContain(ORG_NAME);

    await review.startLink.click();
    await review.waitForCell('Service: Space');
    await expectVisible(review.main.getByText(IMG, { exact: true }));
    await expectVisible(review.main.getByText(JS, { exact: true }));
    await expectInert('the first question');
    await review.nextLink.click();
    await review.waitForCell('Service: Voice');
    await expectVisible(review.main.getByText(SVG, { exact: true }));
    await expectInert('the second question');
    expect(errors).toEqual([]);
  });

  it('shows script-like text in a returned review as literal text', async () => {
    const REVIEWER = '<img src=x onerror="window.__pwned=1">';
    const COMMENT = '<script>window.__pwned=1</script>';
    const MISSING = 'javascript:window.__pwned=1 {{reviewer}} $t(open:title)';
    const pack = makeReviewPack({
      reflectionId,
      reviewer: REVIEWER,
      responses: [
        { cellId: 'service.space', verdict: 'disagree', comment: COMMENT },
      ],
      priorities: ['service.space'],
      missing: MISSING,
    });
    const open = new OpenPage(page, suite.baseUrl);
    await openFresh(`${suite.baseUrl}/open`);
    await open.waitUntilReady();
    const before = await storeCounts(page);
    await open.openFiles([asFile('review.vipack', packBytes(pack))]);
    const [outcome] = await open.waitForOutcomes(1);
    expect(outcome).toBe(
      `Review from ${REVIEWER} added to the reflection for ${ORG}. See the reviews for ${ORG}`,
    );
    expect(await storeCounts(page)).toEqual({
      ...before,
      reviews: before.reviews + 1,
    });
    await expectInert('the open screen');

    const reviewsIn = new ReviewsInPage(page, suite.baseUrl);
    await open.results
      .getByRole('link', { name: `See the reviews for ${ORG}` })
      .click();
    await reviewsIn.waitUntilReady();
    expect(await reviewsIn.comments('Service: Space')).toEqual([
      `${COMMENT} — ${REVIEWER}`,
    ]);
    expect(await reviewsIn.listItems(reviewsIn.missing)).toEqual([
      `${MISSING} — ${REVIEWER}`,
    ]);
    expect(await reviewsIn.reviewers()).toEqual([REVIEWER]);
    await expectVisible(reviewsIn.removeButton(REVIEWER));
    await expectInert('the reviews screen');
    expect(errors).toEqual([]);
  });

  it('ignores __proto__, constructor and prototype keys at every depth', async () => {
    const POISON =
      '"__proto__":{"polluted":"yes"},' +
      '"constructor":{"prototype":{"polluted":"yes"}},' +
      '"prototype":{"polluted":"yes"},';
    const inject = (json: string, at: string) => {
      expect(json).toContain(at);
      return json.replace(at, `${at}${POISON}`);
    };
    const SUMMARY_ORG = 'Prototype Keys Council';
    let summary = JSON.stringify(
      makeSummaryPack({
        organisationName: SUMMARY_ORG,
        cells: [{ cellId: 'service.space', rating: 2, evidence: 'Fine.' }],
        actions: [{ text: 'An action' }],
      }),
    );
    for (const at of ['{', '"reflection":{', '"cells":[{', '"actions":[{']) {
      summary = inject(summary, at);
    }
    expect(summary.match(/__proto__/g)).toHaveLength(4);

    await openFresh(
      `${suite.baseUrl}/open#${fragmentFor(containerFromJson(summary))}`,
    );
    const review = new ReviewPage(page, suite.baseUrl);
    await review.waitForStart(SUMMARY_ORG);
    await expectInert('the review start screen');
    await review.startLink.click();
    await review.waitForCell('Service: Space');
    await setChecked(review.verdict('Yes, it matches'));
    await expectInert('a question');

    // A review, as a plain JSON file, poisoned the same way.
    let returned = JSON.stringify(
      makeReviewPack({
        reflectionId,
        reviewer: 'Proto',
        responses: [{ cellId: 'service.voice', verdict: 'agree' }],
      }),
    );
    for (const at of ['{', '"responses":[{']) returned = inject(returned, at);
    const open = new OpenPage(page, suite.baseUrl);
    await openFresh(`${suite.baseUrl}/open`);
    await open.waitUntilReady();
    await open.openFiles([asFile('proto-review.json', returned)]);
    const [outcome] = await open.waitForOutcomes(1);
    expect(outcome).toMatch(/^Review from Proto added to the reflection for /);
    await expectInert('the open screen');
    const reviewsIn = new ReviewsInPage(page, suite.baseUrl);
    await reviewsIn.goto(reflectionId);
    expect(await reviewsIn.facts('Service: Voice')).toMatchObject({
      'Does it match what they see?': '1 yes, 0 not sure, 0 no',
    });
    await expectInert('the reviews screen');
    expect(errors).toEqual([]);
  });
});
