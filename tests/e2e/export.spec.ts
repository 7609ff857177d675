/**
 * Export and print, end to end: the printable report on paper (print media),
 * the PDF file (read back with pdf.js: real text, an embedded font), the CSV
 * file (BOM, one row per cell then the action plan, formula injection
 * neutralised and quoted), and the PDF made with no network at all.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ExportPage } from './page-models/export-page';
import { HomePage } from './page-models/home-page';
import {
  expectVisible,
  waitForServiceWorkerControl,
  watchErrors,
} from './support/app';
import { pdfText } from './support/pdf';
import {
  makeAction,
  richReflection,
  writeRecords,
  type RichReflection,
} from './support/records';
import { REPO_ROOT } from './support/server';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

const ORG = 'Northbrook Children’s Services';
const FORMULA = '=HYPERLINK("http://evil.example","x")';
const FORMULA_ACTION = `${FORMULA} and a real plan`;
const PRIVATE = 'Not for the report';
const SHOTS = path.join(REPO_ROOT, 'test-results');

/** The rich reflection, with the formula in an evidence and in an action. */
function fixture(): RichReflection {
  const data = richReflection(ORG);
  const id = data.reflection.id;
  const audience = data.answers.find(
    (a) => a.reflectionId === id && a.cellId === 'service.audience',
  )!;
  audience.evidence = FORMULA;
  data.actions.push(
    makeAction(id, data.actions.length, {
      text: FORMULA_ACTION,
      owner: '@owner',
      feedbackToYoungPeople: '+44 bulletin',
      status: 'doing',
    }),
  );
  return data;
}

/** A page on Home with the fixture written into its database. */
async function seeded(page: Page): Promise<RichReflection> {
  const data = fixture();
  const home = new HomePage(page, suite.baseUrl);
  await home.goto();
  await writeRecords(page, data);
  return data;
}

/** Whether an element is hidden on the page: display none or not visible. */
async function isHidden(locator: Locator): Promise<boolean> {
  if ((await locator.count()) === 0) return true;
  return locator.evaluateAll((els) =>
    els.every(
      (el) =>
        getComputedStyle(el).display === 'none' ||
        !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
    ),
  );
}

/** RFC 4180 fields: quotes, doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field || row.length) throw new Error('The CSV does not end with CRLF');
  return rows;
}

describe('export and print', () => {
  it('prints the report: grid and action plan on paper, no app chrome', async () => {
    const page = await suite.newPage();
    const { errors } = watchErrors(page);
    const { reflection } = await seeded(page);
    const report = new ExportPage(page, suite.baseUrl);
    await report.gotoReport(reflection.id);

    const main = page.getByRole('main');
    const grid = main.getByRole('table', {
      name: 'Ratings by level and dimension',
    });
    const plan = main.locator('#report-actions');
    const chrome = {
      header: page.locator('.app-header'),
      footer: page.locator('.app-footer'),
      'skip link': page.locator('.skip-link'),
      'Print button': report.reportPrintButton,
      'Back link': main.getByRole('link', {
        name: 'Back to export and print',
      }),
    };
    // On screen the chrome is there (so hiding it below means something).
    await expectVisible(chrome.header);
    await expectVisible(chrome['Print button']);

    await page.emulateMedia({ media: 'print' });
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({
      path: path.join(SHOTS, 'export-report-print.png'),
      fullPage: true,
    });

    await expectVisible(grid);
    await expectVisible(
      main.getByRole('heading', { level: 2, name: 'Action plan' }),
    );
    await expectVisible(plan);
    const planText = await plan.innerText();
    expect(planText).toContain(
      'Invite the youth forum to co-chair the service review',
    );
    expect(planText).toContain('In progress');
    expect(await grid.innerText()).toContain('Established');
    for (const [name, locator] of Object.entries(chrome)) {
      expect(await isHidden(locator), `${name} should not print`).toBe(true);
    }
    // Nothing private is printed.
    expect(await main.innerText()).not.toContain(PRIVATE);
    expect(errors).toEqual([]);
  });

  it('downloads a PDF with real text in an embedded font', async () => {
    const page = await suite.newPage();
    const { errors } = watchErrors(page);
    const { reflection } = await seeded(page);
    const exporter = new ExportPage(page, suite.baseUrl);
    await exporter.goto(reflection.id);
    const file = await exporter.downloadPdf();

    expect(file.name).toBe('northbrook-children-s-services-report.pdf');
    const raw = file.bytes.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw, 'the PDF names its embedded font').toMatch(/NotoSans/);
    expect(raw, 'the PDF embeds a TrueType font program').toMatch(
      /\/FontFile2\b/,
    );

    const { text, pages, title } = await pdfText(file.bytes);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(title).toBe('Voice and influence report');
    expect(text).toContain(ORG);
    // The grid, in words.
    expect(text).toContain('Ratings by level and dimension');
    expect(text).toMatch(/\bEstablished\b/);
    expect(text).toMatch(/\bDon't know\b|\bDon’t know\b/);
    // The action plan.
    expect(text).toContain('Action plan');
    expect(text).toContain('Pay young people for their time');
    // The method note.
    expect(text).toContain('About this report');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).not.toContain(PRIVATE);
    expect(errors).toEqual([]);
  });

  it('downloads a CSV: BOM, a row per cell, the actions, formulas neutralised', async () => {
    const page = await suite.newPage();
    const { reflection, actions } = await seeded(page);
    const exporter = new ExportPage(page, suite.baseUrl);
    await exporter.goto(reflection.id);
    const file = await exporter.downloadCsv();

    expect(file.name).toBe(
      'northbrook-children-s-services-ratings-and-actions.csv',
    );
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString('utf8').slice(1);
    // The formula comes out as text, in a properly quoted field.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).not.toContain(PRIVATE);

    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'Level',
      'Dimension',
      'Rating',
      'Evidence',
      'Examples of involvement',
      'Groups reached',
    ]);
    const cells = rows.slice(1, 15);
    expect(cells).toHaveLength(14); // 2 levels × 7 dimensions
    expect(cells.map((r) => r[0])).toEqual([
      ...Array(7).fill('Service'),
      ...Array(7).fill('Organisation'),
    ]);
    expect(cells[0]).toEqual([
      'Service',
      'Space',
      'Established',
      'The youth forum redesigned the waiting room.',
      '',
      'Care-experienced (in care or care leavers); Young carers',
    ]);
    expect(cells[2]?.slice(0, 4)).toEqual([
      'Service',
      'Audience',
      'Starting',
      `'${FORMULA}`,
    ]);
    expect(cells[13]?.slice(0, 3)).toEqual([
      'Organisation',
      'Embedding',
      'Not answered',
    ]);
    expect(rows[15]).toEqual(['']);
    expect(rows[16]).toEqual([
      'Action',
      'Who',
      'By when',
      'Progress',
      'How young people will hear',
      'Question',
    ]);
    // The actions run to the next blank row; the Champions' view follows
    // when reviews have come back.
    const afterActions = rows.slice(17);
    const blank = afterActions.findIndex(
      (row) => row.length === 1 && row[0] === '',
    );
    const actionRows =
      blank === -1 ? afterActions : afterActions.slice(0, blank);
    expect(actionRows).toHaveLength(actions.length);
    if (blank !== -1) {
      expect(afterActions[blank + 1]?.[0]).toBe('Question');
      expect(afterActions[blank + 1]).toContain("Champions' ratings");
    }
    expect(actionRows[0]).toEqual([
      'Invite the youth forum to co-chair the service review',
      'Head of service',
      '2025-06-30',
      'In progress',
      'A you said, we did update at the June forum.',
      'Service: Space',
    ]);
    expect(actionRows.at(-1)).toEqual([
      `'${FORMULA_ACTION}`,
      "'@owner",
      '',
      'In progress',
      "'+44 bulletin",
      '',
    ]);
  });

  it('makes the PDF with no network once the app is installed', async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    const { errors } = watchErrors(page);
    const home = new HomePage(page, suite.baseUrl);
    await home.goto();
    await waitForServiceWorkerControl(page);
    const { reflection } = await seeded(page);

    // Offline for real: no network in the browser, and no server.
    await context.setOffline(true);
    await suite.server.stop();
    suite.server.clearRequests();

    const exporter = new ExportPage(page, suite.baseUrl);
    await exporter.goto(reflection.id);
    const file = await exporter.downloadPdf();
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.bytes.toString('latin1')).toMatch(/\/FontFile2\b/);
    const { text } = await pdfText(file.bytes);
    expect(text).toContain(ORG);
    await expect(exporter.pdfFailed.count()).resolves.toBe(0);
    expect(suite.server.requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
