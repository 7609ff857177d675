import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { importFragment } from '../../../../src/domain/import/pipeline';
import { ShareScreen } from '../../../../src/features/share/ShareScreen';
import { saveAnswer } from '../../../../src/storage/answers';
import { addReflection } from '../../../../src/storage/reflections';
import { useFreshDb } from '../../../support/db';
import { makeReflection } from '../../../support/factories';
import { renderWithProviders } from '../../../support/render';

async function showShareScreen() {
  const reflection = makeReflection({
    id: crypto.randomUUID(),
    levels: ['service', 'system'],
    facilitator: 'Sam Facilitator',
  });
  await addReflection(reflection);
  await saveAnswer(reflection.id, 'service.space', {
    rating: 3,
    evidence: 'Panel minutes',
    privateNotes: 'PRIVATE-MARKER',
  });
  renderWithProviders(
    <Route path="/r/:reflectionId/share" component={ShareScreen} />,
    {
      path: `/r/${reflection.id}/share`,
    },
  );
  await screen.findByRole('button', { name: 'Create the summary' });
  return reflection;
}

describe('ShareScreen', () => {
  useFreshDb();

  it('makes a link that carries the chosen levels and never the private notes', async () => {
    const user = userEvent.setup();
    const reflection = await showShareScreen();
    await user.click(screen.getByRole('checkbox', { name: /^System/ }));
    await user.click(
      screen.getByRole('button', { name: 'Create the summary' }),
    );

    const link = (await screen.findByRole('textbox', {
      name: 'Link to the summary',
    })) as HTMLTextAreaElement;
    expect(link.value).toMatch(/\/open#pack=[\w-]+$/);
    expect(
      screen.getByText('Your summary is ready. It has 7 questions.'),
    ).toBeInTheDocument();

    const opened = await importFragment(
      link.value.slice(link.value.indexOf('#')),
    );
    if (!opened.ok) throw new Error(opened.reason);
    if (opened.kind !== 'summary') throw new Error(`a ${opened.kind}`);
    expect(opened.document.reflection.id).toBe(reflection.id);
    expect(opened.document.reflection.levels).toEqual(['service']);
    expect(opened.document.cells[0]).toMatchObject({
      cellId: 'service.space',
      rating: 3,
      evidence: 'Panel minutes',
    });
    const text = JSON.stringify(opened.document);
    expect(text).not.toContain('PRIVATE-MARKER');
    expect(text).not.toContain('Sam Facilitator');
  });

  it('leaves evidence out when asked', async () => {
    const user = userEvent.setup();
    await showShareScreen();
    await user.click(
      screen.getByRole('checkbox', { name: /^Evidence and examples/ }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Create the summary' }),
    );
    const link = (await screen.findByRole('textbox', {
      name: 'Link to the summary',
    })) as HTMLTextAreaElement;
    const opened = await importFragment(
      link.value.slice(link.value.indexOf('#')),
    );
    if (!opened.ok) throw new Error(opened.reason);
    if (opened.kind !== 'summary') throw new Error(`a ${opened.kind}`);
    expect(opened.document.cells[0]).toEqual({
      cellId: 'service.space',
      rating: 3,
      groupsReached: [],
    });
    expect(JSON.stringify(opened)).not.toContain('Panel minutes');
  });

  it('refuses to share nothing, and a passphrase typed differently twice', async () => {
    const user = userEvent.setup();
    await showShareScreen();
    await user.click(screen.getByRole('checkbox', { name: /^Service/ }));
    await user.click(screen.getByRole('checkbox', { name: /^System/ }));
    await user.type(screen.getByLabelText('Passphrase'), 'long enough one');
    await user.type(
      screen.getByLabelText('Type the passphrase again'),
      'long enough two',
    );
    await user.click(
      screen.getByRole('button', { name: 'Create the summary' }),
    );
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Select at least one level to share');
    expect(summary).toHaveTextContent('The two passphrases do not match');
    expect(
      screen.queryByRole('textbox', { name: 'Link to the summary' }),
    ).not.toBeInTheDocument();
  });
});
