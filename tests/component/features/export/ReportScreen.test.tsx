import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { ReportScreen } from '../../../../src/features/export/ReportScreen';
import { useFreshDb } from '../../../support/db';
import { renderWithProviders } from '../../../support/render';
import { PRIVATE_NOTE, seedReport } from './seed';

function renderReport(reflectionId: string, search = '') {
  return renderWithProviders(
    <Route path="/r/:reflectionId/report" component={ReportScreen} />,
    { path: `/r/${reflectionId}/report${search}` },
  );
}

const rowTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('ReportScreen', () => {
  useFreshDb();

  it('opens with a cover naming the organisation, area, date, levels and facilitator', async () => {
    const reflection = await seedReport();
    renderReport(reflection.id);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Voice and influence report',
      }),
    ).toBeInTheDocument();
    for (const text of [
      'NHS Anytown ICB',
      'Anytown and District',
      '27 March 2026',
      'Service, System and community',
      'Sam Okafor',
    ])
      expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('counts answers, strengths, priorities and unknowns in the summary', async () => {
    const reflection = await seedReport();
    renderReport(reflection.id);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    const term = (name: string) =>
      within(summary).getByText(name).nextElementSibling?.textContent;
    expect(term('Questions answered')).toBe('4 of 14');
    expect(term('Strengths')).toBe('2');
    expect(term('Priorities')).toBe('1');
    expect(term("Don't know")).toBe('1');
  });

  it('shows the grid as a table with rating words, not colour alone', async () => {
    const reflection = await seedReport();
    renderReport(reflection.id);
    const grid = await screen.findByRole('table', {
      name: 'Ratings by level and dimension',
    });
    const service = within(grid).getByRole('row', { name: /^Service/ });
    expect(within(service).getByRole('rowheader')).toHaveTextContent('Service');
    expect(rowTexts(service).slice(0, 4)).toEqual([
      'Leading',
      'Not yet',
      'Established',
      'Not answered',
    ]);
    const system = within(grid).getByRole('row', { name: /^System/ });
    expect(rowTexts(system)[3]).toBe("Don't know");
  });

  it('lists strengths, priorities with next steps, unknowns, evidence gaps and reach gaps', async () => {
    const reflection = await seedReport();
    renderReport(reflection.id);
    const strengths = await screen.findByRole('table', { name: 'Strengths' });
    expect(
      within(strengths).getByRole('rowheader', { name: 'Service: Space' }),
    ).toBeInTheDocument();
    const priorities = screen.getByRole('table', { name: 'Priorities' });
    const voice = within(priorities).getByRole('row', {
      name: /^Service: Voice/,
    });
    expect(rowTexts(voice)[0]).toBe('Not yet');
    expect(rowTexts(voice)[1]?.length).toBeGreaterThan(20);
    expect(
      within(
        screen.getByRole('table', { name: "What we don't know yet" }),
      ).getByRole('rowheader', { name: /^System.*: Influence$/ }),
    ).toBeInTheDocument();
    const gaps = screen.getByRole('table', {
      name: 'Strong ratings without evidence',
    });
    expect(
      within(gaps).getByRole('rowheader', { name: 'Service: Audience' }),
    ).toBeInTheDocument();
    expect(
      within(gaps).queryByRole('rowheader', { name: 'Service: Space' }),
    ).not.toBeInTheDocument();
    const reach = screen.getByRole('table', {
      name: 'Who is not being reached',
    });
    const serviceReach = within(reach).getByRole('row', { name: /^Service/ });
    expect(serviceReach).toHaveTextContent('Young carers');
    expect(serviceReach).not.toHaveTextContent('Care-experienced');
  });

  it('shows the action plan with who, by when, progress and how young people will hear', async () => {
    const reflection = await seedReport();
    renderReport(reflection.id);
    const plan = await screen.findByRole('table', { name: 'Action plan' });
    const row = within(plan).getByRole('row', {
      name: /Offer more ways to give views/,
    });
    expect(rowTexts(row)).toEqual([
      'Offer more ways to give views',
      'Participation lead',
      '30 June 2026',
      'In progress',
      'You said, we did update at the July panel',
    ]);
  });

  it("shows the Champions' view beside the organisation's rating when reviews exist", async () => {
    const reflection = await seedReport();
    renderReport(reflection.id);
    const section = await screen.findByRole('region', {
      name: 'What young people said',
    });
    expect(
      within(section).getByText(/1 Health Equity Champion reviewed/),
    ).toBeInTheDocument();
    const table = within(section).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Question',
      "Organisation's rating",
      'Agree',
      'Not sure',
      'Disagree',
      "Champions' ratings",
    ]);
    const space = within(table).getByRole('row', { name: /^Service: Space/ });
    expect(rowTexts(space)).toEqual(['Leading', '0', '0', '1', 'Starting']);
    expect(
      within(section).getByText('Service: Voice: chosen by 1 Champion'),
    ).toBeInTheDocument();
    expect(within(section).getByText('Transport costs')).toBeInTheDocument();
    expect(within(section).queryByText(/Champion A/)).not.toBeInTheDocument();
  });

  it("leaves out the Champions' view when no review has come back", async () => {
    const reflection = await seedReport({ withReview: false });
    renderReport(reflection.id);
    await screen.findByRole('table', { name: 'Action plan' });
    expect(
      screen.queryByRole('region', { name: 'What young people said' }),
    ).not.toBeInTheDocument();
  });

  it('explains the method and never shows private notes', async () => {
    const reflection = await seedReport();
    renderReport(reflection.id);
    const method = await screen.findByRole('region', {
      name: 'About this report',
    });
    expect(within(method).getByText(/seven dimensions/)).toBeInTheDocument();
    expect(within(method).getByText(/^Leading:/)).toBeInTheDocument();
    expect(
      within(method).getByText(/Private notes are never included/),
    ).toBeInTheDocument();
    expect(screen.queryByText(PRIVATE_NOTE)).not.toBeInTheDocument();
  });

  it('opens the print dialog once when asked to print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const reflection = await seedReport();
    const view = renderReport(reflection.id, '?print=1');
    await screen.findByRole('table', { name: 'Action plan' });
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(view.location()).toBe(`/r/${reflection.id}/report`);
  });

  it('has a Print button that prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const reflection = await seedReport();
    renderReport(reflection.id);
    (await screen.findByRole('button', { name: 'Print' })).click();
    expect(print).toHaveBeenCalledTimes(1);
  });
});
