import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { ExportScreen } from '../../../../src/features/export/ExportScreen';
import * as Files from '../../../../src/lib/files';
import { buildPdf, type PdfDocument } from '../../../../src/lib/pdf';
import { addReflection } from '../../../../src/storage/reflections';
import { useFreshDb } from '../../../support/db';
import { makeReflection } from '../../../support/factories';
import { renderWithProviders } from '../../../support/render';
import { HOSTILE_EVIDENCE, PRIVATE_NOTE, seedReport } from './seed';

vi.mock('../../../../src/lib/files', async (importOriginal) => ({
  ...(await importOriginal<typeof Files>()),
  downloadFile: vi.fn(),
}));
vi.mock('../../../../src/lib/pdf', () => ({
  buildPdf: vi.fn(() => Promise.resolve(new TextEncoder().encode('%PDF-1.3'))),
}));

const download = vi.mocked(Files.downloadFile);
const pdf = vi.mocked(buildPdf);

function renderExport(reflectionId: string) {
  return renderWithProviders(
    <Route path="/r/:reflectionId/export" component={ExportScreen} />,
    { path: `/r/${reflectionId}/export` },
  );
}

/** The one file handed to downloadFile: its bytes, name and type. */
function downloaded() {
  expect(download).toHaveBeenCalledTimes(1);
  const [bytes, name, type] = download.mock.calls[0] ?? [];
  if (!bytes) throw new Error('nothing downloaded');
  return { bytes, name, type };
}

describe('ExportScreen', () => {
  useFreshDb();
  beforeEach(() => {
    download.mockClear();
    pdf.mockClear();
  });

  it('offers printing, a PDF and a spreadsheet', async () => {
    const reflection = await seedReport();
    renderExport(reflection.id);
    expect(
      await screen.findByRole('link', { name: 'Print the report' }),
    ).toHaveAttribute('href', `/r/${reflection.id}/report?print=1`);
    expect(
      screen.getByRole('button', { name: 'Download a PDF' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download a spreadsheet (CSV)' }),
    ).toBeInTheDocument();
  });

  it('downloads a CSV that starts with a BOM and has a row per question and per action', async () => {
    const user = userEvent.setup();
    const reflection = await seedReport();
    renderExport(reflection.id);
    await user.click(
      await screen.findByRole('button', {
        name: 'Download a spreadsheet (CSV)',
      }),
    );
    const { bytes, name, type } = downloaded();
    expect(name).toBe('nhs-anytown-icb-ratings-and-actions.csv');
    expect(type).toBe('text/csv;charset=utf-8');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Level,Dimension,Rating,Evidence,Examples of involvement,Groups reached',
    );
    // 14 questions (two levels × seven dimensions), a blank line, the
    // action headings, one action, then a blank line, the Champions'
    // headings, one question they responded to, and the final line end.
    expect(lines).toHaveLength(1 + 14 + 1 + 1 + 1 + 1 + 1 + 1 + 1);
    expect(lines[19]).toBe(
      "Question,Organisation's rating,Champions: matches,Champions: not sure,Champions: does not match,Champions' ratings,Champions' comments",
    );
    expect(lines[20]?.startsWith('Service: ')).toBe(true);
    expect(lines[2]).toBe('Service,Voice,Not yet,,,');
    expect(lines[16]).toBe(
      'Action,Who,By when,Progress,How young people will hear,Question',
    );
    expect(lines[17]).toBe(
      'Offer more ways to give views,Participation lead,2026-06-30,In progress,"You said, we did update at the July panel",Service: Voice',
    );
    expect(text).not.toContain(PRIVATE_NOTE);
    expect(
      await screen.findByText(
        'The spreadsheet has been downloaded: nhs-anytown-icb-ratings-and-actions.csv',
      ),
    ).toBeInTheDocument();
  });

  it('neutralises a formula in the evidence so a spreadsheet shows it as text', async () => {
    const user = userEvent.setup();
    const reflection = await seedReport();
    renderExport(reflection.id);
    await user.click(
      await screen.findByRole('button', {
        name: 'Download a spreadsheet (CSV)',
      }),
    );
    const text = new TextDecoder().decode(downloaded().bytes);
    const space = text.split('\r\n')[1];
    expect(HOSTILE_EVIDENCE).toBe('=HYPERLINK("http://x","y")');
    expect(space).toBe(
      `Service,Space,Leading,"'=HYPERLINK(""http://x"",""y"")",,Care-experienced (in care or care leavers)`,
    );
  });

  it('makes the PDF from the same report, named after the organisation', async () => {
    const user = userEvent.setup();
    const reflection = await seedReport();
    renderExport(reflection.id);
    await user.click(
      await screen.findByRole('button', { name: 'Download a PDF' }),
    );
    expect(
      await screen.findByText(
        'The PDF has been downloaded: nhs-anytown-icb-report.pdf',
      ),
    ).toBeInTheDocument();
    const { name, type } = downloaded();
    expect(name).toBe('nhs-anytown-icb-report.pdf');
    expect(type).toBe('application/pdf');

    const model = pdf.mock.calls[0]?.[0] as PdfDocument;
    expect(model.lang).toBe('en-GB');
    expect(model.cover).toContainEqual({
      label: 'Organisation',
      value: 'NHS Anytown ICB',
    });
    const headings = model.sections.map((s) => s.heading);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Summary',
        'Ratings by level and dimension',
        'Findings',
        'Strengths',
        'Priorities',
        'Action plan',
        'What young people said',
        'About this report',
      ]),
    );
    const grid = model.sections.find(
      (s) => s.heading === 'Ratings by level and dimension',
    );
    expect(grid?.kind === 'table' && grid.body[0]).toEqual([
      'Service',
      'Leading',
      'Not yet',
      'Established',
      'Not answered',
      'Not answered',
      'Not answered',
      'Not answered',
    ]);
    expect(model.pageLabel?.(2, 5)).toBe('Page 2 of 5');
    expect(JSON.stringify(model)).not.toContain(PRIVATE_NOTE);
  });

  it('says so, and suggests printing instead, when the PDF cannot be made', async () => {
    const user = userEvent.setup();
    pdf.mockRejectedValueOnce(new Error('font not cached'));
    const reflection = await seedReport();
    renderExport(reflection.id);
    await user.click(
      await screen.findByRole('button', { name: 'Download a PDF' }),
    );
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(/print the report and choose Save as PDF/),
    ).toBeInTheDocument();
    expect(download).not.toHaveBeenCalled();
  });

  it('writes the report in the language the reflection was made in', async () => {
    const reflection = makeReflection({ locale: 'cy' });
    await addReflection(reflection);
    renderExport(reflection.id);
    const language = await screen.findByRole('combobox', {
      name: 'Language of the report',
    });
    expect(language).toHaveValue('cy');
    expect(screen.getByRole('option', { name: 'Cymraeg' })).toHaveProperty(
      'selected',
      true,
    );
    expect(
      screen.getByRole('link', { name: 'Print the report' }),
    ).toHaveAttribute('href', `/r/${reflection.id}/report?print=1`);
    expect(
      screen.getByRole('link', { name: 'See the report without printing' }),
    ).toHaveAttribute('href', `/r/${reflection.id}/report`);
  });

  it('puts a language chosen for the report into its links, and takes it out when the usual one is chosen again', async () => {
    const user = userEvent.setup();
    const reflection = makeReflection({ locale: 'cy' });
    await addReflection(reflection);
    renderExport(reflection.id);
    const language = await screen.findByRole('combobox', {
      name: 'Language of the report',
    });

    await user.selectOptions(language, 'English (UK)');
    expect(language).toHaveValue('en-GB');
    expect(
      screen.getByRole('link', { name: 'Print the report' }),
    ).toHaveAttribute('href', `/r/${reflection.id}/report?lang=en-GB&print=1`);
    expect(
      screen.getByRole('link', { name: 'See the report without printing' }),
    ).toHaveAttribute('href', `/r/${reflection.id}/report?lang=en-GB`);

    await user.selectOptions(language, 'Cymraeg');
    expect(
      screen.getByRole('link', { name: 'Print the report' }),
    ).toHaveAttribute('href', `/r/${reflection.id}/report?print=1`);
  });

  it('makes the PDF in the language chosen, while its own buttons stay in English', async () => {
    const user = userEvent.setup();
    const reflection = await seedReport();
    renderExport(reflection.id);
    const language = await screen.findByRole('combobox', {
      name: 'Language of the report',
    });
    expect(language).toHaveValue('en-GB');

    await user.selectOptions(language, 'العربية');
    expect(
      screen.getByRole('link', { name: 'Print the report' }),
    ).toHaveAttribute('href', `/r/${reflection.id}/report?lang=ar&print=1`);
    await user.click(screen.getByRole('button', { name: 'Download a PDF' }));
    await screen.findByText(/The PDF has been downloaded/);
    const model = pdf.mock.calls[0]?.[0] as PdfDocument;
    expect(model.lang).toBe('ar');
    expect(model.dir).toBe('rtl');
  });

  it('says when the reflection is not on this device', async () => {
    renderExport('no-such-reflection');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
