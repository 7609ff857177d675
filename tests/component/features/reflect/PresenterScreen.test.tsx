import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { PresenterScreen } from '../../../../src/features/reflect/PresenterScreen';
import { getAnswer, saveAnswer } from '../../../../src/storage/answers';
import { addReflection } from '../../../../src/storage/reflections';
import { useFreshDb } from '../../../support/db';
import { makeReflection } from '../../../support/factories';
import { renderWithProviders } from '../../../support/render';

async function renderPresenter(cellId = 'service.space') {
  const reflection = makeReflection({ levels: ['service'] });
  await addReflection(reflection);
  const view = renderWithProviders(
    <Route
      path="/r/:reflectionId/workshop/:cellId?"
      component={PresenterScreen}
    />,
    { path: `/r/${reflection.id}/workshop/${cellId}` },
  );
  await screen.findByRole('heading', { level: 1, name: /^Service: / });
  return { reflection, ...view };
}

/** A key pressed with focus on the page itself (not in a field). */
const press = (key: string, target: Element = document.body) => {
  fireEvent.keyDown(target, { key });
  return Promise.resolve();
};

const summary = () =>
  screen.getByText(/votes?\. Middle of the room|No votes counted yet/);

describe('PresenterScreen (workshop mode)', () => {
  useFreshDb();

  it('shows the statement and what good looks like, but no evidence or private notes until the panel is opened', async () => {
    const user = userEvent.setup();
    await renderPresenter();
    expect(
      screen.getByRole('heading', { name: 'What good looks like' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Evidence' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Private notes' })).toBeNull();
    const toggle = screen.getByRole('button', {
      name: 'Show facilitator panel',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(
      screen.getByRole('textbox', { name: /^Private notes/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: /^Evidence/ }),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Hide facilitator panel' }),
    );
    expect(
      screen.queryByRole('textbox', { name: /^Private notes/ }),
    ).toBeNull();
  });

  it('counts votes with the buttons, shows the median and range, undoes, and saves the tally', async () => {
    const user = userEvent.setup();
    const { reflection } = await renderPresenter();
    expect(summary()).toHaveTextContent('No votes counted yet.');
    const add = (name: string) =>
      user.click(
        screen.getByRole('button', { name: `Add a vote for ${name}` }),
      );
    await add('Starting');
    await add('Developing');
    await add('Developing');
    await add('Leading');
    expect(summary()).toHaveTextContent(
      '4 votes. Middle of the room: Developing. Votes range from Starting to Leading.',
    );
    await user.click(
      screen.getByRole('button', { name: 'Undo the last vote' }),
    );
    expect(summary()).toHaveTextContent(
      '3 votes. Middle of the room: Developing. Votes range from Starting to Developing.',
    );
    await user.click(
      screen.getByRole('button', { name: 'Take a vote away from Starting' }),
    );
    expect(summary()).toHaveTextContent('2 votes.');
    await waitFor(async () =>
      expect(
        (await getAnswer(reflection.id, 'service.space'))?.roomVote?.counts,
      ).toEqual([0, 0, 2, 0, 0]),
    );
  });

  it('says when the middle falls between two ratings', async () => {
    const user = userEvent.setup();
    await renderPresenter();
    await user.click(
      screen.getByRole('button', { name: 'Add a vote for Developing' }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Add a vote for Established' }),
    );
    expect(summary()).toHaveTextContent(
      'Middle of the room: between Developing and Established.',
    );
  });

  it('works from the keyboard: choose a rating, vote, agree, undo', async () => {
    const { reflection } = await renderPresenter();
    await press('3');
    await press('+');
    await press('+');
    await press('1');
    await press('+');
    expect(summary()).toHaveTextContent(
      '3 votes. Middle of the room: Established.',
    );
    await press('u');
    expect(summary()).toHaveTextContent('2 votes.');
    await press('-');
    // "1" is still chosen, and has no votes left to take away.
    expect(summary()).toHaveTextContent('2 votes.');
    await press('3');
    await press('a');
    await waitFor(async () => {
      const answer = await getAnswer(reflection.id, 'service.space');
      expect(answer?.rating).toBe(3);
      expect(answer?.roomVote?.counts).toEqual([0, 0, 0, 2, 0]);
    });
    expect(screen.getByRole('radio', { name: /^Established/ })).toBeChecked();
  });

  it('asks for a note when the agreed rating differs from the room, and saves it with the votes', async () => {
    const user = userEvent.setup();
    const { reflection } = await renderPresenter();
    await press('3');
    await press('+');
    await press('+');
    await user.click(screen.getByRole('radio', { name: /^Starting/ }));
    expect(
      screen.getByText(/The agreed rating is not the middle of the room/),
    ).toBeInTheDocument();
    await user.type(
      screen.getByRole('textbox', {
        name: /^Why the agreed rating differs/,
      }),
      'Only one service does this',
    );
    await waitFor(async () =>
      expect(
        (await getAnswer(reflection.id, 'service.space'))?.roomVote,
      ).toEqual({
        counts: [0, 0, 0, 2, 0],
        note: 'Only one service does this',
      }),
    );
  });

  it('ignores shortcuts while typing in a field or with Ctrl held', async () => {
    const user = userEvent.setup();
    await renderPresenter();
    const note = screen.getByRole('textbox', {
      name: /^Why the agreed rating differs/,
    });
    await user.click(note);
    await user.keyboard('3+n');
    expect(note).toHaveValue('3+n');
    expect(summary()).toHaveTextContent('No votes counted yet.');
    await press('3');
    fireEvent.keyDown(document.body, { key: '+', ctrlKey: true });
    expect(summary()).toHaveTextContent('No votes counted yet.');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Service: Space' }),
    ).toBeInTheDocument();
  });

  it('moves between questions with the arrow keys and N / P', async () => {
    const { location } = await renderPresenter();
    await press('ArrowRight');
    await screen.findByRole('heading', { level: 1, name: 'Service: Voice' });
    expect(location()).toMatch(/\/workshop\/service\.voice$/);
    await press('n');
    await screen.findByRole('heading', { level: 1, name: 'Service: Audience' });
    await press('p');
    await screen.findByRole('heading', { level: 1, name: 'Service: Voice' });
    await press('ArrowLeft');
    await screen.findByRole('heading', { level: 1, name: 'Service: Space' });
  });

  it('starts and pauses the question timer with T', async () => {
    await renderPresenter();
    expect(
      screen.getByRole('button', { name: 'Start the question timer' }),
    ).toBeInTheDocument();
    await press('t');
    expect(
      await screen.findByRole('button', { name: 'Pause the question timer' }),
    ).toBeInTheDocument();
    await press('T');
    expect(
      await screen.findByRole('button', { name: 'Start the question timer' }),
    ).toBeInTheDocument();
  });

  it('goes forward with the left arrow in a right-to-left language', async () => {
    const reflection = makeReflection({ levels: ['service'], locale: 'ar' });
    await addReflection(reflection);
    const { location } = renderWithProviders(
      <Route
        path="/r/:reflectionId/workshop/:cellId?"
        component={PresenterScreen}
      />,
      { path: `/r/${reflection.id}/workshop/service.space`, locale: 'ar' },
    );
    await screen.findByRole('heading', { level: 1 });
    await press('ArrowLeft');
    await waitFor(() =>
      expect(location()).toMatch(/\/workshop\/service\.voice$/),
    );
    await press('ArrowRight');
    await waitFor(() =>
      expect(location()).toMatch(/\/workshop\/service\.space$/),
    );
  });

  it('lists the shortcuts in a help dialog opened with ?', async () => {
    await renderPresenter();
    await press('?');
    const dialog = await screen.findByRole('dialog', {
      name: 'Keyboard shortcuts',
    });
    expect(dialog).toHaveTextContent('Add a vote for the selected rating');
    expect(dialog).toHaveTextContent('Start or pause the question timer');
  });

  it('keeps votes already saved when the question opens again', async () => {
    const reflection = makeReflection({ levels: ['service'] });
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.space', {
      rating: 2,
      roomVote: { counts: [0, 1, 3, 0, 0], note: '' },
    });
    renderWithProviders(
      <Route
        path="/r/:reflectionId/workshop/:cellId?"
        component={PresenterScreen}
      />,
      { path: `/r/${reflection.id}/workshop/service.space` },
    );
    await screen.findByRole('heading', { level: 1, name: 'Service: Space' });
    expect(summary()).toHaveTextContent(
      '4 votes. Middle of the room: Developing. Votes range from Starting to Developing.',
    );
  });
});
