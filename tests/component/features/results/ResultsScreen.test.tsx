import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { CheckAnswers } from '../../../../src/features/reflect/CheckAnswers';
import { ResultsScreen } from '../../../../src/features/results/ResultsScreen';
import { addAction, updateAction } from '../../../../src/storage/actions';
import { saveAnswer } from '../../../../src/storage/answers';
import { addReflection } from '../../../../src/storage/reflections';
import { useFreshDb } from '../../../support/db';
import { makeReflection } from '../../../support/factories';
import { renderWithProviders } from '../../../support/render';

async function seed() {
  const reflection = makeReflection({
    organisationName: 'NHS Anytown ICB',
    levels: ['service', 'system'],
  });
  await addReflection(reflection);
  await saveAnswer(reflection.id, 'service.space', {
    rating: 4,
    evidence: 'Panel minutes',
  });
  await saveAnswer(reflection.id, 'service.voice', { rating: 0 });
  await saveAnswer(reflection.id, 'system.influence', { rating: 'dontKnow' });
  const action = await addAction(reflection.id, 'service.voice');
  await updateAction(action.id, {
    text: 'Offer more ways to give views',
    owner: 'Participation lead',
  });
  return reflection;
}

describe('ResultsScreen', () => {
  useFreshDb();

  it('shows the grid as a table with rating words in the right cells', async () => {
    const reflection = await seed();
    renderWithProviders(
      <Route path="/r/:reflectionId/results" component={ResultsScreen} />,
      {
        path: `/r/${reflection.id}/results`,
      },
    );
    const table = await screen.findByRole('table', {
      name: 'Ratings by level and dimension',
    });
    const serviceRow = within(table).getByRole('row', { name: /^Service/ });
    const cells = within(serviceRow)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual(['Leading', 'Not yet', 'Not answered']);
    const systemRow = within(table).getByRole('row', { name: /^System/ });
    expect(within(systemRow).getAllByRole('cell')[3]).toHaveTextContent(
      "Don't know",
    );
  });

  it('lists strengths, priorities with a next step, unknowns and actions', async () => {
    const reflection = await seed();
    renderWithProviders(
      <Route path="/r/:reflectionId/results" component={ResultsScreen} />,
      {
        path: `/r/${reflection.id}/results`,
      },
    );
    const strengths = await screen.findByRole('region', { name: 'Strengths' });
    expect(
      within(strengths).getByRole('link', { name: 'Service: Space' }),
    ).toBeInTheDocument();
    const priorities = screen.getByRole('region', { name: 'Priorities' });
    expect(within(priorities).getByText(/Next step:/)).toBeInTheDocument();
    const unknown = screen.getByRole('region', {
      name: "What you don't know yet",
    });
    expect(
      within(unknown).getByRole('link', { name: /^System.*: Influence$/ }),
    ).toBeInTheDocument();
    const actions = screen.getByRole('region', { name: 'Actions' });
    expect(
      within(actions).getByRole('cell', {
        name: 'Offer more ways to give views',
      }),
    ).toBeInTheDocument();
    expect(
      within(actions).getByRole('cell', { name: 'Participation lead' }),
    ).toBeInTheDocument();
  });
});

describe('ResultsScreen analysis', () => {
  useFreshDb();

  it('flags high ratings with no evidence and says who is not reached at each level', async () => {
    const reflection = makeReflection({ levels: ['service', 'system'] });
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.space', {
      rating: 3,
      groupsReached: ['youngCarers'],
    });
    await saveAnswer(reflection.id, 'service.voice', {
      rating: 4,
      evidence: 'Minutes',
      groupsReached: ['careExperienced'],
    });
    renderWithProviders(
      <Route path="/r/:reflectionId/results" component={ResultsScreen} />,
      {
        path: `/r/${reflection.id}/results`,
      },
    );

    const gaps = await screen.findByRole('region', {
      name: 'High ratings with no evidence',
    });
    expect(
      within(gaps).getByRole('link', { name: 'Service: Space' }),
    ).toBeInTheDocument();
    expect(
      within(gaps).queryByRole('link', { name: 'Service: Voice' }),
    ).not.toBeInTheDocument();

    const reach = screen.getByRole('region', {
      name: 'Who is not being reached',
    });
    const notReached = within(reach)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(notReached).not.toContain('Young carers');
    expect(notReached.length).toBeGreaterThan(5);
    expect(
      within(reach).getByText(
        'Not known yet: nothing at this level is answered.',
      ),
    ).toBeInTheDocument();

    const byLevel = screen.getByRole('table', {
      name: 'Ratings at each level',
    });
    const service = within(byLevel).getByRole('row', { name: /^Service/ });
    const counts = within(service)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // Not yet, Starting, Developing, Established, Leading, Don't know, Not relevant, Not answered
    expect(counts).toEqual(['0', '0', '0', '1', '1', '0', '0', '5']);
  });
});

describe('CheckAnswers', () => {
  useFreshDb();

  it('shows every answer with a Change link and counts what is left', async () => {
    const reflection = await seed();
    renderWithProviders(
      <Route path="/r/:reflectionId/check" component={CheckAnswers} />,
      {
        path: `/r/${reflection.id}/check`,
      },
    );
    expect(
      await screen.findByText(
        '11 questions are not answered yet. You can still see results, and come back to them later.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Panel minutes')).toBeInTheDocument();
    expect(screen.getByText('1 action')).toBeInTheDocument();
    const change = screen.getByRole('link', { name: 'Change Service: Voice' });
    expect(change).toHaveAttribute(
      'href',
      `/r/${reflection.id}/reflect/service.voice`,
    );
    expect(screen.getByRole('link', { name: 'See results' })).toHaveAttribute(
      'href',
      `/r/${reflection.id}/results`,
    );
  });
});
