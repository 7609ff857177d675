/**
 * The guidance library's four pages, rendered through the app's routes. One
 * file (over 300 lines) because the pages share their routes, their locale
 * text and the rule for `?from=`, which each page must apply the same way.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import arFramework from '../../../../locales/ar/framework.json';
import arGuidance from '../../../../locales/ar/guidance.json';
import cyFramework from '../../../../locales/cy/framework.json';
import cyGuidance from '../../../../locales/cy/guidance.json';
import enGuidance from '../../../../locales/en-GB/guidance.json';
import { AppRoutes } from '../../../../src/app/routes';
import { DIMENSION_IDS } from '../../../../src/domain/types';
import { renderWithProviders, type TestLocale } from '../../../support/render';

const DIMENSION_NAMES = [
  'Space',
  'Voice',
  'Audience',
  'Influence',
  'Inclusion and equity',
  'Safety, ethics and wellbeing',
  'Embedding',
];

const QUESTION = '/r/reflection-7/reflect/service.voice';

/** The non-empty lines of a locale string: one list item each. */
function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

async function openGuidance(path: string, locale: TestLocale = 'en-GB') {
  const view = renderWithProviders(<AppRoutes />, { path, locale });
  const heading = await screen.findByRole('heading', { level: 1 });
  return { heading, ...view };
}

function hrefsOf(links: HTMLElement[]): (string | null)[] {
  return links.map((link) => link.getAttribute('href'));
}

describe('GuidanceLibrary', () => {
  it('lists both topics, the three case studies and tips for all seven dimensions', async () => {
    const { heading } = await openGuidance('/guidance');
    expect(heading).toHaveTextContent('Guidance library');

    expect(
      screen.getByRole('link', {
        name: 'Why involving children and young people matters',
      }),
    ).toHaveAttribute('href', '/guidance/why');
    expect(
      screen.getByRole('link', { name: enGuidance.model.title }),
    ).toHaveAttribute('href', '/guidance/model');

    const cases = screen.getByRole('region', { name: 'Case studies' });
    const caseLinks = within(cases).getAllByRole('link');
    expect(caseLinks.map((link) => link.textContent)).toEqual([
      enGuidance.cases.rotherham.title,
      enGuidance.cases.liverpool.title,
      enGuidance.cases.birmingham.title,
    ]);
    expect(hrefsOf(caseLinks)).toEqual([
      '/guidance/cases/rotherham',
      '/guidance/cases/liverpool',
      '/guidance/cases/birmingham',
    ]);

    const tips = screen.getByRole('region', {
      name: 'Tips for each dimension',
    });
    const tipLinks = within(tips).getAllByRole('link');
    expect(tipLinks.map((link) => link.textContent)).toEqual(DIMENSION_NAMES);
    expect(hrefsOf(tipLinks)).toEqual(
      DIMENSION_IDS.map((id) => `/guidance/tips/${id}`),
    );
  });

  it('carries the question it was opened from on to every page it links to', async () => {
    await openGuidance(`/guidance?from=${encodeURIComponent(QUESTION)}`);
    expect(
      screen.getByRole('link', { name: 'Back to the question' }),
    ).toHaveAttribute('href', QUESTION);
    const tips = screen.getByRole('region', {
      name: 'Tips for each dimension',
    });
    expect(within(tips).getByRole('link', { name: 'Voice' })).toHaveAttribute(
      'href',
      `/guidance/tips/voice?from=${encodeURIComponent(QUESTION)}`,
    );
  });

  it('does not offer a way back when it was opened without a question', async () => {
    await openGuidance('/guidance');
    expect(
      screen.queryByRole('link', { name: 'Back to the question' }),
    ).not.toBeInTheDocument();
  });
});

describe('TopicPage', () => {
  it.each([
    ['why', ['rights', 'duty', 'inequalities', 'gap']],
    ['model', ['lundy', 'dimensions', 'levels', 'ratings']],
  ] as const)(
    'shows every section of "%s" under its own heading, then the sources',
    async (topicId, sectionIds) => {
      const topic = enGuidance[topicId];
      const sections = sectionIds.map(
        (id) =>
          (
            topic as unknown as Record<
              string,
              { heading: string; body: string }
            >
          )[id],
      );
      const { heading } = await openGuidance(`/guidance/${topicId}`);
      expect(heading).toHaveTextContent(topic.title);

      const headings = screen
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent);
      expect(headings).toEqual([
        ...sections.map((section) => section?.heading),
        'Where this comes from',
      ]);
      const firstParagraph = sections[0]?.body.split('\n\n')[0] ?? '';
      expect(screen.getByText(firstParagraph)).toBeInTheDocument();

      const sources = screen.getByRole('region', {
        name: 'Where this comes from',
      });
      expect(
        within(sources)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(linesOf(topic.sources));
    },
  );

  it('links back to the library at the top and the bottom', async () => {
    await openGuidance('/guidance/why');
    const links = screen.getAllByRole('link', { name: 'All guidance' });
    expect(hrefsOf(links)).toEqual(['/guidance', '/guidance']);
  });
});

describe('CaseStudyPage', () => {
  it('tells the story part by part and links to the tips of the dimensions it shows', async () => {
    const { heading } = await openGuidance('/guidance/cases/liverpool');
    expect(heading).toHaveTextContent(enGuidance.cases.liverpool.title);
    for (const part of ['context', 'what', 'voice', 'learn'] as const) {
      expect(
        screen.getByRole('region', { name: enGuidance.cases.labels[part] }),
      ).toBeInTheDocument();
    }

    const shown = screen.getByRole('region', {
      name: enGuidance.cases.labels.dimensions,
    });
    const links = within(shown).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Inclusion and equity',
      'Audience',
      'Embedding',
    ]);
    expect(hrefsOf(links)).toEqual([
      '/guidance/tips/inclusion',
      '/guidance/tips/audience',
      '/guidance/tips/embedding',
    ]);
    expect(
      within(
        screen.getByRole('region', { name: 'Where this comes from' }),
      ).getByText(enGuidance.cases.liverpool.source),
    ).toBeInTheDocument();
  });

  it('keeps the question address on its links to tips', async () => {
    await openGuidance(
      `/guidance/cases/rotherham?from=${encodeURIComponent(QUESTION)}`,
    );
    const shown = screen.getByRole('region', {
      name: enGuidance.cases.labels.dimensions,
    });
    expect(within(shown).getByRole('link', { name: 'Space' })).toHaveAttribute(
      'href',
      `/guidance/tips/space?from=${encodeURIComponent(QUESTION)}`,
    );
    expect(
      screen.getAllByRole('link', { name: 'Back to the question' })[0],
    ).toHaveAttribute('href', QUESTION);
  });
});

describe('TipsPage', () => {
  it.each(
    DIMENSION_IDS.map((id, i) => [id, DIMENSION_NAMES[i] ?? ''] as const),
  )(
    'lists one thing to try, and one to watch out for, per line of the %s tips',
    async (id, name) => {
      const { heading } = await openGuidance(`/guidance/tips/${id}`);
      expect(heading).toHaveTextContent(name);
      const tips = enGuidance.tips[id];

      const tryList = screen.getByRole('region', { name: 'Things to try' });
      expect(
        within(tryList)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(linesOf(tips.try));
      const watchList = screen.getByRole('region', { name: 'Watch out for' });
      expect(
        within(watchList)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(linesOf(tips.watch));
    },
  );

  it('links to the case studies that show the dimension, and marks itself among the others', async () => {
    await openGuidance('/guidance/tips/embedding');
    const inPractice = screen.getByRole('region', { name: 'In practice' });
    expect(hrefsOf(within(inPractice).getAllByRole('link'))).toEqual([
      '/guidance/cases/rotherham',
      '/guidance/cases/liverpool',
      '/guidance/cases/birmingham',
    ]);
    const others = screen.getByRole('navigation', {
      name: 'Tips for other dimensions',
    });
    expect(within(others).getAllByRole('link')).toHaveLength(7);
    expect(
      within(others).getByRole('link', { name: 'Embedding' }),
    ).toHaveAttribute('aria-current', 'page');
    expect(
      within(others).getByRole('link', { name: 'Space' }),
    ).not.toHaveAttribute('aria-current');
  });

  it('offers "Back to the question" when opened from a question', async () => {
    await openGuidance(
      `/guidance/tips/voice?from=${encodeURIComponent(QUESTION)}`,
    );
    expect(
      screen.getByRole('link', { name: 'Back to the question' }),
    ).toHaveAttribute('href', QUESTION);
    expect(screen.getByRole('link', { name: 'All guidance' })).toHaveAttribute(
      'href',
      `/guidance?from=${encodeURIComponent(QUESTION)}`,
    );
  });

  it.each([
    'https://evil.example',
    '//evil.example/r/x/reflect/service.voice',
    '/backup',
    'javascript:alert(1)',
    '/r/reflection-7/reflect/service.voice/../../../backup',
    '/r/reflection-7/reflect/service.voice?next=https://evil.example',
  ])(
    'ignores a crafted from=%s: no way back, and it is not passed on',
    async (from) => {
      await openGuidance(
        `/guidance/tips/voice?from=${encodeURIComponent(from)}`,
      );
      expect(
        screen.queryByRole('link', { name: 'Back to the question' }),
      ).not.toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'All guidance' }),
      ).toHaveAttribute('href', '/guidance');
      expect(screen.getByRole('link', { name: 'Space' })).toHaveAttribute(
        'href',
        '/guidance/tips/space',
      );
    },
  );

  it('reads in Welsh', async () => {
    const { heading } = await openGuidance('/guidance/tips/voice', 'cy');
    expect(heading).toHaveTextContent(cyFramework.dimensions.voice.name);
    expect(screen.getByText(cyGuidance.tips.voice.intro)).toBeInTheDocument();
    const tryList = screen.getByRole('region', {
      name: cyGuidance.tips.labels.try,
    });
    expect(
      within(tryList)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(linesOf(cyGuidance.tips.voice.try));
    expect(
      screen.queryByText(enGuidance.tips.voice.intro),
    ).not.toBeInTheDocument();
  });

  it('reads in Arabic', async () => {
    const { heading } = await openGuidance('/guidance/tips/voice', 'ar');
    expect(heading).toHaveTextContent(arFramework.dimensions.voice.name);
    expect(screen.getByText(arGuidance.tips.voice.intro)).toBeInTheDocument();
    const watchList = screen.getByRole('region', {
      name: arGuidance.tips.labels.watch,
    });
    expect(
      within(watchList)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(linesOf(arGuidance.tips.voice.watch));
    expect(
      screen.queryByText(enGuidance.tips.voice.intro),
    ).not.toBeInTheDocument();
  });
});

describe('Guidance not found', () => {
  it.each([
    '/guidance/no-such-topic',
    '/guidance/cases/no-such-case',
    '/guidance/tips/no-such-dimension',
    '/guidance/tips/constructor',
  ])('says %s is not found and links back to the library', async (path) => {
    const { heading } = await openGuidance(path);
    expect(heading).toHaveTextContent('Page not found');
    expect(screen.getByRole('link', { name: 'All guidance' })).toHaveAttribute(
      'href',
      '/guidance',
    );
  });
});
