import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { CompareScreen } from '../../../../src/features/results/CompareScreen';
import { ResultsScreen } from '../../../../src/features/results/ResultsScreen';
import { saveAnswer } from '../../../../src/storage/answers';
import { addReflection } from '../../../../src/storage/reflections';
import { useFreshDb } from '../../../support/db';
import { makeReflection } from '../../../support/factories';
import { renderWithProviders } from '../../../support/render';

async function twoYears() {
  const before = makeReflection({
    organisationName: 'NHS Anytown ICB',
    date: '2025-03-01',
  });
  const after = makeReflection({
    organisationName: 'nhs anytown icb',
    date: '2026-03-01',
  });
  await addReflection(before);
  await addReflection(after);
  await saveAnswer(before.id, 'service.space', { rating: 1 });
  await saveAnswer(after.id, 'service.space', { rating: 3 });
  await saveAnswer(before.id, 'service.voice', { rating: 2 });
  await saveAnswer(after.id, 'service.voice', { rating: 'dontKnow' });
  return { before, after };
}

describe('CompareScreen', () => {
  useFreshDb();

  it('shows what moved between two reflections of the same organisation', async () => {
    const { before, after } = await twoYears();
    renderWithProviders(
      <Route path="/compare/:before/:after" component={CompareScreen} />,
      {
        path: `/compare/${before.id}/${after.id}`,
      },
    );
    const table = await screen.findByRole('table', {
      name: 'Ratings then and now, question by question',
    });
    const space = within(table).getByRole('row', { name: /^Service: Space/ });
    expect(
      within(space)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Starting', 'Established', 'Up 2 steps']);
    const voice = within(table).getByRole('row', { name: /^Service: Voice/ });
    expect(within(voice).getAllByRole('cell')[2]).toHaveTextContent(
      'Cannot compare',
    );
    expect(
      screen.getByText(
        /1 moved up, 0 moved down, 0 stayed the same, 6 cannot be compared/,
      ),
    ).toBeInTheDocument();
  });

  it('is offered from the results of either reflection', async () => {
    const { before, after } = await twoYears();
    renderWithProviders(
      <Route path="/r/:reflectionId/results" component={ResultsScreen} />,
      {
        path: `/r/${after.id}/results`,
      },
    );
    const link = await screen.findByRole('link', {
      name: 'Compare with 1 March 2025',
    });
    expect(link).toHaveAttribute('href', `/compare/${before.id}/${after.id}`);
  });
});
