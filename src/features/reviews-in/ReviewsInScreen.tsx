import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { cellsForLevels, frameworkV1 } from '../../content/framework-v1';
import { cellsByDifference, mergeReviews } from '../../domain/merge-reviews';
import { useDocumentTitle } from '../../lib/document-title';
import { useCellName } from '../../lib/framework-text';
import { supportedLocale } from '../../lib/locale';
import { useAnswers, useReflection, useReviews } from '../../storage/live';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { NotOnDevice } from '../../ui/NotOnDevice';
import { ReviewList } from './ReviewList';
import { SideBySide } from './SideBySide';
import './ReviewsInScreen.css';

/** Champions' reviews beside the organisation's own answers. */
export function ReviewsInScreen() {
  const { reflectionId = '' } = useParams();
  const { t } = useTranslation(['reviews', 'common', 'reflect']);
  const reflection = useReflection(reflectionId);
  const answers = useAnswers(reflectionId);
  const reviews = useReviews(reflectionId);
  const cellName = useCellName(frameworkV1);
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(
    reflection
      ? t('reviews:documentTitle', {
          organisation: reflection.organisationName,
        })
      : t('reviews:title'),
    t('common:app.titleSuffix'),
  );

  if (reflection === null) {
    return (
      <NotOnDevice
        title={t('reviews:title')}
        body={t('reflect:missing.body')}
        homeLabel={t('reflect:missing.home')}
      />
    );
  }
  if (!reflection || !answers || !reviews)
    return <p role="status">{t('common:app.loading')}</p>;

  const merged = mergeReviews(reflection.id, answers, reviews);
  const wanted = new Set(cellsForLevels(reflection.levels).map((c) => c.id));
  const cells = merged.cells.filter(
    (c) => wanted.has(c.cellId) && c.responseCount > 0,
  );
  const differ = cellsByDifference(merged)
    .filter((c) => wanted.has(c.cellId) && c.difference > 0)
    .slice(0, 5);

  return (
    <div className="reviews-in">
      <h1>{t('reviews:title')}</h1>
      <p>{t('reviews:intro', { count: merged.reviewCount })}</p>
      {message ? <Notice tone="success">{message}</Notice> : null}
      <div className="button-row">
        <LinkButton href="/open">{t('reviews:openReviews')}</LinkButton>
        <LinkButton variant="secondary" href={`/r/${reflectionId}/share`}>
          {t('reviews:share')}
        </LinkButton>
      </div>
      {merged.reviewCount > 0 ? (
        <>
          <section aria-labelledby="differ-heading">
            <h2 id="differ-heading">{t('reviews:differ.heading')}</h2>
            <p>{t('reviews:differ.intro')}</p>
            {differ.length === 0 ? (
              <p>{t('reviews:differ.none')}</p>
            ) : (
              <ul>
                {differ.map((c) => (
                  <li key={c.cellId}>
                    <a
                      className="vi-link"
                      href={`#cell-${c.cellId.replace('.', '-')}`}
                    >
                      {cellName(c.cellId)}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="priorities-heading">
            <h2 id="priorities-heading">{t('reviews:priorities.heading')}</h2>
            {merged.priorities.length === 0 ? (
              <p>{t('reviews:priorities.none')}</p>
            ) : (
              <ol>
                {merged.priorities.map((p) => (
                  <li key={p.cellId}>
                    {t('reviews:priorities.item', {
                      name: cellName(p.cellId),
                      count: p.count,
                    })}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="missing-heading">
            <h2 id="missing-heading">{t('reviews:missing.heading')}</h2>
            {merged.missing.length === 0 ? (
              <p>{t('reviews:missing.none')}</p>
            ) : (
              <ul>
                {merged.missing.map((m, i) => (
                  <li key={i}>
                    <q lang={supportedLocale(m.locale) ?? undefined}>
                      {m.text}
                    </q>{' '}
                    — {m.reviewer || t('reviews:cells.anonymous')}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <SideBySide cells={cells} cellName={cellName} />
        </>
      ) : null}
      <ReviewList reviews={reviews} onRemoved={setMessage} />
    </div>
  );
}
