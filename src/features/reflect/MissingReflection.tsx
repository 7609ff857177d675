import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/** Shown when the reflection in the address is not on this device. */
export function MissingReflection() {
  const { t } = useTranslation('reflect');
  return (
    <>
      <h1>{t('missing.title')}</h1>
      <Notice tone="error">{t('missing.body')}</Notice>
      <p>
        <TextLink href="/">{t('missing.home')}</TextLink>
      </p>
    </>
  );
}
