import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import {
  cellsForLevels,
  frameworkV1,
  getCell,
} from '../../content/framework-v1';
import { analyseReflection } from '../../domain/analysis';
import { progressOf } from '../../domain/progress';
import { buildResults, type CellRef } from '../../domain/results';
import { bandOf } from '../../domain/scoring';
import type { Rating } from '../../domain/types';
import { useDocumentTitle } from '../../lib/document-title';
import { formatDate } from '../../lib/format';
import { useFrameworkText } from '../../lib/framework-text';
import {
  useActions,
  useAnswers,
  useReflection,
  useReviews,
} from '../../storage/live';
import { LinkButton, TextLink } from '../../ui/Button';
import { NotOnDevice } from '../../ui/NotOnDevice';
import { ActionList } from './ActionList';
import { ChampionView } from './ChampionView';
import { CompareLinks } from './CompareLinks';
import { FindingList } from './FindingList';
import { ProfileTable } from './ProfileTable';
import { ReachGaps } from './ReachGaps';
import { ResultsGrid } from './ResultsGrid';
import { RoomView } from './RoomView';
import './ResultsScreen.css';

/** The first results: the grid, strengths, priorities, unknowns and actions. */
export function ResultsScreen() {
  const { reflectionId = '' } = useParams();
  const { t, i18n } = useTranslation([
    'results',
    'reflect',
    'common',
    'export',
  ]);
  const ft = useFrameworkText();
  const reflection = useReflection(reflectionId);
  const answers = useAnswers(reflectionId);
  const actions = useActions(reflectionId);
  // Read here, beside the rest, not when the Champions' section mounts:
  // one round of reads instead of two in a row.
  const reviews = useReviews(reflectionId);
  useDocumentTitle(
    reflection
      ? t('results:documentTitle', {
          organisation: reflection.organisationName,
        })
      : t('results:title'),
    t('common:app.titleSuffix'),
  );

  if (reflection === null) {
    return (
      <NotOnDevice
        title={t('results:title')}
        body={t('reflect:missing.body')}
        homeLabel={t('reflect:missing.home')}
      />
    );
  }
  if (!reflection || !answers || !actions || !reviews)
    return <p role="status">{t('common:app.loading')}</p>;

  const cells = cellsForLevels(reflection.levels);
  const results = buildResults(cells, answers);
  const analysis = analyseReflection(
    {
      cells,
      answers,
      groupIds: frameworkV1.groups.map((g) => g.id),
    },
    results,
  );
  const progress = progressOf(
    cells.map((c) => c.id),
    answers,
  );

  const cellName = (ref: CellRef) => {
    const level = frameworkV1.levels.find((l) => l.id === ref.level);
    const dimension = frameworkV1.dimensions.find(
      (d) => d.id === ref.dimension,
    );
    return t('reflect:title', {
      level: level ? ft(level.nameKey) : '',
      dimension: dimension ? ft(dimension.nameKey) : '',
    });
  };
  const ratingLabel = (rating: Rating) =>
    ft(frameworkV1.ratings.find((r) => r.value === rating)?.labelKey ?? '');
  const nextStep = (ref: CellRef, rating: Rating) => {
    const band = bandOf(rating);
    const cell = getCell(ref.id);
    return band && cell ? ft(cell.nextSteps[band]) : '';
  };

  return (
    <div className="results">
      <h1>{t('results:title')}</h1>
      <p className="results__summary">
        {t('results:summary', {
          organisation: reflection.organisationName,
          date: formatDate(reflection.date, i18n.language),
          answered: progress.answered,
          total: progress.total,
        })}
      </p>
      <ResultsGrid levels={reflection.levels} ratings={results.ratings} />
      <FindingList
        id="strengths"
        title={t('results:strengths.title')}
        intro={t('results:strengths.intro')}
        empty={t('results:strengths.none')}
        items={results.strengths.map((c) => ({
          id: c.id,
          name: cellName(c),
          rating: ratingLabel(c.rating),
          detail: c.hasEvidence ? null : t('results:noEvidence'),
          href: `/r/${reflectionId}/reflect/${c.id}`,
        }))}
      />
      <FindingList
        id="priorities"
        title={t('results:priorities.title')}
        intro={t('results:priorities.intro')}
        empty={t('results:priorities.none')}
        items={results.priorities.map((c) => ({
          id: c.id,
          name: cellName(c),
          rating: ratingLabel(c.rating),
          detail: t('results:nextStep', { step: nextStep(c, c.rating) }),
          href: `/r/${reflectionId}/reflect/${c.id}`,
        }))}
      />
      <FindingList
        id="dont-know"
        title={t('results:dontKnow.title')}
        intro={t('results:dontKnow.intro')}
        empty={t('results:dontKnow.none')}
        items={results.dontKnow.map((c) => ({
          id: c.id,
          name: cellName(c),
          rating: ratingLabel('dontKnow'),
          detail: t('results:nextStep', { step: nextStep(c, 'dontKnow') }),
          href: `/r/${reflectionId}/reflect/${c.id}`,
        }))}
      />
      <FindingList
        id="evidence-gaps"
        title={t('results:evidenceGaps.title')}
        intro={t('results:evidenceGaps.intro')}
        empty={t('results:evidenceGaps.none')}
        items={analysis.evidenceGaps.map((c) => ({
          id: c.id,
          name: cellName(c),
          rating: ratingLabel(c.rating),
          detail: null,
          href: `/r/${reflectionId}/reflect/${c.id}`,
        }))}
      />
      <ReachGaps
        gaps={analysis.reachGaps}
        notKnown={analysis.reachNotKnown}
        levels={reflection.levels}
      />
      <section aria-labelledby="profiles-title">
        <h2 id="profiles-title">{t('results:profiles.title')}</h2>
        <ProfileTable
          id="profile-levels"
          caption={t('results:profiles.byLevel')}
          rowHeading={t('results:profiles.level')}
          rows={analysis.levelProfiles.map((p) => ({
            ...p,
            id: p.level,
            name: ft(
              frameworkV1.levels.find((l) => l.id === p.level)?.nameKey ?? '',
            ),
          }))}
        />
        <ProfileTable
          id="profile-dimensions"
          caption={t('results:profiles.byDimension')}
          rowHeading={t('results:profiles.dimension')}
          rows={analysis.dimensionProfiles.map((p) => ({
            ...p,
            id: p.dimension,
            name: ft(
              frameworkV1.dimensions.find((d) => d.id === p.dimension)
                ?.nameKey ?? '',
            ),
          }))}
        />
      </section>
      {results.unanswered.length > 0 ? (
        <FindingList
          id="unanswered"
          title={t('results:unanswered.title')}
          empty={t('results:unanswered.none')}
          items={results.unanswered.map((c) => ({
            id: c.id,
            name: cellName(c),
            rating: t('results:grid.notAnswered'),
            detail: null,
            href: `/r/${reflectionId}/reflect/${c.id}`,
          }))}
        />
      ) : null}
      <ActionList
        reflectionId={reflectionId}
        actions={actions}
        cellName={(id) => {
          const c = getCell(id);
          return c ? cellName(c) : id;
        }}
      />
      <CompareLinks reflection={reflection} />
      <RoomView
        answers={answers}
        cellIds={cells.map((c) => c.id)}
        cellName={(id) => cellName(getCell(id))}
      />
      <ChampionView
        reflectionId={reflectionId}
        answers={answers}
        reviews={reviews}
        cellIds={cells.map((c) => c.id)}
        cellName={(id) => cellName(getCell(id))}
      />
      <div className="button-row">
        <LinkButton href={`/r/${reflectionId}/export`}>
          {t('export:open')}
        </LinkButton>
        <TextLink href={`/r/${reflectionId}/check`}>
          {t('results:backToCheck')}
        </TextLink>
        <TextLink href="/">{t('results:home')}</TextLink>
      </div>
    </div>
  );
}
