/**
 * The whole journey in Welsh and in Arabic, on the built app: the browser's
 * language is followed the first time, every screen passes axe (including
 * `lang` and `dir`), the guidance library and a question's tips work, the
 * report is in the reflection's language, and the choice is remembered.
 * At tablet size, Arabic mirrors: the app name, headings and the progress
 * bar sit at the right, and no two pieces of text overlap.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectVisible, poll, watchErrors } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { downloadOf } from './support/downloads';
import { overlappingText } from './support/layout-checks';
import { linkFor, makeSummaryPack, packBytes } from './support/packs';
import { pdfText } from './support/pdf';
import { localeText } from './support/strings';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();
const TABLET = { width: 768, height: 1024 };
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');

type Lang = { code: 'cy' | 'ar'; dir: 'ltr' | 'rtl'; org: string };
const LANGUAGES: Lang[] = [
  { code: 'cy', dir: 'ltr', org: 'Bwrdd Iechyd Prawf' },
  { code: 'ar', dir: 'rtl', org: 'مجلس الرعاية التجريبي' },
];

async function expectDocumentLanguage(page: Page, lang: Lang) {
  await poll(() =>
    page.evaluate(() => [
      document.documentElement.lang,
      document.documentElement.dir,
    ]),
  ).toEqual([lang.code, lang.dir]);
}

describe.each(LANGUAGES)('the app in $code', (lang) => {
  const s = localeText(lang.code);

  it('follows the browser, passes axe on every screen and keeps the language', async () => {
    const page = await suite.newPage({ locale: lang.code, viewport: TABLET });
    const { errors } = watchErrors(page);
    const main = page.getByRole('main');

    // Home: the browser's language is used the first time.
    await page.goto(`${suite.baseUrl}/`);
    await expectVisible(
      main.getByRole('heading', { level: 1, name: s('home:title') }),
    );
    await expectDocumentLanguage(page, lang);
    await expectNoAxeViolations(page, `Home (${lang.code})`);

    // Set up, in the language's own words.
    await main.getByRole('link', { name: s('home:start') }).click();
    await expectVisible(
      main.getByRole('heading', { level: 1, name: s('setup:title') }),
    );
    await expectNoAxeViolations(page, `Set up (${lang.code})`);
    await main
      .getByRole('textbox', { name: s('setup:fields.organisationName.label') })
      .fill(lang.org);
    await main
      .getByText(s('setup:fields.organisationType.options.council'), {
        exact: true,
      })
      .click();
    await main
      .getByText(s('framework:levels.service.name'), { exact: true })
      .click();
    await main.getByRole('button', { name: s('setup:submit') }).click();

    // The first question, with a rating and evidence.
    const question = s('reflect:title', {
      level: s('framework:levels.service.name'),
      dimension: s('framework:dimensions.space.name'),
    });
    await expectVisible(
      main.getByRole('heading', { level: 1, name: question }),
    );
    await main
      .getByText(s('framework:ratings.2.label'), { exact: true })
      .click();
    await main
      .getByRole('textbox', { name: s('reflect:fields.evidence.label') })
      .fill(
        lang.code === 'cy'
          ? 'Cofnodion y panel ieuenctid'
          : 'محاضر لجنة الشباب',
      );
    await expectNoAxeViolations(page, `Reflect (${lang.code})`);
    const questionUrl = page.url();

    // Tips for this dimension, and straight back to the question.
    await main
      .getByRole('link', {
        name: s('reflect:tipsLink', {
          dimension: s('framework:dimensions.space.name'),
        }),
      })
      .click();
    await expectVisible(
      main.getByRole('heading', {
        level: 1,
        name: s('framework:dimensions.space.name'),
      }),
    );
    await expectVisible(
      main.getByRole('heading', { name: s('guidance:tips.labels.try') }),
    );
    await expectNoAxeViolations(page, `Tips (${lang.code})`);
    await main
      .getByRole('link', { name: s('guidance:backToQuestion') })
      .first()
      .click();
    await poll(() => page.url()).toBe(questionUrl);
    await poll(
      async () =>
        (
          await main
            .getByRole('textbox', { name: s('reflect:fields.evidence.label') })
            .inputValue()
        ).length > 0,
    ).toBe(true);

    // The guidance library, a topic and a case study.
    await page.getByRole('link', { name: s('common:nav.guidance') }).click();
    await expectVisible(
      main.getByRole('heading', { level: 1, name: s('guidance:title') }),
    );
    await expectNoAxeViolations(page, `Guidance library (${lang.code})`);
    await main.getByRole('link', { name: s('guidance:why.title') }).click();
    await expectVisible(
      main.getByRole('heading', { name: s('guidance:why.rights.heading') }),
    );
    await expectNoAxeViolations(page, `Guidance topic (${lang.code})`);
    await page.goto(`${suite.baseUrl}/guidance/cases/rotherham`);
    await expectVisible(
      main.getByRole('heading', {
        level: 1,
        name: s('guidance:cases.rotherham.title'),
      }),
    );
    await expectNoAxeViolations(page, `Case study (${lang.code})`);

    // Results, export and the report, all in the reflection's language.
    const id = new URL(questionUrl).pathname.split('/')[2] ?? '';
    await page.goto(`${suite.baseUrl}/r/${id}/results`);
    await expectVisible(main.getByRole('heading', { level: 1 }));
    await expectDocumentLanguage(page, lang);
    await expectNoAxeViolations(page, `Results (${lang.code})`);
    await page.goto(`${suite.baseUrl}/r/${id}/export`);
    await expectVisible(
      main.getByRole('heading', { level: 1, name: s('export:title') }),
    );
    expect(
      await main
        .getByRole('combobox', { name: s('export:language.label') })
        .inputValue(),
    ).toBe(lang.code);
    await expectNoAxeViolations(page, `Export (${lang.code})`);
    // The PDF is in the reflection's language, its letters readable.
    const pdf = await downloadOf(page, () =>
      main.getByRole('button', { name: s('export:pdf.action') }).click(),
    );
    const { text } = await pdfText(pdf.bytes);
    const readable = text.normalize('NFKC').replace(/\s+/g, ' ');
    for (const phrase of [lang.org, s('export:report.title')]) {
      const words = phrase.split(' ');
      // pdf.js may hand back a right-to-left line's words in either order.
      expect(
        words.every((w) => readable.includes(w.normalize('NFKC'))),
        `${phrase} in ${readable.slice(0, 300)}`,
      ).toBe(true);
    }
    await page.goto(`${suite.baseUrl}/r/${id}/report`);
    const report = main.locator(`[lang="${lang.code}"][dir="${lang.dir}"]`);
    await expectVisible(report.getByText(lang.org).first());
    await expectNoAxeViolations(page, `Report (${lang.code})`);

    // Reloading keeps the language; choosing English is remembered even
    // though the browser still prefers the other language.
    await page.reload();
    await expectDocumentLanguage(page, lang);
    await page
      .getByRole('combobox', { name: s('common:language.label') })
      .selectOption('en-GB');
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe(
      'en-GB',
    );
    await page.goto(`${suite.baseUrl}/`);
    await expectVisible(
      main.getByRole('heading', { level: 1, name: 'Your reflections' }),
    );
    await poll(() =>
      page.evaluate(() => [
        document.documentElement.lang,
        document.documentElement.dir,
      ]),
    ).toEqual(['en-GB', 'ltr']);

    // The reflection remembers its language and offers to switch back.
    await page.goto(questionUrl);
    const english = localeText('en-GB');
    await page
      .getByRole('button', {
        name: english('reflect:language.switch', {
          language: s(`common:language.names.${lang.code}`),
        }),
      })
      .click();
    await expectDocumentLanguage(page, lang);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lays out at tablet size with no overlapping text, mirrored when right to left', async () => {
    const page = await suite.newPage({ locale: lang.code, viewport: TABLET });
    await page.goto(`${suite.baseUrl}/new`);
    const main = page.getByRole('main');
    await main
      .getByRole('textbox', { name: s('setup:fields.organisationName.label') })
      .fill(lang.org);
    await main
      .getByText(s('setup:fields.organisationType.options.icb'), {
        exact: true,
      })
      .click();
    await main
      .getByText(s('framework:levels.individual.name'), { exact: true })
      .click();
    await main.getByRole('button', { name: s('setup:submit') }).click();
    const heading = main.getByRole('heading', {
      level: 1,
      name: s('reflect:title', {
        level: s('framework:levels.individual.name'),
        dimension: s('framework:dimensions.space.name'),
      }),
    });
    await expectVisible(heading);
    await expectVisible(main.getByRole('progressbar').first());
    await page.evaluate(() => document.fonts.ready);

    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({
      path: join(SHOTS, `reflect-${lang.code}-tablet.png`),
      fullPage: true,
    });

    // Nothing spills sideways, and no text sits on top of other text.
    expect(
      await page.evaluate(
        () =>
          document.documentElement.scrollWidth <=
          document.documentElement.clientWidth,
      ),
    ).toBe(true);
    expect(await overlappingText(page)).toEqual([]);

    // Mirroring: the reading edge is the right in Arabic, the left in Welsh.
    const width = TABLET.width;
    const box = async (locator: ReturnType<Page['locator']>) => {
      const b = await locator.boundingBox();
      if (!b) throw new Error(`${locator.toString()} has no box`);
      return b;
    };
    const appName = await box(page.locator('.app-header__name'));
    const progress = await box(main.getByRole('progressbar').first());
    const title = await box(heading);
    const fromRight = (b: { x: number; width: number }) =>
      width - (b.x + b.width);
    if (lang.dir === 'rtl') {
      expect(appName.x).toBeGreaterThan(width / 2);
      expect(fromRight(title)).toBeLessThan(40);
      expect(fromRight(progress)).toBeLessThan(40);
      // The progress label starts at the right edge of its bar.
      const label = await box(
        main.getByText(s('reflect:progressLabel'), { exact: true }).first(),
      );
      expect(label.x + label.width).toBeGreaterThan(
        progress.x + progress.width - 40,
      );
    } else {
      expect(appName.x + appName.width).toBeLessThan(width / 2);
      expect(title.x).toBeLessThan(40);
      expect(progress.x).toBeLessThan(40);
    }
    await page.context().close();
  });
});

describe('a Champion reviewing in Arabic what was written in English', () => {
  it('shows the review in Arabic, marks the English answers as English and passes axe', async () => {
    const ar = localeText('ar');
    const org = 'Riverside Youth Trust';
    const evidence = 'Youth panel minutes from March.';
    const pack = makeSummaryPack({
      organisationName: org,
      cells: [{ cellId: 'service.space', rating: 3, evidence }],
    });
    const page = await suite.newPage({ locale: 'ar', viewport: TABLET });
    const { errors } = watchErrors(page);
    const main = page.getByRole('main');
    await page.goto(linkFor(suite.baseUrl, packBytes(pack)));
    await expectVisible(
      main.getByRole('heading', {
        level: 1,
        name: ar('review:start.heading', { organisation: org }),
      }),
    );
    await expectDocumentLanguage(page, LANGUAGES[1]!);
    // The Champion is told the organisation wrote in English.
    await expectVisible(
      main.getByText(
        ar('review:otherLanguage', {
          language: ar('common:language.names.en-GB'),
        }),
      ),
    );
    await expectNoAxeViolations(page, 'Review start (ar, pack in en-GB)');
    await main
      .getByRole('link', { name: ar('review:start.begin'), exact: true })
      .click();
    const quote = main.getByText(evidence, { exact: true });
    await expectVisible(quote);
    // Screen readers switch to English for the organisation's own words.
    expect(await quote.getAttribute('lang')).toBe('en-GB');
    await expectNoAxeViolations(page, 'Review question (ar, pack in en-GB)');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
