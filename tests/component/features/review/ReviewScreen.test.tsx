import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { ReviewScreen } from '../../../../src/features/review/ReviewScreen';
import { db } from '../../../../src/storage/db';
import { startReviewSession } from '../../../../src/storage/review-sessions';
import { useFreshDb } from '../../../support/db';
import { makeSummaryPack } from '../../../support/factories';
import { renderWithProviders } from '../../../support/render';

async function renderStep(step: string) {
  const pack = makeSummaryPack();
  const [firstCell, ...rest] = pack.cells;
  if (!firstCell) throw new Error('no cells');
  pack.cells = [
    { ...firstCell, rating: 4, evidence: '<b>Panel</b> javascript:alert(1)' },
    ...rest,
  ];
  const session = await startReviewSession(pack);
  const view = renderWithProviders(
    <Route path="/review/:sessionId/:step?" component={ReviewScreen} />,
    {
      path: `/review/${session.id}/${step}`,
    },
  );
  return { session, ...view };
}

describe('ReviewScreen', () => {
  useFreshDb();

  it('remembers the step, and resumes there from the bare address', async () => {
    const { session, unmount } = await renderStep('service.voice');
    await screen.findByRole('heading', { level: 1, name: 'Service: Voice' });
    await waitFor(async () =>
      expect((await db.reviewSessions.get(session.id))?.step).toBe(
        'service.voice',
      ),
    );
    unmount();

    renderWithProviders(
      <Route path="/review/:sessionId/:step?" component={ReviewScreen} />,
      {
        path: `/review/${session.id}`,
      },
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Service: Voice' }),
    ).toBeInTheDocument();
  });

  it("shows what the organisation said as plain text, and saves the Champion's view as it is given", async () => {
    const user = userEvent.setup();
    const { session } = await renderStep('service.space');
    expect(
      await screen.findByText('They rated this: Leading'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('<b>Panel</b> javascript:alert(1)'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /Panel/ }),
    ).not.toBeInTheDocument();

    await user.click(
      screen.getByRole('radio', { name: 'No, it does not match' }),
    );
    await user.click(screen.getByRole('radio', { name: /^Starting/ }));
    await user.type(
      screen.getByRole('textbox', { name: /Anything you want to tell them/ }),
      'Never asked',
    );
    await waitFor(async () =>
      expect(
        (await db.reviewSessions.get(session.id))?.answers['service.space'],
      ).toEqual({
        verdict: 'disagree',
        rating: 1,
        comment: 'Never asked',
      }),
    );
  });

  it('lets a Champion choose at most three priorities', async () => {
    const user = userEvent.setup();
    const { session } = await renderStep('priorities');
    for (const name of [
      /^Service: Space/,
      /^Service: Voice/,
      /^Service: Audience/,
      /^Service: Influence/,
    ]) {
      await user.click(await screen.findByRole('checkbox', { name }));
    }
    expect(
      screen.getByText(
        'You have chosen three. Untick one to choose a different one.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: /^Service: Influence/ }),
    ).not.toBeChecked();
    await waitFor(async () =>
      expect((await db.reviewSessions.get(session.id))?.priorities).toEqual([
        'service.space',
        'service.voice',
        'service.audience',
      ]),
    );
  });

  it('says plainly when the review is not on this device', async () => {
    renderWithProviders(
      <Route path="/review/:sessionId/:step?" component={ReviewScreen} />,
      {
        path: '/review/nope/start',
      },
    );
    expect(
      await screen.findByRole('heading', { name: 'Review not found' }),
    ).toBeInTheDocument();
  });
});
