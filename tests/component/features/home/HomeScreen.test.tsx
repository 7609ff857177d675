import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HomeScreen } from '../../../../src/features/home/HomeScreen';
import { saveAnswer } from '../../../../src/storage/answers';
import { db } from '../../../../src/storage/db';
import { primeHomeQueries } from '../../../../src/storage/live';
import { addReflection } from '../../../../src/storage/reflections';
import { useFreshDb } from '../../../support/db';
import { makeReflection } from '../../../support/factories';
import { renderWithProviders } from '../../../support/render';

describe('HomeScreen', () => {
  useFreshDb();

  it('says when there are no reflections and offers to start one', async () => {
    renderWithProviders(<HomeScreen />);
    expect(
      await screen.findByText('There are no reflections on this device yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Start a reflection' }),
    ).toHaveAttribute('href', '/new');
  });

  it('lists each reflection with its date, progress and last saved time, newest first', async () => {
    await addReflection(
      makeReflection({ organisationName: 'Older Trust', updatedAt: 1_000 }),
    );
    const newer = makeReflection({
      organisationName: 'Newer ICB',
      levels: ['service'],
      date: '2026-03-27',
      updatedAt: 2_000,
    });
    await addReflection(newer);
    await saveAnswer(newer.id, 'service.space', { rating: 2 });

    renderWithProviders(<HomeScreen />);
    const headings = await screen.findAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Newer ICB',
      'Older Trust',
    ]);
    const [card] = within(screen.getByRole('list')).getAllByRole('listitem');
    if (!card) throw new Error('no card');
    expect(within(card).getByText('27 March 2026')).toBeInTheDocument();
    expect(
      within(card).getByRole('progressbar', { name: '14% complete' }),
    ).toHaveAttribute('aria-valuetext', '1 of 7 answered');
    expect(
      within(card).getByRole('link', {
        name: 'Continue reflection for Newer ICB',
      }),
    ).toHaveAttribute('href', `/r/${newer.id}/reflect`);
  });

  it('draws the 20 newest reflections first and shows more on request', async () => {
    const user = userEvent.setup();
    await db.reflections.bulkAdd(
      Array.from({ length: 45 }, (_, i) =>
        makeReflection({
          organisationName: `Organisation ${String(i + 1)}`,
          updatedAt: 1_000 + i,
        }),
      ),
    );
    renderWithProviders(<HomeScreen />);
    const cards = async () =>
      within(await screen.findByRole('list')).getAllByRole('heading', {
        level: 3,
      });

    expect((await cards()).map((h) => h.textContent).slice(0, 2)).toEqual([
      'Organisation 45',
      'Organisation 44',
    ]);
    expect(await cards()).toHaveLength(20);
    expect(
      screen.getByText('Showing the 20 most recent of 45 reflections.'),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Show more reflections' }),
    );
    expect(await cards()).toHaveLength(40);
    await user.click(
      screen.getByRole('button', { name: 'Show more reflections' }),
    );
    expect(await cards()).toHaveLength(45);
    expect((await cards()).at(-1)?.textContent).toBe('Organisation 1');
    expect(screen.getByText('Showing all 45 reflections.')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Show more reflections' }),
    ).toBeNull();
  });

  it('asks before deleting, and keeps the reflection when the answer is no', async () => {
    const user = userEvent.setup();
    await addReflection(makeReflection({ organisationName: 'Keep Me' }));
    renderWithProviders(<HomeScreen />);
    await user.click(
      await screen.findByRole('button', {
        name: 'Delete reflection for Keep Me',
      }),
    );
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Delete this reflection?',
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'No, keep it' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument(),
    );
    expect(await db.reflections.count()).toBe(1);
  });

  it('deletes after confirmation and says so', async () => {
    const user = userEvent.setup();
    const reflection = makeReflection({ organisationName: 'Remove Me' });
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.space', { rating: 1 });
    renderWithProviders(<HomeScreen />);
    await user.click(
      await screen.findByRole('button', {
        name: 'Delete reflection for Remove Me',
      }),
    );
    const dialog = await screen.findByRole('alertdialog');
    await user.click(
      within(dialog).getByRole('button', { name: 'Yes, delete it' }),
    );
    expect(
      await screen.findByText('The reflection for Remove Me has been deleted.'),
    ).toBeInTheDocument();
    expect(await db.reflections.count()).toBe(0);
    expect(await db.answers.count()).toBe(0);
  });

  it('draws the list on its first paint when start-up has read it', async () => {
    await addReflection(makeReflection({ organisationName: 'Primed ICB' }));
    await primeHomeQueries();

    renderWithProviders(<HomeScreen />);
    // No waiting: the first render already has the list.
    expect(
      screen.getByRole('heading', { level: 3, name: 'Primed ICB' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('never draws a start-up read that a later write has made stale', async () => {
    await addReflection(makeReflection({ organisationName: 'First ICB' }));
    await primeHomeQueries();
    await addReflection(
      makeReflection({
        organisationName: 'Second ICB',
        updatedAt: Date.now() + 1,
      }),
    );

    renderWithProviders(<HomeScreen />);
    expect(
      screen.queryByRole('heading', { level: 3, name: 'First ICB' }),
    ).not.toBeInTheDocument();
    const headings = await screen.findAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Second ICB',
      'First ICB',
    ]);
  });
});
