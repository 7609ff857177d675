import { useTranslation } from 'react-i18next';
import { reviewProgress } from '../../domain/review-session';
import { useReviewSessions } from '../../storage/live';
import { LinkButton } from '../../ui/Button';

/** Champion reviews started on this (often shared) device, to carry on. */
export function ReviewSessionList() {
  const { t } = useTranslation('home');
  const sessions = useReviewSessions();
  if (!sessions || sessions.length === 0) return null;
  return (
    <section aria-labelledby="review-sessions-heading">
      <h2 id="review-sessions-heading">{t('reviewing.heading')}</h2>
      <ul className="reflection-list">
        {sessions.map((session) => {
          const organisation = session.pack.reflection.organisationName;
          const { done, total } = reviewProgress(session);
          return (
            <li key={session.id} className="reflection-card">
              <h3 className="reflection-card__title">
                {t('reviewing.item', { organisation })}
              </h3>
              <p>{t('reviewing.progress', { done, total })}</p>
              <LinkButton
                href={`/review/${session.id}`}
                aria-label={t('reviewing.carryOnNamed', { organisation })}
              >
                {t('reviewing.carryOn')}
              </LinkButton>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
