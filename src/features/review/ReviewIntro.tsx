import { useTranslation } from 'react-i18next';
import type { ReviewSession } from '../../domain/review-session';
import { useLanguageName } from '../../lib/language-names';
import { supportedLocale } from '../../lib/locale';
import { Notice } from '../../ui/Notice';

export function ReviewIntro({ session }: { session: ReviewSession }) {
  const { t, i18n } = useTranslation('review');
  const languageName = useLanguageName();
  const organisation = session.pack.reflection.organisationName;
  // A Champion may review in another language from the organisation's.
  const written = supportedLocale(session.pack.reflection.locale);
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
      {written && written !== i18n.language ? (
        <Notice tone="info">
          {t('otherLanguage', { language: languageName(written) })}
        </Notice>
      ) : null}
    </>
  );
}
