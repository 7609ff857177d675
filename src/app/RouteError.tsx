import { useTranslation } from 'react-i18next';

/** Shown when a screen throws: saved data is untouched. */
export function RouteError() {
  const { t } = useTranslation('common');
  return (
    <>
      <h1>{t('errors.crash.title')}</h1>
      <p>{t('errors.crash.body')}</p>
      <p>
        <a className="vi-link" href="/">
          {t('errors.crash.reload')}
        </a>
      </p>
    </>
  );
}
