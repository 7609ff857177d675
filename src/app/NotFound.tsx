import { useTranslation } from 'react-i18next';
import { TextLink } from '../ui/Button';

export function NotFound() {
  const { t } = useTranslation('common');
  return (
    <>
      <h1>{t('errors.pageNotFound.title')}</h1>
      <p>{t('errors.pageNotFound.body')}</p>
      <p>
        <TextLink href="/">{t('errors.pageNotFound.home')}</TextLink>
      </p>
    </>
  );
}
