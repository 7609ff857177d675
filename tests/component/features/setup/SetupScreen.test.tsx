import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { SetupScreen } from '../../../../src/features/setup/SetupScreen';
import { db } from '../../../../src/storage/db';
import { getSetting } from '../../../../src/storage/settings';
import { useFreshDb } from '../../../support/db';
import { renderWithProviders } from '../../../support/render';

function renderSetup() {
  return renderWithProviders(<Route path="/new" component={SetupScreen} />, {
    path: '/new',
  });
}

describe('SetupScreen', () => {
  useFreshDb();

  it('shows an error summary and inline errors when submitted empty, and saves nothing', async () => {
    const user = userEvent.setup();
    renderSetup();
    await user.clear(
      await screen.findByRole('textbox', { name: /Organisation name/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Start reflecting' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    const links = within(summary)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(links).toEqual([
      'Enter the organisation name',
      'Select the type of organisation',
      'Select at least one level of decision-making',
    ]);
    expect(summary).toHaveFocus();
    expect(
      screen.getByRole('textbox', { name: /Organisation name/ }),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(await db.reflections.count()).toBe(0);
  });

  it('moves focus to the field when an error link is followed', async () => {
    const user = userEvent.setup();
    renderSetup();
    await user.click(
      await screen.findByRole('button', { name: 'Start reflecting' }),
    );
    await user.click(
      await screen.findByRole('link', { name: 'Enter the organisation name' }),
    );
    expect(
      screen.getByRole('textbox', { name: /Organisation name/ }),
    ).toHaveFocus();
  });

  it('refuses an organisation name over 120 characters with a clear message', async () => {
    const user = userEvent.setup();
    renderSetup();
    const name = await screen.findByRole('textbox', {
      name: /Organisation name/,
    });
    await user.click(name);
    await user.paste('x'.repeat(121));
    await user.click(screen.getByRole('button', { name: 'Start reflecting' }));
    expect(
      await screen.findAllByText(
        'Organisation name must be 120 characters or fewer',
      ),
    ).not.toHaveLength(0);
  });

  it('creates the reflection and goes to its first question when valid', async () => {
    const user = userEvent.setup();
    const { location } = renderSetup();
    await user.type(
      await screen.findByRole('textbox', { name: /Organisation name/ }),
      'NHS Anytown ICB',
    );
    await user.click(
      screen.getByRole('radio', { name: 'Integrated Care Board' }),
    );
    await user.click(screen.getByRole('checkbox', { name: /^Service/ }));
    await user.click(screen.getByRole('button', { name: 'Start reflecting' }));

    await waitFor(() => expect(location()).toMatch(/^\/r\/[\w-]+\/reflect$/));
    const [saved] = await db.reflections.toArray();
    expect(saved).toMatchObject({
      organisationName: 'NHS Anytown ICB',
      organisationType: 'icb',
      levels: ['service'],
    });
    expect(await getSetting('setupDraft')).toBeNull();
  });

  it('keeps what was typed as a draft, so a reload loses nothing', async () => {
    const user = userEvent.setup();
    renderSetup();
    await user.type(
      await screen.findByRole('textbox', { name: /Organisation name/ }),
      'Half typed',
    );
    await waitFor(async () =>
      expect((await getSetting('setupDraft'))?.organisationName).toBe(
        'Half typed',
      ),
    );
  });

  it('explains a full disk when the reflection cannot be created, and keeps the form', async () => {
    const user = userEvent.setup();
    const quota = Object.assign(new Error('full'), {
      name: 'QuotaExceededError',
    });
    vi.spyOn(db.reflections, 'add').mockRejectedValueOnce(quota);
    const { location } = renderSetup();
    await user.type(
      await screen.findByRole('textbox', { name: /Organisation name/ }),
      'NHS Anytown ICB',
    );
    await user.click(
      screen.getByRole('radio', { name: 'Integrated Care Board' }),
    );
    await user.click(screen.getByRole('checkbox', { name: /^Service/ }));
    await user.click(screen.getByRole('button', { name: 'Start reflecting' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /run out of storage space/,
    );
    expect(
      screen.getByRole('textbox', { name: /Organisation name/ }),
    ).toHaveValue('NHS Anytown ICB');
    expect(location()).toBe('/new');
  });
});
