import { useTranslation } from 'react-i18next';
import type { ReviewSession } from '../../domain/review-session';

export function ReviewIntro({ session }: { session: ReviewSession }) {
  const { t } = useTranslation('review');
  const organisation = session.pack.reflection.organisationName;
  return (
    <>
      <h1>{t('start.heading', { organisation })}</h1>
      <p className="review__lead">{t('start.lead', { organisation })}</p>
      <ul className="review__points">
        <li>{t('start.points.noWrong')}</li>
        <li>{t('start.points.skip')}</li>
        <li>{t('start.points.name')}</li>
        <li>{t('start.points.saved')}</li>
      </ul>
      <p>{t('start.questions', { count: session.pack.cells.length })}</p>
    </>
  );
}
