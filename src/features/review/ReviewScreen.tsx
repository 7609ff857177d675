import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useParams } from 'wouter';
import type { CellId } from '../../domain/types';
import { useDocumentTitle } from '../../lib/document-title';
import { supportedLocale } from '../../lib/locale';
import { useReviewSession } from '../../storage/live';
import {
  saveReviewSession,
  unsavedReviewAnswer,
} from '../../storage/review-sessions';
import { LinkButton, TextLink } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ProgressMeter } from '../../ui/ProgressMeter';
import { CellVerdict } from './CellVerdict';
import { stepsOf } from './review-steps';
import { ReviewHandBack } from './ReviewHandBack';
import { ReviewIntro } from './ReviewIntro';
import { ReviewPriorities } from './ReviewPriorities';
import { ReviewTextQuestion } from './ReviewTextQuestion';
import './ReviewScreen.css';

/**
 * The Champion review: one screen per shared question, then what should
 * change first, what is missing, an optional name, and handing it back.
 * Everything is saved on this device as it is answered.
 */
export function ReviewScreen() {
  const { sessionId = '', step } = useParams();
  const { t } = useTranslation(['review', 'common']);
  const session = useReviewSession(sessionId);
  const organisation = session?.pack.reflection.organisationName ?? '';
  useDocumentTitle(
    organisation
      ? t('review:documentTitle', { organisation })
      : t('review:title'),
    t('common:app.titleSuffix'),
  );

  const steps = session ? stepsOf(session) : [];
  const index = step ? steps.indexOf(step) : -1;
  useEffect(() => {
    if (session && step && index >= 0 && session.step !== step) {
      void saveReviewSession(session.id, { step }).catch(() => undefined);
    }
  }, [session, step, index]);

  if (session === null) {
    return (
      <>
        <h1>{t('review:missingSession.title')}</h1>
        <Notice tone="error">{t('review:missingSession.body')}</Notice>
        <TextLink href="/open">{t('review:missingSession.open')}</TextLink>
      </>
    );
  }
  if (!session) return <p role="status">{t('common:app.loading')}</p>;
  if (index < 0) {
    const resume = steps.includes(session.step) ? session.step : 'start';
    return <Redirect replace to={`/review/${session.id}/${resume}`} />;
  }

  const href = (i: number) => `/review/${session.id}/${steps[i]}`;
  const current = steps[index] ?? 'start';
  const cell = session.pack.cells.find((c) => c.cellId === current);
  const counted = steps.length - 1; // the start screen is not a question

  return (
    <div className="review">
      {index > 0 ? (
        <ProgressMeter
          label={t('review:progressLabel')}
          value={Math.round((index / counted) * 100)}
          valueLabel={t('review:progress', { current: index, total: counted })}
        />
      ) : null}
      {current === 'start' ? <ReviewIntro session={session} /> : null}
      {cell ? (
        <CellVerdict
          key={cell.cellId}
          sessionId={session.id}
          cell={cell}
          answer={
            unsavedReviewAnswer(session.id, cell.cellId as CellId) ??
            session.answers[cell.cellId as CellId]
          }
          sourceLang={
            supportedLocale(session.pack.reflection.locale) ?? undefined
          }
        />
      ) : null}
      {current === 'priorities' ? <ReviewPriorities session={session} /> : null}
      {current === 'missing' ? (
        <ReviewTextQuestion session={session} field="missing" />
      ) : null}
      {current === 'about' ? (
        <ReviewTextQuestion session={session} field="reviewer" />
      ) : null}
      {current === 'done' ? <ReviewHandBack session={session} /> : null}
      <nav className="review__pager" aria-label={t('review:progressLabel')}>
        {index > 0 ? (
          <LinkButton variant="secondary" href={href(index - 1)}>
            {t('review:back')}
          </LinkButton>
        ) : null}
        {index < steps.length - 1 ? (
          <LinkButton href={href(index + 1)}>
            {index === 0
              ? t(
                  session.step !== 'start'
                    ? 'review:start.resume'
                    : 'review:start.begin',
                )
              : index === steps.length - 2
                ? t('review:finish')
                : t('review:next')}
          </LinkButton>
        ) : null}
      </nav>
    </div>
  );
}
