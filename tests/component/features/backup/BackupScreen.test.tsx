import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../../src/domain/backup/format';
import { BackupScreen } from '../../../../src/features/backup/BackupScreen';
import { readForBackup } from '../../../../src/storage/backup';
import { db } from '../../../../src/storage/db';
import { addReflection } from '../../../../src/storage/reflections';
import { useFreshDb } from '../../../support/db';
import { makeReflection } from '../../../support/factories';
import { renderWithProviders } from '../../../support/render';

/** react-aria's FileTrigger input is hidden and has no role or name of its own. */
function fileInput(): HTMLInputElement {
  // eslint-disable-next-line testing-library/no-node-access
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

describe('BackupScreen restore', () => {
  useFreshDb();

  it('refuses a damaged file in plain words and changes nothing', async () => {
    const user = userEvent.setup();
    await addReflection(makeReflection());
    renderWithProviders(<BackupScreen />);
    await screen.findByRole('button', { name: 'Choose a backup file' });
    await user.upload(
      fileInput(),
      new File(['{"format": "voice-influence/backup", "vers'], 'backup.json', {
        type: 'application/json',
      }),
    );
    expect(await screen.findByText(/damaged/)).toBeInTheDocument();
    expect(await db.reflections.count()).toBe(1);
  });

  it('refuses a backup from a newer version', async () => {
    const user = userEvent.setup();
    renderWithProviders(<BackupScreen />);
    await screen.findByRole('button', { name: 'Choose a backup file' });
    const newer = JSON.stringify({
      format: 'voice-influence/backup',
      version: 99,
      app: 'voice-and-influence',
      createdAt: new Date().toISOString(),
      reflections: [],
    });
    await user.upload(
      fileInput(),
      new File([newer], 'backup.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(/made by a newer version/),
    ).toBeInTheDocument();
  });

  it('previews what the file holds and asks before touching reflections already here', async () => {
    const user = userEvent.setup();
    const here = makeReflection({
      id: crypto.randomUUID(),
      organisationName: 'Already Here',
    });
    await addReflection(here);
    const backup = buildBackup(await readForBackup(), new Date());
    backup.reflections.push({
      reflection: makeReflection({
        id: crypto.randomUUID(),
        organisationName: 'New One',
      }),
      answers: [],
      actions: [],
      reviews: [],
    });
    renderWithProviders(<BackupScreen />);
    await screen.findByRole('button', { name: 'Choose a backup file' });
    await user.upload(
      fileInput(),
      new File([JSON.stringify(backup)], 'backup.json', {
        type: 'application/json',
      }),
    );

    expect(
      await screen.findByText('This file holds 2 reflections.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('1 of them is already on this device:'),
    ).toBeInTheDocument();
    expect(await db.reflections.count()).toBe(1);

    await user.click(screen.getByRole('radio', { name: /^Skip them/ }));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(
      await screen.findByText('Restored 1 reflections. 1 skipped.'),
    ).toBeInTheDocument();
    expect(
      (await db.reflections.toArray()).map((r) => r.organisationName).sort(),
    ).toEqual(['Already Here', 'New One']);
  });
});
