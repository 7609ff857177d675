import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import cyFramework from '../../../../locales/cy/framework.json';
import { ReflectScreen } from '../../../../src/features/reflect/ReflectScreen';
import { getAnswer, saveAnswer } from '../../../../src/storage/answers';
import { db } from '../../../../src/storage/db';
import {
  addReflection,
  deleteReflection,
  getReflection,
} from '../../../../src/storage/reflections';
import { useFreshDb } from '../../../support/db';
import { makeReflection } from '../../../support/factories';
import { renderWithProviders, type TestLocale } from '../../../support/render';

async function renderCell(cellId = 'service.space') {
  const reflection = makeReflection({ levels: ['service'] });
  await addReflection(reflection);
  const view = renderWithProviders(
    <Route
      path="/r/:reflectionId/reflect/:cellId?"
      component={ReflectScreen}
    />,
    { path: `/r/${reflection.id}/reflect/${cellId}` },
  );
  await screen.findByRole('heading', { level: 1, name: /Service: / });
  return { reflection, ...view };
}

function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

describe('ReflectScreen', () => {
  useFreshDb();

  it('saves a rating the moment it is chosen and says so', async () => {
    const user = userEvent.setup();
    const { reflection } = await renderCell();
    await user.click(screen.getByRole('radio', { name: /^Developing/ }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
        'Saved',
      ),
    );
    expect((await getAnswer(reflection.id, 'service.space'))?.rating).toBe(2);
  });

  it('saves evidence as it is typed', async () => {
    const user = userEvent.setup();
    const { reflection } = await renderCell();
    await user.type(
      screen.getByRole('textbox', { name: 'Evidence' }),
      'Youth forum minutes',
    );
    await waitFor(async () =>
      expect((await getAnswer(reflection.id, 'service.space'))?.evidence).toBe(
        'Youth forum minutes',
      ),
    );
  });

  it('warns against naming children in free-text fields', async () => {
    await renderCell();
    expect(
      screen.getByRole('textbox', { name: 'Evidence' }),
    ).toHaveAccessibleDescription(
      /Do not write the names of children or young people/,
    );
  });

  it('shows what was stored when the question opens', async () => {
    const reflection = makeReflection({ levels: ['service'] });
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.voice', {
      rating: 'dontKnow',
      evidence: 'Stored text',
    });
    renderWithProviders(
      <Route
        path="/r/:reflectionId/reflect/:cellId?"
        component={ReflectScreen}
      />,
      {
        path: `/r/${reflection.id}/reflect/service.voice`,
      },
    );
    expect(
      await screen.findByRole('textbox', { name: 'Evidence' }),
    ).toHaveValue('Stored text');
    expect(screen.getByRole('radio', { name: /^Don't know/ })).toBeChecked();
  });

  it('remembers where the group is, and resumes there from the bare address', async () => {
    const { reflection } = await renderCell('service.audience');
    await waitFor(async () =>
      expect((await getReflection(reflection.id))?.lastCellId).toBe(
        'service.audience',
      ),
    );
  });

  it('keeps over-long text on screen with a message, and saves nothing past the limit', async () => {
    const user = userEvent.setup();
    const { reflection } = await renderCell();
    const evidence = screen.getByRole('textbox', { name: 'Evidence' });
    await user.type(evidence, 'Short');
    await waitFor(async () =>
      expect((await getAnswer(reflection.id, 'service.space'))?.evidence).toBe(
        'Short',
      ),
    );
    await user.click(evidence);
    await user.paste('x'.repeat(4000));
    expect(
      await screen.findByText(/Keep it to 4000 or fewer/),
    ).toBeInTheDocument();
    expect(evidence).toHaveValue(`Short${'x'.repeat(4000)}`);
    expect((await getAnswer(reflection.id, 'service.space'))?.evidence).toBe(
      'Short',
    );
  });

  it('explains a full disk, keeps the typing, and saves it with the next change', async () => {
    const user = userEvent.setup();
    const { reflection } = await renderCell();
    const put = vi.spyOn(db.answers, 'put').mockRejectedValueOnce(quotaError());
    await user.type(screen.getByRole('textbox', { name: 'Evidence' }), 'A');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /run out of storage space/,
    );
    expect(screen.getByRole('textbox', { name: 'Evidence' })).toHaveValue('A');
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Back up your reflections to a file',
      }),
    ).toHaveAttribute('href', '/backup');

    put.mockRestore();
    await user.click(screen.getByRole('radio', { name: /^Starting/ }));
    await waitFor(async () =>
      expect(await getAnswer(reflection.id, 'service.space')).toMatchObject({
        evidence: 'A',
        rating: 1,
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('alert')).not.toBeInTheDocument(),
    );
  });

  it('keeps the screen and says plainly when the reflection is deleted elsewhere', async () => {
    const user = userEvent.setup();
    const { reflection } = await renderCell();
    const evidence = screen.getByRole('textbox', { name: 'Evidence' });
    await user.type(evidence, 'Before');
    await deleteReflection(reflection.id);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /no longer on this device/,
    );
    await user.type(evidence, ' and after');
    expect(evidence).toHaveValue('Before and after');
    expect(await db.answers.count()).toBe(0);
  });

  it('says when the address names a reflection that is not on this device', async () => {
    renderWithProviders(
      <Route
        path="/r/:reflectionId/reflect/:cellId?"
        component={ReflectScreen}
      />,
      {
        path: '/r/not-here/reflect',
      },
    );
    expect(
      await screen.findByRole('heading', { name: 'Reflection not found' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Go to your reflections' }),
    ).toHaveAttribute('href', '/');
  });

  it('adds an action and moves focus to it', async () => {
    const user = userEvent.setup();
    const { reflection } = await renderCell();
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    const text = await screen.findByRole('textbox', { name: 'Action' });
    await waitFor(() => expect(text).toHaveFocus());
    await user.type(text, 'Invite the youth panel to the service review');
    await user.type(
      screen.getByRole('textbox', { name: 'Who will do it' }),
      'Service manager',
    );
    await waitFor(async () =>
      expect(
        await db.actions.where('reflectionId').equals(reflection.id).first(),
      ).toMatchObject({
        text: 'Invite the youth panel to the service review',
        owner: 'Service manager',
        cellId: 'service.space',
      }),
    );
  });

  it('links to the next question and to check your answers', async () => {
    const { reflection } = await renderCell();
    expect(screen.getByRole('link', { name: 'Next question' })).toHaveAttribute(
      'href',
      `/r/${reflection.id}/reflect/service.voice`,
    );
    expect(
      screen.queryByRole('link', { name: 'Previous question' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Check your answers' }),
    ).toHaveAttribute('href', `/r/${reflection.id}/check`);
  });
});

describe('ReflectScreen in another language', () => {
  useFreshDb();

  async function openQuestion(
    reflectionLocale: string,
    uiLocale: TestLocale = 'en-GB',
  ) {
    const reflection = makeReflection({
      levels: ['service'],
      locale: reflectionLocale,
    });
    await addReflection(reflection);
    const view = renderWithProviders(
      <Route
        path="/r/:reflectionId/reflect/:cellId?"
        component={ReflectScreen}
      />,
      { path: `/r/${reflection.id}/reflect/service.space`, locale: uiLocale },
    );
    await screen.findByRole('heading', { level: 1 });
    return view;
  }

  it('says the reflection was made in Welsh and offers to switch to it', async () => {
    const user = userEvent.setup();
    await openQuestion('cy');
    const notice = screen
      .getAllByRole('status')
      .find((status) =>
        status.textContent?.includes('This reflection was made in Cymraeg.'),
      );
    if (!notice) throw new Error('no "made in" notice');
    const switchButton = within(notice).getByRole('button', {
      name: 'Switch to Cymraeg',
    });

    await user.click(switchButton);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `${cyFramework.levels.service.name}: ${cyFramework.dimensions.space.name}`,
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Newid i / }),
    ).not.toBeInTheDocument();
  });

  it('says nothing about language when the reflection is in the interface language', async () => {
    await openQuestion('en-GB');
    expect(
      screen.queryByText(/This reflection was made in/),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Switch to / }),
    ).not.toBeInTheDocument();
  });

  it('says nothing about language when both are Welsh', async () => {
    await openQuestion('cy', 'cy');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      cyFramework.dimensions.space.name,
    );
    expect(
      screen.queryByRole('button', { name: /^Newid i / }),
    ).not.toBeInTheDocument();
  });

  it('offers no switch to a language the app does not have', async () => {
    await openQuestion('xx-unknown');
    expect(
      screen.queryByRole('button', { name: /^Switch to / }),
    ).not.toBeInTheDocument();
  });
});
