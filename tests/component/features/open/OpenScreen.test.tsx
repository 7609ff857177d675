import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { encodePack, packToFragment } from '../../../../src/domain/packs/codec';
import { encryptPackBytes } from '../../../../src/domain/packs/crypto';
import { OpenScreen } from '../../../../src/features/open/OpenScreen';
import { db } from '../../../../src/storage/db';
import { addReflection } from '../../../../src/storage/reflections';
import { useFreshDb } from '../../../support/db';
import {
  makeReflection,
  makeReviewPack,
  makeSummaryPack,
} from '../../../support/factories';
import { renderWithProviders } from '../../../support/render';

function openWithHash(hash: string) {
  window.history.replaceState(null, '', `/open#${hash}`);
  return renderWithProviders(<Route path="/open" component={OpenScreen} />, {
    path: '/open',
  });
}

async function counts() {
  return Promise.all([
    db.reflections.count(),
    db.reviews.count(),
    db.reviewSessions.count(),
  ]);
}

describe('OpenScreen', () => {
  useFreshDb();
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('explains a damaged link in plain words and changes nothing', async () => {
    openWithHash('pack=VkkBAHic');
    expect(
      await screen.findByText(/damaged or incomplete/),
    ).toBeInTheDocument();
    expect(await counts()).toEqual([0, 0, 0]);
  });

  it('takes the pack out of the address bar once read', async () => {
    openWithHash('pack=AAAA');
    await screen.findByText(/What was opened/);
    expect(window.location.hash).toBe('');
  });

  it('starts a Champion review from a summary link', async () => {
    const { location } = openWithHash(
      packToFragment(encodePack(makeSummaryPack())),
    );
    await waitFor(() => expect(location()).toMatch(/^\/review\/[\w-]+$/));
    expect(await db.reviewSessions.count()).toBe(1);
  });

  it('files a returned review with its reflection, and counts the same review once', async () => {
    const reflection = makeReflection({
      id: crypto.randomUUID(),
      organisationName: 'NHS Anytown ICB',
    });
    await addReflection(reflection);
    const review = makeReviewPack({
      reflectionId: reflection.id,
      reviewer: 'AB',
    });
    const fragment = packToFragment(encodePack(review));

    const view = openWithHash(fragment);
    expect(
      await screen.findByText(
        'Review from AB added to the reflection for NHS Anytown ICB.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'See the reviews for NHS Anytown ICB' }),
    ).toHaveAttribute('href', `/r/${reflection.id}/reviews`);
    view.unmount();

    openWithHash(fragment);
    expect(
      await screen.findByText(/already on this device, so it is counted once/),
    ).toBeInTheDocument();
    expect(await db.reviews.count()).toBe(1);
  });

  it('says when a review belongs to a reflection that is not on this device', async () => {
    openWithHash(packToFragment(encodePack(makeReviewPack())));
    expect(await screen.findByText(/not on this device/)).toBeInTheDocument();
    expect(await db.reviews.count()).toBe(0);
  });

  it('asks for the passphrase, refuses a wrong one plainly, and opens with the right one', async () => {
    const user = userEvent.setup();
    const bytes = await encryptPackBytes(
      encodePack(makeSummaryPack()),
      'correct horse battery',
    );
    const { location } = openWithHash(packToFragment(bytes));
    const field = await screen.findByLabelText('Passphrase');
    await user.type(field, 'wrong passphrase');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(
      await screen.findByText(/The passphrase is wrong/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await db.reviewSessions.count()).toBe(0);

    await user.clear(field);
    await user.type(field, 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(location()).toMatch(/^\/review\//), {
      timeout: 5000,
    });
  });
});
