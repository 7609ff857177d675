import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { cellsForLevels, frameworkV1 } from '../../content/framework-v1';
import { progressOf } from '../../domain/progress';
import type { Rating } from '../../domain/types';
import { useDocumentTitle } from '../../lib/document-title';
import { useFrameworkText } from '../../lib/framework-text';
import { useActions, useAnswers, useReflection } from '../../storage/live';
import { LinkButton, TextLink } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { MissingReflection } from './MissingReflection';
import './CheckAnswers.css';

const EXCERPT = 160;

function excerpt(text: string): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean.length > EXCERPT ? `${clean.slice(0, EXCERPT - 1)}…` : clean;
}

/** Every answer on one page, with a way to change each (GOV.UK pattern). */
export function CheckAnswers() {
  const { reflectionId = '' } = useParams();
  const { t } = useTranslation(['reflect', 'common']);
  const ft = useFrameworkText();
  const reflection = useReflection(reflectionId);
  const answers = useAnswers(reflectionId);
  const actions = useActions(reflectionId);
  useDocumentTitle(
    reflection
      ? `${t('reflect:check.title')} – ${reflection.organisationName}`
      : t('reflect:check.title'),
    t('common:app.titleSuffix'),
  );

  if (reflection === null) return <MissingReflection />;
  if (!reflection || !answers || !actions)
    return <p role="status">{t('common:app.loading')}</p>;

  const cells = cellsForLevels(reflection.levels);
  const progress = progressOf(
    cells.map((c) => c.id),
    answers,
  );
  const unanswered = progress.total - progress.answered;
  const ratingLabel = (rating: Rating) =>
    ft(frameworkV1.ratings.find((r) => r.value === rating)?.labelKey ?? '');

  return (
    <>
      <h1>{t('reflect:check.title')}</h1>
      <p>{t('reflect:check.intro')}</p>
      {unanswered > 0 ? (
        <Notice tone="warning">
          {t('reflect:check.unansweredWarning', { count: unanswered })}
        </Notice>
      ) : null}
      {frameworkV1.levels
        .filter((level) => reflection.levels.includes(level.id))
        .map((level) => (
          <section key={level.id} aria-labelledby={`check-${level.id}`}>
            <h2 id={`check-${level.id}`}>{ft(level.nameKey)}</h2>
            <dl className="check-list">
              {cells
                .filter((c) => c.level === level.id)
                .map((cell) => {
                  const answer = answers.find((a) => a.cellId === cell.id);
                  const dimension = frameworkV1.dimensions.find(
                    (d) => d.id === cell.dimension,
                  );
                  const dimensionName = dimension
                    ? ft(dimension.nameKey)
                    : cell.id;
                  const count = actions.filter(
                    (a) => a.cellId === cell.id,
                  ).length;
                  return (
                    <div key={cell.id} className="check-list__row">
                      <dt className="check-list__key">{dimensionName}</dt>
                      <dd className="check-list__value">
                        <strong>
                          {answer?.rating !== null &&
                          answer?.rating !== undefined
                            ? ratingLabel(answer.rating)
                            : t('reflect:check.notAnswered')}
                        </strong>
                        <br />
                        {answer?.evidence.trim()
                          ? excerpt(answer.evidence)
                          : t('reflect:check.noEvidence')}
                        {count > 0 ? (
                          <>
                            <br />
                            <span>
                              {t('reflect:check.actionsCount', { count })}
                            </span>
                          </>
                        ) : null}
                      </dd>
                      <dd className="check-list__change">
                        <TextLink
                          href={`/r/${reflectionId}/reflect/${cell.id}`}
                        >
                          {t('reflect:check.change')}
                          <span className="visually-hidden">
                            {` ${ft(level.nameKey)}: ${dimensionName}`}
                          </span>
                        </TextLink>
                      </dd>
                    </div>
                  );
                })}
            </dl>
          </section>
        ))}
      <div className="button-row">
        <LinkButton href={`/r/${reflectionId}/results`}>
          {t('reflect:check.seeResults')}
        </LinkButton>
      </div>
    </>
  );
}
