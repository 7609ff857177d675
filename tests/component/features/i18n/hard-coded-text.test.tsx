/**
 * Every word on the key screens comes from a locale file. Rendered in the
 * 'qps-ploc' pseudo-language each translated string reads `[[ns:key]]`, so
 * any other word on screen (apart from what the test itself stored, such as
 * the organisation's name, and dates and numbers) was written into the code
 * and would stay in English for Welsh and Arabic speakers.
 */
import { screen, waitFor } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../../src/app/routes';
import { addAction, updateAction } from '../../../../src/storage/actions';
import { saveAnswer } from '../../../../src/storage/answers';
import { addReflection } from '../../../../src/storage/reflections';
import { importReview } from '../../../../src/storage/reviews';
import { useFreshDb } from '../../../support/db';
import { makeReflection, makeReviewPack } from '../../../support/factories';
import { renderWithProviders } from '../../../support/render';
import {
  untranslatedPart,
  untranslatedText,
  visibleTextNodes,
} from '../../../support/visible-text';

/** Everything the test stores that a screen may show as it is. */
const SEEDED = {
  organisation: 'Northmoor Health Partnership',
  area: 'Northmoor Vale',
  facilitator: 'Priya Anand',
  evidence: 'Youth panel minutes',
  examples: 'Drop-in at the youth club',
  privateNotes: 'Ask the participation lead',
  action: 'Offer more ways to give views',
  owner: 'Participation lead',
  feedback: 'At the July youth panel',
  reviewer: 'Champion Jo',
  comment: 'Not for us',
  missing: 'Transport costs',
};
const SEEDED_VALUES = Object.values(SEEDED);

async function seedReflection() {
  const reflection = makeReflection({
    organisationName: SEEDED.organisation,
    area: SEEDED.area,
    facilitator: SEEDED.facilitator,
    levels: ['service', 'system'],
  });
  await addReflection(reflection);
  const id = reflection.id;
  await saveAnswer(id, 'service.space', {
    rating: 4,
    evidence: SEEDED.evidence,
    examples: SEEDED.examples,
    privateNotes: SEEDED.privateNotes,
    groupsReached: ['careExperienced', 'youngCarers'],
  });
  await saveAnswer(id, 'service.voice', { rating: 0 });
  await saveAnswer(id, 'service.audience', { rating: 2 });
  await saveAnswer(id, 'system.influence', { rating: 'dontKnow' });
  const action = await addAction(id, 'service.space');
  await updateAction(action.id, {
    text: SEEDED.action,
    owner: SEEDED.owner,
    due: '2026-06-30',
    status: 'doing',
    feedbackToYoungPeople: SEEDED.feedback,
  });
  await importReview(
    makeReviewPack({
      reflectionId: id,
      reviewer: SEEDED.reviewer,
      responses: [
        {
          cellId: 'service.space',
          verdict: 'disagree',
          rating: 1,
          comment: SEEDED.comment,
        },
      ],
      priorities: ['service.voice'],
      missing: SEEDED.missing,
    }),
    1_700_000_000_000,
  );
  return reflection;
}

/** Renders a screen in 'qps-ploc' and waits until it has finished loading. */
async function renderInPseudoLanguage(path: string) {
  renderWithProviders(<AppRoutes />, { path, locale: 'qps-ploc' });
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() =>
    expect(
      screen.queryByText('[[common:app.loading]]'),
    ).not.toBeInTheDocument(),
  );
}

type Screen = {
  name: string;
  path: (reflectionId: string) => string;
  /** Something only on the screen once its data has loaded. */
  loaded: () => Promise<unknown>;
};

const SCREENS: Screen[] = [
  {
    name: 'Home',
    path: () => '/',
    loaded: () =>
      screen.findByRole('heading', { level: 3, name: SEEDED.organisation }),
  },
  {
    name: 'Setup',
    path: () => '/new',
    loaded: () =>
      screen.findByRole('textbox', { name: /fields\.organisationName/ }),
  },
  {
    name: 'a question in the reflection',
    path: (id) => `/r/${id}/reflect/service.space`,
    loaded: () => screen.findByRole('textbox', { name: /fields\.evidence/ }),
  },
  {
    name: 'Results',
    path: (id) => `/r/${id}/results`,
    loaded: () => screen.findAllByRole('table'),
  },
  {
    name: 'Export',
    path: (id) => `/r/${id}/export`,
    loaded: () => screen.findByRole('combobox', { name: /language\.label/ }),
  },
  {
    name: 'the guidance library',
    path: () => '/guidance',
    loaded: () => screen.findByRole('heading', { name: '[[guidance:title]]' }),
  },
  {
    name: 'a guidance topic',
    path: () => '/guidance/model',
    loaded: () =>
      screen.findByRole('heading', { name: '[[guidance:model.title]]' }),
  },
  {
    name: 'a case study',
    path: () => '/guidance/cases/birmingham',
    loaded: () =>
      screen.findByRole('heading', {
        name: '[[guidance:cases.birmingham.title]]',
      }),
  },
  {
    name: 'a tips page opened from a question',
    path: (id) =>
      `/guidance/tips/voice?from=${encodeURIComponent(`/r/${id}/reflect/service.voice`)}`,
    loaded: () =>
      screen.findByRole('link', { name: '[[guidance:backToQuestion]]' }),
  },
];

describe('Text written into the code', () => {
  useFreshDb();

  it.each(SCREENS.map((s) => [s.name, s] as const))(
    'is nowhere on %s: every word on screen is from a locale file',
    async (_name, { path, loaded }) => {
      const reflection = await seedReflection();
      await renderInPseudoLanguage(path(reflection.id));
      await loaded();

      // The screen really is in the pseudo-language, with plenty on it.
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        /^\[\[[^\]]+\]\]$/,
      );
      expect(visibleTextNodes().length).toBeGreaterThan(5);

      expect(untranslatedText(SEEDED_VALUES)).toEqual([]);
    },
  );

  it('is found when a screen has some', async () => {
    function HalfTranslated() {
      const { t } = useTranslation('home');
      return (
        <>
          <h1>{t('title')}</h1>
          <p>
            {t('intro')} Last saved {SEEDED.organisation}
          </p>
          <p aria-hidden="true">Decoration</p>
          <p>27 March 2026 · 14%</p>
        </>
      );
    }
    renderWithProviders(<HalfTranslated />, { locale: 'qps-ploc' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      '[[home:title]]',
    );
    expect(untranslatedText(SEEDED_VALUES)).toEqual([
      { text: 'Last saved', element: '<p>' },
    ]);
  });

  it.each([
    ['[[common:app.name]]', ''],
    ['[[a:b]] · [[c:d]] (3/14, 21%) – 2.5', ''],
    ['27 March 2026', ''],
    ['14 Nov 2023, 22:13', ''],
    [SEEDED.organisation, ''],
    ['Saved', 'Saved'],
    ['[[a:b]] of [[c:d]]', 'of'],
    ['[[a:b] broken', 'abbroken'],
  ])('leaves %j as %j once translated text is taken out', (text, rest) => {
    expect(untranslatedPart(text, SEEDED_VALUES)).toBe(rest);
  });
});
